"""The entitlement engine: :class:`CaseFacts` -> :class:`Entitlements`, Quebec (LNT) and federal (CLC Part III).

Why one function for both jurisdictions: the rules have the same shape (service -> notice tier ->
indemnity for the missing weeks; a collective notice by headcount; a vacation rate; a claim deadline);
what differs is data in :mod:`clinic_app.domain.law_tables` (tiers, exclusions, whether the two indemnities
add up or the greater is owed). A change in the law is a new table, not a new branch here.

Money is ``Decimal``, rounded to the cent, half up, once at the end of each figure (never ``W`` first);
``amount_owed`` and ``shortfall`` are then computed from the rounded figures, so that the amounts a letter
prints always add up. The GUI recomputes on every keystroke: this module is kept allocation-light.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from clinic_app.domain import law_tables
from clinic_app.domain.dates import add_months, service_between
from clinic_app.domain.errors import FieldError
from clinic_app.domain.explain import Explanation, Working
from clinic_app.domain.law_tables import LawTable, Source, tier_value
from clinic_app.domain.types import (
    CaseFacts,
    Cause,
    Deadline,
    EmploymentType,
    Entitlements,
    ExcludedReason,
    Figure,
    Flag,
    Head,
    HeadOfClaim,
    fast_constructor,
)

if TYPE_CHECKING:  # mypy checks the arguments against the dataclasses themselves
    _figure, _deadline, _head, _entitlements = Figure, Deadline, HeadOfClaim, Entitlements
else:  # the same values, made through their slots (see fast_constructor): about twenty per case
    _figure, _deadline, _head, _entitlements = map(fast_constructor, (Figure, Deadline, HeadOfClaim, Entitlements))

CENT = Decimal("0.01")
_ZERO = Decimal(0)
_FIXED_TERMS = (EmploymentType.FIXED_TERM, EmploymentType.SEASONAL_FIXED_TERM)
# The flags as the plain strings results carry, read once: an enum's ``.value`` is a Python-level
# descriptor, and the engine runs once per keystroke and per case of a batch.
_FLAG_CLASSIFIED_AS_CONTRACTOR = Flag.CLASSIFIED_AS_CONTRACTOR.value
_FLAG_NOTICE_VOID_DURING_LAYOFF = Flag.NOTICE_VOID_DURING_LAYOFF.value
_FLAG_SERIOUS_FAULT_ALLEGED = Flag.SERIOUS_FAULT_ALLEGED.value
_FLAG_COLLECTIVE_INDEMNITY_EXCUSED = Flag.COLLECTIVE_INDEMNITY_EXCUSED.value
_FLAG_NOTICE_GIVEN_UNKNOWN = Flag.NOTICE_GIVEN_UNKNOWN.value
_FLAG_COLLECTIVE_NOTICE_GIVEN_UNKNOWN = Flag.COLLECTIVE_NOTICE_GIVEN_UNKNOWN.value
_FLAG_GRIEVANCE_FIRST = Flag.GRIEVANCE_FIRST.value
_FLAG_VACATION_WAGES_PARTIAL = Flag.VACATION_WAGES_PARTIAL.value
_FLAG_NOT_YET_DUE = Flag.NOT_YET_DUE.value


def round_money(value: Decimal) -> Decimal:
    """Round to the cent, half up (the contract's single rounding of each figure)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def weekly_wage(facts: CaseFacts) -> Decimal:
    """``W``: the regular weekly wage, or the mean of the recent complete weeks when the wage varies (unrounded)."""
    if facts.wage_varies and facts.recent_weekly_wages:
        weeks = facts.recent_weekly_wages
        return sum(weeks, _ZERO) / len(weeks)
    return facts.weekly_regular_wage


def _excluded_reason(table: LawTable, facts: CaseFacts, months: int) -> ExcludedReason | None:
    """The first exclusion of ``table`` that applies, in the order reference.md §2 lists them."""
    for reason in table.exclusions:
        if reason is ExcludedReason.UNDER_3_MONTHS:
            if months < table.notice_tiers[0].minimum:
                return reason
        elif reason is ExcludedReason.FIXED_TERM_EXPIRED:
            if facts.cause is Cause.END_OF_FIXED_TERM and facts.employment_type in _FIXED_TERMS:
                return reason
        elif reason is ExcludedReason.SERIOUS_FAULT:
            # An allegation is not a fact: only an established (admitted or decided) fault excludes.
            if facts.cause is Cause.SERIOUS_FAULT and facts.serious_fault_established:
                return reason
        elif reason is ExcludedReason.FORCE_MAJEURE:
            if facts.cause is Cause.FORCE_MAJEURE:
                return reason
    return None


def _sections(*sources: Source | None) -> tuple[str, ...]:
    """The distinct sections of ``sources``, in order (``None`` entries skipped)."""
    return tuple(dict.fromkeys(s.section for s in sources if s is not None))


_BasisKey = tuple[str, ExcludedReason | None, bool, bool, bool, bool, bool, bool]
_BASES: dict[_BasisKey, tuple[dict[str, tuple[str, ...]], tuple[str, ...]]] = {}


def _bases(table: LawTable, excluded: ExcludedReason | None, void: bool, threshold_reached: bool,
           collective_applies: bool, collective_owed: bool, severance_owed: bool,
           contractor: bool) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """The sections each figure rests on, and the case's whole basis (only the rules that bear on it).

    Depends only on which rules applied, never on amounts: cached, since thousands of cases share a
    handful of combinations (the GUI recomputes on every keystroke).
    """
    key = (table.law_version, excluded, void, threshold_reached, collective_applies, collective_owed,
           severance_owed, contractor)
    found = _BASES.get(key)
    if found is not None:
        return found
    if excluded is None:
        notice: tuple[Source | None, ...] = (table.service_source, table.notice_source)
        indemnity = notice + (table.indemnity_source,)
    else:
        notice = indemnity = (table.exclusion_sources[excluded],)
    if void:
        indemnity += (table.notice_void_source,)
    collective: tuple[Source | None, ...] = (table.collective_scope_source, table.collective_source)
    if excluded is not None and threshold_reached:
        collective += (table.collective_excluded_sources.get(excluded),)
    collective_indemnity = collective + (table.collective_indemnity_source,)
    severance = (table.severance.source,) if table.severance is not None else ()
    amount = indemnity + collective_indemnity + severance + (table.combine_source,)
    figure_basis = {
        "weekly_wage_used": _sections(table.indemnity_source),
        "notice_weeks_required": _sections(*notice),
        "notice_weeks_missing": _sections(*indemnity),
        "individual_indemnity": _sections(*indemnity),
        "collective_notice_weeks": _sections(*collective),
        "collective_indemnity": _sections(*collective_indemnity),
        "severance_pay": _sections(*severance),
        "amount_owed": _sections(*amount),
        "shortfall": _sections(*amount, table.release_source),
        "vacation_rate": _sections(table.vacation_source),
    }
    case: list[Source | None] = list(indemnity)
    if threshold_reached:
        case.extend(collective_indemnity if collective_applies else collective)
    if severance_owed:
        case.extend(severance)
    if table.combine == "sum" or collective_owed:
        case.append(table.combine_source)
    case += [table.vacation_source, table.claim_source]
    if contractor:
        case += [table.status_source, table.solidary_source]
    found = (figure_basis, _sections(*case))
    _BASES[key] = found
    return found


def table_in_force(facts: CaseFacts) -> LawTable:
    """The law table in force on the termination date (FieldError before the earliest one)."""
    table = law_tables.table_for(facts.jurisdiction, facts.termination_date)
    if table is None:
        raise FieldError("termination_date", "before_law_table", jurisdiction=facts.jurisdiction.value,
                         earliest=law_tables.earliest(facts.jurisdiction).isoformat())
    return table


def _layoff_due_source(table: LawTable, facts: CaseFacts) -> Source | None:
    """The section that puts a laid-off employee's due date later: recall rights, or the layoff rule."""
    if table.recall_replaces_layoff_rule(facts.recall_rights_months):
        return table.recall_source
    return table.layoff_due_source


def _due_date(table: LawTable, facts: CaseFacts, *, vacation: bool) -> dt.date:
    """When a head falls due (reference.md §6): at termination, or later after a layoff.

    After a layoff the QC indemnities fall due at the end of six months (LNT s. 83 para 2, s. 84.0.13 para 2),
    or, with recall rights under a collective agreement longer than six months, at the earlier of their end
    and one year (s. 83.1). The vacation indemnity is due at termination (s. 76). CA-FED: a layoff becomes a
    termination after three months (a reading), for every head.
    """
    end = facts.termination_date
    if not facts.layoff or (vacation and not table.layoff_delays_vacation):
        return end
    if table.recall_replaces_layoff_rule(facts.recall_rights_months):
        return min(add_months(end, facts.recall_rights_months), add_months(end, table.recall_cap_months))
    return add_months(end, table.layoff_due_months)


def _suspended(table: LawTable, inquiry: dt.date | None, start: dt.date, end: dt.date) -> bool:
    """A CNESST notice of inquiry mailed from ``start`` to ``end`` suspends prescription (LNT s. 116)."""
    return table.suspension_source is not None and inquiry is not None and start <= inquiry <= end


def _completed_year_rate(table: LawTable, facts: CaseFacts, rate_at_end: Decimal) -> tuple[Decimal, dt.date]:
    """The rate for the last completed reference year, and the day that year ended.

    LNT: the rate for service on the last day of that year (30 April): 6 % only if 3 years were complete
    then (s. 69, s. 74). CLC: the rate at termination for both parts (a simplification the explanation states).
    """
    month, day = table.vacation_year_end
    end = facts.termination_date
    year_end = dt.date(end.year, month, day)
    if year_end >= end:
        year_end = dt.date(end.year - 1, month, day)
    if not table.vacation_rate_at_year_end:
        return rate_at_end, year_end
    months = service_between(facts.hire_date, year_end).total_months if year_end >= facts.hire_date else 0
    return tier_value(table.vacation_tiers, months) or _ZERO, year_end


def compute(facts: CaseFacts, langs: Iterable[str] = ()) -> Entitlements:
    """Every figure the law gives for ``facts``, each with its basis, and the explanation in French and English.

    The explanation is an :class:`~clinic_app.domain.explain.Explanation`: a dict of both languages whose
    texts are written on first read, so the GUI that recomputes on every keystroke pays only for the
    figures and the language it shows. ``langs`` lists languages to write at once instead.
    """
    table = table_in_force(facts)
    service = service_between(facts.hire_date, facts.termination_date)
    months = service.years * 12 + service.months
    wage = weekly_wage(facts)

    # Individual notice and the indemnity in lieu of it. An alleged serious fault is not an established one
    # (reference.md §6): only ``serious_fault_established`` excludes the person.
    fault_alleged = facts.cause is Cause.SERIOUS_FAULT and not facts.serious_fault_established
    excluded = _excluded_reason(table, facts, months)
    if excluded is None:
        required = tier_value(table.notice_tiers, months) or _ZERO
    else:
        required = _ZERO
    void = (table.notice_void_during_layoff and facts.notice_given_during_layoff
            and facts.employment_type is not EmploymentType.SEASONAL_FIXED_TERM)
    valid_given = _ZERO if void else facts.notice_weeks_given
    missing = required - valid_given if required > valid_given else _ZERO
    individual = round_money(wage * missing)

    # Collective dismissal (QC) or group termination (CA-FED). An unforeseeable event (LNT s. 84.0.5) leaves
    # the notice to the Minister owed but excuses its indemnity.
    cause_counts = table.collective_causes is None or facts.cause in table.collective_causes
    threshold_weeks = tier_value(table.collective_tiers, facts.establishment_terminations)
    # The flag follows the cause (contract v3): the excuse is the employer's to prove whatever the count.
    excused = facts.cause in table.collective_excused_causes
    if excluded is None and cause_counts and threshold_weeks is not None:
        collective_weeks = threshold_weeks
    else:
        collective_weeks = _ZERO
    if table.collective_indemnity_source is not None and collective_weeks > facts.collective_notice_weeks_given:
        collective = round_money(wage * (collective_weeks - facts.collective_notice_weeks_given))
    else:
        collective = _ZERO

    # Severance (CA-FED s. 235).
    severance = _ZERO
    severance_days = 0
    rule = table.severance
    if rule is not None:
        if excluded is None and months >= rule.min_service_months:
            severance_days = max(rule.days_per_year * service.years, rule.minimum_days)
            severance = round_money(wage * severance_days / rule.days_per_week)

    if table.combine == "sum":
        amount = individual + collective + severance
    else:
        amount = max(individual, collective, severance)
    shortfall = amount - facts.employer_payments if amount > facts.employer_payments else _ZERO
    shortfall = round_money(shortfall)

    # Vacation: the rate (v2) and, when the wages are known, the amount on termination (v3).
    vacation_rate = tier_value(table.vacation_tiers, months) or _ZERO
    completed_rate, year_end = _completed_year_rate(table, facts, vacation_rate)
    completed_wages = facts.vacation_wages_completed_year
    current_wages = facts.vacation_wages_current_year
    vacation_partial = (completed_wages is None) != (current_wages is None)
    vacation_completed: Decimal | None = None
    vacation_current: Decimal | None = None
    vacation: Decimal | None = None
    if completed_wages is not None or current_wages is not None:
        vacation_completed = round_money((completed_wages or _ZERO) * completed_rate)
        vacation_current = round_money(((current_wages or _ZERO) + amount + vacation_completed) * vacation_rate)
        vacation = vacation_completed + vacation_current
    vacation_paid = round_money(facts.vacation_payments)
    vacation_shortfall: Decimal | None = None
    if vacation is not None:
        vacation_shortfall = vacation - vacation_paid if vacation > vacation_paid else _ZERO
    total_claim = shortfall + (vacation_shortfall or _ZERO)

    # Heads of claim: when each falls due and prescribes (reference.md §6).
    as_of = facts.as_of
    indemnity_due = _due_date(table, facts, vacation=False)
    vacation_due = _due_date(table, facts, vacation=True)
    inquiry = facts.cnesst_inquiry_notice_date
    notice_heads = {
        Head.INDIVIDUAL_INDEMNITY: individual, Head.COLLECTIVE_INDEMNITY: collective, Head.SEVERANCE_PAY: severance,
    }
    owed_heads: list[tuple[Head, Decimal]] = []
    if table.combine == "max":
        best = max(notice_heads.items(), key=lambda item: item[1])  # first of equals: individual
        if best[1] > 0:
            owed_heads.append(best)
    else:
        owed_heads.extend((h, v) for h, v in notice_heads.items() if v > 0)
    if vacation is not None and vacation > 0:
        owed_heads.append((Head.VACATION_INDEMNITY, vacation))

    # Claim deadline (v2's safe date) and the other remedies.
    claim_deadline = add_months(facts.termination_date, table.claim_months)
    claim_suspended = _suspended(table, inquiry, facts.termination_date, claim_deadline)
    if claim_suspended:
        claim_deadline = add_months(claim_deadline, table.suspension_months)

    # Which rules applied fixes every figure's sections (cached per combination); each head is built once,
    # with its own sections: those of its amount, then those of its due and prescription dates.
    figure_basis, basis = _bases(table, excluded, void, threshold_weeks is not None, bool(collective_weeks),
                                 bool(collective), bool(severance), facts.classified_as_contractor)
    vacation_basis = _vacation_basis(table)
    head_basis = {
        Head.INDIVIDUAL_INDEMNITY: figure_basis["individual_indemnity"],
        Head.COLLECTIVE_INDEMNITY: figure_basis["collective_indemnity"],
        Head.SEVERANCE_PAY: figure_basis["severance_pay"],
        Head.VACATION_INDEMNITY: vacation_basis,
    }
    working_heads: list[HeadOfClaim] = []
    for head, value in owed_heads:
        due = vacation_due if head is Head.VACATION_INDEMNITY else indemnity_due
        prescription = add_months(due, table.prescription_months)
        suspended = _suspended(table, inquiry, due, prescription)
        if suspended:
            prescription = add_months(prescription, table.suspension_months)
        due_sections = _due_sections(table, facts, due != facts.termination_date, suspended)
        working_heads.append(_head(head=head, amount=value, due_date=due, prescription_date=prescription,
                                   basis=head_basis[head] + due_sections, suspended=suspended))

    def passed(day: dt.date) -> bool:
        return as_of is not None and as_of > day

    claim_basis = table.claim_source.section
    if claim_suspended and table.suspension_source is not None:
        claim_basis += ", " + table.suspension_source.section.split(" ", 1)[1]
    deadline_list = [_deadline(kind="claim", date=claim_deadline, basis=claim_basis, passed=passed(claim_deadline))]
    if table.money_complaint_kind is not None:
        complaint = min((h.prescription_date for h in working_heads if h.head is not Head.VACATION_INDEMNITY),
                        default=add_months(indemnity_due, table.prescription_months))
        deadline_list.append(_deadline(kind=table.money_complaint_kind, date=complaint, basis=claim_basis,
                                       passed=passed(complaint)))
    for rule_ in table.other_deadlines:
        if (months >= rule_.min_service_months and facts.cause in rule_.causes
                and not (rule_.excludes_layoff and facts.layoff)
                and not (rule_.excludes_union and facts.union_member)):
            day = facts.termination_date + dt.timedelta(days=rule_.days)
            deadline_list.append(_deadline(kind=rule_.kind, date=day, basis=rule_.source.section, passed=passed(day)))
    civil = table.civil_remedy
    if (civil is not None and facts.employment_type is EmploymentType.PERMANENT
            and excluded is not ExcludedReason.SERIOUS_FAULT):
        day = add_months(facts.termination_date, civil.months)
        deadline_list.append(_deadline(kind=civil.kind, date=day, basis=civil.source.section, passed=passed(day)))
    deadline_list.sort(key=lambda d: d.date)
    deadlines = tuple(deadline_list)

    flags: list[str] = []
    if facts.classified_as_contractor:
        flags.append(_FLAG_CLASSIFIED_AS_CONTRACTOR)
    if void:
        flags.append(_FLAG_NOTICE_VOID_DURING_LAYOFF)
    if fault_alleged:
        flags.append(_FLAG_SERIOUS_FAULT_ALLEGED)
    if excused:
        flags.append(_FLAG_COLLECTIVE_INDEMNITY_EXCUSED)
    if facts.notice_given_unknown:
        flags.append(_FLAG_NOTICE_GIVEN_UNKNOWN)
    if facts.collective_notice_given_unknown:
        flags.append(_FLAG_COLLECTIVE_NOTICE_GIVEN_UNKNOWN)
    if facts.union_member and table.grievance_source is not None:
        flags.append(_FLAG_GRIEVANCE_FIRST)
    if vacation_partial:
        flags.append(_FLAG_VACATION_WAGES_PARTIAL)
    if as_of is not None and any(h.due_date > as_of for h in working_heads):
        flags.append(_FLAG_NOT_YET_DUE)

    heads = tuple(working_heads)
    extra = _v3_sections(table, facts, fault_alleged, excused, vacation is not None, bool(heads), claim_suspended,
                         civil is not None and any(d.kind == civil.kind for d in deadlines))
    basis = tuple(dict.fromkeys(basis + extra))
    figures = {
        "weekly_wage_used": _figure(wage, figure_basis["weekly_wage_used"]),
        "notice_weeks_required": _figure(required, figure_basis["notice_weeks_required"]),
        "notice_weeks_missing": _figure(missing, figure_basis["notice_weeks_missing"]),
        "individual_indemnity": _figure(individual, figure_basis["individual_indemnity"]),
        "collective_notice_weeks": _figure(collective_weeks, figure_basis["collective_notice_weeks"]),
        "collective_indemnity": _figure(collective, figure_basis["collective_indemnity"]),
        "severance_pay": _figure(severance, figure_basis["severance_pay"]),
        "amount_owed": _figure(amount, figure_basis["amount_owed"]),
        "shortfall": _figure(shortfall, figure_basis["shortfall"]),
        "vacation_rate": _figure(vacation_rate, figure_basis["vacation_rate"]),
        "vacation_paid": _figure(vacation_paid, vacation_basis),
        "total_claim": _figure(total_claim, figure_basis["shortfall"] + vacation_basis),
    }
    if vacation is not None:
        figures["vacation_indemnity"] = _figure(vacation, vacation_basis)
    if vacation_shortfall is not None:
        figures["vacation_shortfall"] = _figure(vacation_shortfall, vacation_basis + (table.release_source.section,))

    working = Working(
        facts=facts, table=table, service=service, months=months, wage=wage, excluded=excluded,
        required=required, void=void, valid_given=valid_given, missing=missing, individual=individual,
        threshold_weeks=threshold_weeks, cause_counts=cause_counts, collective_weeks=collective_weeks,
        collective=collective, severance=severance, severance_days=severance_days, amount=amount,
        shortfall=shortfall, vacation_rate=vacation_rate, claim_deadline=claim_deadline, deadlines=deadlines,
        fault_alleged=fault_alleged, excused=excused, completed_rate=completed_rate, year_end=year_end,
        vacation_completed=vacation_completed, vacation_current=vacation_current, vacation=vacation,
        vacation_paid=vacation_paid, vacation_shortfall=vacation_shortfall, total_claim=total_claim,
        heads=heads, claim_suspended=claim_suspended, flags=tuple(flags),
    )
    explanation = Explanation(working)
    for lang in langs:
        explanation[lang]  # noqa: B018 - written now rather than on first read

    return _entitlements(
        facts=facts,
        service=service,
        excluded_reason=excluded,
        weekly_wage_used=wage,
        notice_weeks_required=required,
        notice_weeks_missing=missing,
        individual_indemnity=individual,
        collective_notice_weeks=collective_weeks,
        collective_indemnity=collective,
        severance_pay=severance,
        amount_owed=amount,
        shortfall=shortfall,
        vacation_rate=vacation_rate,
        claim_deadline=claim_deadline,
        deadlines=deadlines,
        law_version=table.law_version,
        basis=basis,
        flags=tuple(flags),
        vacation_indemnity=vacation,
        vacation_paid=vacation_paid,
        vacation_shortfall=vacation_shortfall,
        total_claim=total_claim,
        heads=heads,
        claim_deadline_passed=passed(claim_deadline),
        figures=figures,
        explanation=explanation,
    )


_VACATION_BASES: dict[str, tuple[str, ...]] = {}


def _vacation_basis(table: LawTable) -> tuple[str, ...]:
    """The sections of the vacation figures: the table's alone, so computed once per table."""
    found = _VACATION_BASES.get(table.law_version)
    if found is None:
        found = _VACATION_BASES[table.law_version] = _sections(table.vacation_source, *table.vacation_amount_sources)
    return found


_DUE_SECTIONS: dict[tuple[str, bool, bool, bool], tuple[str, ...]] = {}


def _due_sections(table: LawTable, facts: CaseFacts, later: bool, suspended: bool) -> tuple[str, ...]:
    """The sections that fix a head's due and prescription dates (``later``: due after the termination date).

    Cached per table and combination of the three rules that can apply (two heads per case on average).
    """
    recall = table.recall_replaces_layoff_rule(facts.recall_rights_months)
    key = (table.law_version, later, recall, suspended)
    found = _DUE_SECTIONS.get(key)
    if found is not None:
        return found
    sources: list[Source | None] = []
    if later:
        sources.append(_layoff_due_source(table, facts))
    sources.append(table.claim_source)
    if suspended:
        sources.append(table.suspension_source)
    found = _DUE_SECTIONS[key] = _sections(*sources)
    return found


_V3_SECTIONS: dict[tuple[object, ...], tuple[str, ...]] = {}


def _v3_sections(table: LawTable, facts: CaseFacts, fault_alleged: bool, excused: bool, vacation_known: bool,
                 has_heads: bool, claim_suspended: bool, civil_open: bool) -> tuple[str, ...]:
    """The sections the v3 rules add to the case's basis, only when they bear on it.

    Cached per table and combination of the rules that applied (a few dozen at most), like :func:`_bases`.
    """
    key = (table.law_version, fault_alleged, excused, vacation_known, has_heads and facts.layoff,
           table.recall_replaces_layoff_rule(facts.recall_rights_months), claim_suspended, facts.union_member,
           civil_open)
    found = _V3_SECTIONS.get(key)
    if found is None:
        found = _V3_SECTIONS[key] = _v3_sections_of(table, facts, fault_alleged, excused, vacation_known, has_heads,
                                                    claim_suspended, civil_open)
    return found


def _v3_sections_of(table: LawTable, facts: CaseFacts, fault_alleged: bool, excused: bool, vacation_known: bool,
                    has_heads: bool, claim_suspended: bool, civil_open: bool) -> tuple[str, ...]:
    sources: list[Source | None] = []
    if fault_alleged:
        sources.append(table.allegation_source)
    if excused:
        sources.append(table.collective_excused_source)
    if vacation_known:
        sources.extend(table.vacation_amount_sources)
    if has_heads and facts.layoff:
        sources.append(_layoff_due_source(table, facts))
    if claim_suspended:
        sources.append(table.suspension_source)
    if facts.union_member and table.grievance_source is not None:
        sources.append(table.grievance_source)
    if civil_open and table.civil_remedy is not None:
        sources.append(table.civil_remedy.source)
    return _sections(*sources)
