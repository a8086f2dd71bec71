"""Read and write one field of a :class:`~clinic_app.domain.case.Case` by its dotted path.

Why dotted paths: the domain's validation names fields the same way (``person.postal_code``,
``driver.controls.routes_set_by``), the drafts record which paths the volunteer edited, and the editor writes
only those paths onto the case loaded from the store. One vocabulary for all three keeps them in step.
"""

from __future__ import annotations

import copy
from typing import Any

from clinic_app.domain.case import Case, ControlIndicators, DriverDetails, WarehouseDetails
from clinic_app.domain.intake_rules import value_at

#: Parts of the case that may be ``None`` on a stored case and are created when a field under them is written.
_FACTORIES = {"warehouse": WarehouseDetails, "driver": DriverDetails, "controls": ControlIndicators}


#: Value at ``path`` (``None`` when a part on the way is ``None``): the domain's reading, shared with the
#: intake rules so the form and the guided mode read a field the same way.
get_path = value_at


def set_path(case: Case, path: str, value: Any) -> None:
    """Write ``value`` at ``path``, creating a missing ``warehouse``/``driver``/``controls`` part on the way."""
    parts = path.split(".")
    obj: Any = case
    for part in parts[:-1]:
        nxt = getattr(obj, part)
        if nxt is None:
            nxt = _FACTORIES[part]()
            setattr(obj, part, nxt)
        obj = nxt
    setattr(obj, parts[-1], copy.deepcopy(value))


def apply_edits(base: Case, edits: dict[str, Any]) -> Case:
    """A copy of ``base`` with only the edited paths replaced: an untouched field keeps the stored value."""
    out = copy.deepcopy(base)
    for path, value in edits.items():
        set_path(out, path, value)
    return out
