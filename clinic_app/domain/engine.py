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
from clinic_app.domain.explain import Working, explain
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
LANGUAGES = ("fr", "en")


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


def _unique(sections: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(sections))


def table_in_force(facts: CaseFacts) -> LawTable:
    """The law table in force on the termination date (FieldError before the earliest one)."""
    table = law_tables.table_for(facts.jurisdiction, facts.termination_date)
    if table is None:
        raise FieldError("termination_date", "before_law_table", jurisdiction=facts.jurisdiction.value,
                         earliest=law_tables.earliest(facts.jurisdiction).isoformat())
    return table


def compute(facts: CaseFacts, langs: Iterable[str] = LANGUAGES) -> Entitlements:
    """Every figure the law gives for ``facts``, each with its basis, and the explanation in ``langs``.

    ``langs`` defaults to both French and English (the GUI and the letters switch language without
    recomputing); the CLI asks only for the language it prints, which halves the text work on big batches.
    """
    table = table_in_force(facts)
    service = service_between(facts.hire_date, facts.termination_date)
    months = service.years * 12 + service.months
    wage = weekly_wage(facts)

    # Individual notice and the indemnity in lieu of it.
    excluded = _excluded_reason(table, facts, months)
    if excluded is None:
        required = tier_value(table.notice_tiers, months) or _ZERO
        notice_basis: tuple[Source, ...] = (table.service_source, table.notice_source)
    else:
        required = _ZERO
        notice_basis = (table.exclusion_sources[excluded],)
    void = (table.notice_void_during_layoff and facts.notice_given_during_layoff
            and facts.employment_type is not EmploymentType.SEASONAL_FIXED_TERM)
    valid_given = _ZERO if void else facts.notice_weeks_given
    missing = required - valid_given if required > valid_given else _ZERO
    individual = round_money(wage * missing)
    indemnity_basis = notice_basis + (table.indemnity_source,) if excluded is None else notice_basis
    if void and table.notice_void_source is not None:
        indemnity_basis += (table.notice_void_source,)

    # Collective dismissal (QC) or group termination (CA-FED).
    cause_counts = table.collective_causes is None or facts.cause in table.collective_causes
    threshold_weeks = tier_value(table.collective_tiers, facts.establishment_terminations)
    if excluded is None and cause_counts and threshold_weeks is not None:
        collective_weeks = threshold_weeks
    else:
        collective_weeks = _ZERO
    collective_basis: tuple[Source, ...] = (table.collective_source,)
    if excluded is not None and threshold_weeks is not None and table.collective_excluded_source is not None:
        collective_basis += (table.collective_excluded_source,)
    if table.collective_indemnity_source is not None and collective_weeks > facts.collective_notice_weeks_given:
        collective = round_money(wage * (collective_weeks - facts.collective_notice_weeks_given))
    else:
        collective = _ZERO
    collective_indemnity_basis = collective_basis + (
        (table.collective_indemnity_source,) if table.collective_indemnity_source is not None else ())

    # Severance (CA-FED s. 235).
    severance = _ZERO
    severance_days = 0
    rule = table.severance
    severance_basis: tuple[Source, ...] = ()
    if rule is not None:
        severance_basis = (rule.source,)
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

    def sections(*sources: Source) -> tuple[str, ...]:
        return _unique(s.section for s in sources)

    amount_basis = indemnity_basis + collective_indemnity_basis + severance_basis + (table.combine_source,)
    figures = {
        "weekly_wage_used": Figure(wage, sections(table.indemnity_source)),
        "notice_weeks_required": Figure(required, sections(*notice_basis)),
        "notice_weeks_missing": Figure(missing, sections(*indemnity_basis)),
        "individual_indemnity": Figure(individual, sections(*indemnity_basis)),
        "collective_notice_weeks": Figure(collective_weeks, sections(*collective_basis)),
        "collective_indemnity": Figure(collective, sections(*collective_indemnity_basis)),
        "severance_pay": Figure(severance, sections(*severance_basis)),
        "amount_owed": Figure(amount, sections(*amount_basis)),
        "shortfall": Figure(shortfall, sections(*amount_basis, table.release_source)),
        "vacation_rate": Figure(vacation_rate, sections(table.vacation_source)),
    }
    # The case's basis: only the rules that bear on it (a collective threshold not reached adds nothing).
    basis_sources: list[Source] = list(indemnity_basis)
    if threshold_weeks is not None:
        basis_sources.extend(collective_indemnity_basis if collective_weeks else collective_basis)
    if severance:
        basis_sources.extend(severance_basis)
    if table.combine == "sum" or collective:
        basis_sources.append(table.combine_source)
    basis_sources += [table.vacation_source, table.claim_source]
    if facts.classified_as_contractor:
        basis_sources.append(table.status_source)
        if table.solidary_source is not None:
            basis_sources.append(table.solidary_source)
    basis = sections(*basis_sources)

    working = Working(
        facts=facts, table=table, service=service, months=months, wage=wage, excluded=excluded,
        required=required, void=void, valid_given=valid_given, missing=missing, individual=individual,
        threshold_weeks=threshold_weeks, cause_counts=cause_counts, collective_weeks=collective_weeks,
        collective=collective, severance=severance, severance_days=severance_days, amount=amount,
        shortfall=shortfall, vacation_rate=vacation_rate, claim_deadline=claim_deadline, deadlines=deadlines,
    )
    explanation = {lang: explain(working, lang) for lang in langs}

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
