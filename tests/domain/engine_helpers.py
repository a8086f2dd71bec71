"""Helpers shared by the engine tests: build a contract input and compute it through the public functions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from clinic_app.domain.contract import evaluate
from clinic_app.domain.engine import compute
from clinic_app.domain.facts import parse_facts
from clinic_app.domain.types import Entitlements


def case(**fields: Any) -> dict[str, Any]:
    """A valid QC case (no collective, no notice) with ``fields`` overriding; dates may be ``date``s."""
    base: dict[str, Any] = {
        "jurisdiction": "QC",
        "hire_date": "2020-01-23",
        "termination_date": "2025-01-22",
        "weekly_regular_wage": 1000,
    }
    base.update(fields)
    for key in ("hire_date", "termination_date"):
        if isinstance(base.get(key), dt.date):
            base[key] = base[key].isoformat()
    return base


def run(**fields: Any) -> Entitlements:
    return compute(parse_facts(case(**fields)))


def result(lang: str = "fr", **fields: Any) -> dict[str, Any]:
    return evaluate(case(**fields), lang)
