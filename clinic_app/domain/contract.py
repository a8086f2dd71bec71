"""The JSON contract of ``clinic-app entitlements`` (``law/contract.md``) as plain functions.

Why here and not in the command: the GUI, the letters and the exports call the same :func:`evaluate` the
CLI calls, so a result printed by the command and a figure shown on screen can never differ.

Output values are JSON-ready: money is a ``float`` made from the cent-rounded ``Decimal`` (so it prints
with at most 2 decimals), week counts are an ``int`` when whole and otherwise a ``float`` of at most 6
decimals, dates are ISO strings. The ``Decimal`` figures themselves stay available on
:class:`~clinic_app.domain.types.Entitlements` for callers that compute further.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from clinic_app.domain.engine import compute
from clinic_app.domain.errors import FieldError
from clinic_app.domain.facts import parse_facts
from clinic_app.domain.types import Entitlements

log = logging.getLogger("clinic_app.domain")

_CENT = Decimal("0.01")
_MICRO = Decimal("0.000001")

#: Every output field of a successful result, in the contract's order.
OUTPUT_FIELDS = (
    "service", "excluded_reason", "weekly_wage_used", "notice_weeks_required", "notice_weeks_missing",
    "individual_indemnity", "collective_notice_weeks", "collective_indemnity", "severance_pay", "amount_owed",
    "shortfall", "vacation_rate", "claim_deadline", "deadlines", "law_version", "basis", "flags", "explanation",
    # Version 3.
    "vacation_indemnity", "vacation_paid", "vacation_shortfall", "total_claim", "heads", "claim_deadline_passed",
)


def _money(value: Decimal) -> float:
    """A cent-rounded ``Decimal`` as a float (its repr has at most 2 decimals); rounds first if needed.

    Quantized unconditionally: on a value already in cents it changes nothing, and it costs a fifth of
    reading the exponent through ``as_tuple()`` (which builds a tuple of every digit), nine times a case.
    """
    return float(value.quantize(_CENT, rounding=ROUND_HALF_UP))


def _optional_money(value: Decimal | None) -> float | None:
    return None if value is None else _money(value)


def _weeks(value: Decimal) -> int | float:
    integral = int(value)
    if integral == value:
        return integral
    return float(value.quantize(_MICRO, rounding=ROUND_HALF_UP))


def _lang(lang: str) -> str:
    return lang if lang in ("fr", "en") else "fr"


def to_contract_dict(ent: Entitlements, lang: str = "fr") -> dict[str, Any]:
    """One successful result as the contract's JSON object, with the explanation in ``lang``."""
    lang = _lang(lang)
    explanation = ent.explanation.get(lang)
    if explanation is None:  # computed for other languages only: redo the text, not the figures
        explanation = compute(ent.facts, (lang,)).explanation[lang]
    s = ent.service
    return {
        "service": {"years": s.years, "months": s.months, "days": s.days},
        "excluded_reason": None if ent.excluded_reason is None else ent.excluded_reason.value,
        "weekly_wage_used": _money(ent.weekly_wage_used),
        "notice_weeks_required": _weeks(ent.notice_weeks_required),
        "notice_weeks_missing": _weeks(ent.notice_weeks_missing),
        "individual_indemnity": _money(ent.individual_indemnity),
        "collective_notice_weeks": _weeks(ent.collective_notice_weeks),
        "collective_indemnity": _money(ent.collective_indemnity),
        "severance_pay": _money(ent.severance_pay),
        "amount_owed": _money(ent.amount_owed),
        "shortfall": _money(ent.shortfall),
        "vacation_rate": float(ent.vacation_rate),
        "claim_deadline": ent.claim_deadline.isoformat(),
        "deadlines": [{"kind": d.kind, "date": d.date.isoformat(), "basis": d.basis, "passed": d.passed}
                      for d in ent.deadlines],
        "law_version": ent.law_version,
        "basis": list(ent.basis),
        "flags": list(ent.flags),
        "explanation": explanation,
        "vacation_indemnity": _optional_money(ent.vacation_indemnity),
        "vacation_paid": _money(ent.vacation_paid),
        "vacation_shortfall": _optional_money(ent.vacation_shortfall),
        "total_claim": _money(ent.total_claim),
        "heads": [{"head": h.head.value, "amount": _money(h.amount), "due_date": h.due_date.isoformat(),
                   "prescription_date": h.prescription_date.isoformat(), "basis": list(h.basis)}
                  for h in ent.heads],
        "claim_deadline_passed": ent.claim_deadline_passed,
    }


def error_dict(err: FieldError, lang: str = "fr") -> dict[str, Any]:
    """The contract's error result for one invalid case."""
    return {"error": {"field": err.field, "message": err.message(_lang(lang))}}


def evaluate(data: Any, lang: str = "fr", *, today: dt.date | None = None) -> dict[str, Any]:
    """One case (a JSON object's worth of fields) -> its result dict, or ``{"error": {...}}``; never raises
    for bad input.

    ``today`` is the default assessment date (``as_of``) for a case that gives none; the contract says
    "default today", so when the caller passes nothing the system date is read here, at the boundary, and
    nowhere deeper (tests pass it).
    """
    lang = _lang(lang)
    try:
        facts = parse_facts(data, today=dt.date.today() if today is None else today)
        ent = compute(facts, (lang,))
    except FieldError as err:
        log.info("entitlements: invalid field %s (%s)", err.field, err.code)  # names only, never values
        return error_dict(err, lang)
    return to_contract_dict(ent, lang)


def evaluate_many(items: Iterable[Any], lang: str = "fr", *, today: dt.date | None = None) -> list[dict[str, Any]]:
    """Each case of ``items`` evaluated on its own: an invalid case never stops the others."""
    day = dt.date.today() if today is None else today
    return [evaluate(item, lang, today=day) for item in items]
