"""fast_constructor makes the same frozen values as the dataclass itself (the engine builds its results with it)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import pickle
from decimal import Decimal

import pytest

from clinic_app.domain.types import CaseFacts, Deadline, Entitlements, Figure, Jurisdiction, Service, fast_constructor


def test_the_value_made_is_the_dataclass_value_and_stays_frozen() -> None:
    made = fast_constructor(Figure)(Decimal("1.50"), ("LNT s. 83",))
    expected = Figure(Decimal("1.50"), ("LNT s. 83",))
    assert type(made) is Figure
    assert made == expected and hash(made) == hash(expected) and repr(made) == repr(expected)
    assert repr(made.value) == "Decimal('1.50')"
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.value = Decimal(2)  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(made)) == made


def test_defaults_apply_as_in_the_dataclass() -> None:
    kwargs = {"jurisdiction": Jurisdiction.QC, "hire_date": dt.date(2020, 1, 1),
              "termination_date": dt.date(2021, 1, 1), "weekly_regular_wage": Decimal(840)}
    made = fast_constructor(CaseFacts)(**kwargs)
    assert repr(made) == repr(CaseFacts(**kwargs))  # type: ignore[arg-type]
    deadline = fast_constructor(Deadline)(kind="claim", date=dt.date(2022, 1, 1), basis="LNT s. 115")
    assert deadline == Deadline(kind="claim", date=dt.date(2022, 1, 1), basis="LNT s. 115") and not deadline.passed


def test_a_default_factory_gives_each_value_its_own_container() -> None:
    make = fast_constructor(Entitlements)
    kwargs = {f.name: None for f in dataclasses.fields(Entitlements) if f.name not in ("figures", "explanation")}
    kwargs["service"] = Service(1, 2, 3)
    first, second = make(**kwargs), make(**kwargs)
    assert first.figures == {} and first.figures is not second.figures
    assert repr(first) == repr(Entitlements(**kwargs))


def test_a_missing_required_field_is_refused() -> None:
    with pytest.raises(TypeError):
        fast_constructor(Figure)(Decimal(1))
