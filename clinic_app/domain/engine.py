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
)

CENT = Decimal("0.01")
_ZERO = Decimal(0)
_FIXED_TERMS = (EmploymentType.FIXED_TERM, EmploymentType.SEASONAL_FIXED_TERM)


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
            if facts.cause is Cause.SERIOUS_FAULT:
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

    # Individual notice and the indemnity in lieu of it.
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

    # Collective dismissal (QC) or group termination (CA-FED).
    cause_counts = table.collective_causes is None or facts.cause in table.collective_causes
    threshold_weeks = tier_value(table.collective_tiers, facts.establishment_terminations)
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

    vacation_rate = tier_value(table.vacation_tiers, months) or _ZERO
    claim_deadline = add_months(facts.termination_date, table.claim_months)
    deadlines = tuple(
        Deadline(kind=rule_.kind, date=facts.termination_date + dt.timedelta(days=rule_.days),
                 basis=rule_.source.section)
        for rule_ in table.other_deadlines
        if months >= rule_.min_service_months and facts.cause in rule_.causes
        and not (rule_.excludes_layoff and facts.layoff)
    )

    flags: list[str] = []
    if facts.classified_as_contractor:
        flags.append(Flag.CLASSIFIED_AS_CONTRACTOR.value)
    if void:
        flags.append(Flag.NOTICE_VOID_DURING_LAYOFF.value)

    figure_basis, basis = _bases(table, excluded, void, threshold_weeks is not None, bool(collective_weeks),
                                 bool(collective), bool(severance), facts.classified_as_contractor)
    figures = {
        "weekly_wage_used": Figure(wage, figure_basis["weekly_wage_used"]),
        "notice_weeks_required": Figure(required, figure_basis["notice_weeks_required"]),
        "notice_weeks_missing": Figure(missing, figure_basis["notice_weeks_missing"]),
        "individual_indemnity": Figure(individual, figure_basis["individual_indemnity"]),
        "collective_notice_weeks": Figure(collective_weeks, figure_basis["collective_notice_weeks"]),
        "collective_indemnity": Figure(collective, figure_basis["collective_indemnity"]),
        "severance_pay": Figure(severance, figure_basis["severance_pay"]),
        "amount_owed": Figure(amount, figure_basis["amount_owed"]),
        "shortfall": Figure(shortfall, figure_basis["shortfall"]),
        "vacation_rate": Figure(vacation_rate, figure_basis["vacation_rate"]),
    }

    working = Working(
        facts=facts, table=table, service=service, months=months, wage=wage, excluded=excluded,
        required=required, void=void, valid_given=valid_given, missing=missing, individual=individual,
        threshold_weeks=threshold_weeks, cause_counts=cause_counts, collective_weeks=collective_weeks,
        collective=collective, severance=severance, severance_days=severance_days, amount=amount,
        shortfall=shortfall, vacation_rate=vacation_rate, claim_deadline=claim_deadline, deadlines=deadlines,
    )
    explanation = Explanation(working)
    for lang in langs:
        explanation[lang]  # noqa: B018 - written now rather than on first read

    return Entitlements(
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
        figures=figures,
        explanation=explanation,
    )
