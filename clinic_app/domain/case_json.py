"""Case <-> JSON-ready dict, for bundles and drafts (``INTERFACES.md``).

Why a generic walker over the dataclass type hints: every field of every nested dataclass round-trips
exactly, and a field added to ``case.py`` is carried without touching this file. Dates and timestamps are
ISO strings, Decimal a string (no float rounding), enums their value. Reading tolerates missing keys
(dataclass defaults apply) and names the dotted field on a wrong type (ParseError, never KeyError).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import cache
from typing import Any

from clinic_app.domain.case import Case, Establishment
from clinic_app.domain.parsing import ParseError

SCHEMA_VERSION = 1


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _dump(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _dump(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list):
        return [_dump(v) for v in value]
    if isinstance(value, dict):
        return {k: _dump(v) for k, v in value.items()}
    return value


def _bad(path: str, expected: str) -> ParseError:
    return ParseError(path, "json_type", {"fr": f"valeur invalide, attendu {expected}",
                                          "en": f"invalid value, expected {expected}"})


def _load(tp: Any, value: Any, path: str) -> Any:
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if value is None:
            return None
        return _load(args[0], value, path)
    if origin is list:
        if not isinstance(value, list):
            raise _bad(path, "list")
        (item,) = typing.get_args(tp)
        return [_load(item, v, f"{path}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise _bad(path, "object")
        return dict(value)
    if dataclasses.is_dataclass(tp):
        return _load_dc(tp, value, path)
    if isinstance(tp, type) and issubclass(tp, Enum):
        try:
            return tp(value)
        except ValueError:
            raise _bad(path, " | ".join(str(m.value) for m in tp)) from None
    if tp is bool:
        if not isinstance(value, bool):
            raise _bad(path, "true/false")
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _bad(path, "integer")
        return value
    if tp is str:
        if not isinstance(value, str):
            raise _bad(path, "text")
        return value
    if tp is Decimal:
        if not isinstance(value, (str, int)) or isinstance(value, bool):
            raise _bad(path, "decimal string")
        try:
            d = Decimal(value)
        except InvalidOperation:
            raise _bad(path, "decimal string") from None
        if not d.is_finite():
            raise _bad(path, "decimal string")
        return d
    if tp is dt.datetime:
        try:
            return dt.datetime.fromisoformat(value)
        except (TypeError, ValueError):
            raise _bad(path, "ISO timestamp") from None
    if tp is dt.date:
        try:
            if not isinstance(value, str) or len(value) != 10:
                raise ValueError
            return dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            raise _bad(path, "ISO date YYYY-MM-DD") from None
    return value


def _load_dc(cls: Any, data: Any, path: str) -> Any:
    if not isinstance(data, dict):
        raise _bad(path or "case", "object")
    hints = _hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name in data:
            kwargs[f.name] = _load(hints[f.name], data[f.name], f"{path}.{f.name}" if path else f.name)
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise _bad(f"{path}.{f.name}" if path else f.name, "a value")
    return cls(**kwargs)


def case_to_dict(case: Case) -> dict[str, Any]:
    """JSON-ready dict of every field, with ``schema_version``."""
    out: dict[str, Any] = _dump(case)
    out["schema_version"] = SCHEMA_VERSION
    return out


def _check_version(d: Any) -> None:
    if isinstance(d, dict):
        v = d.get("schema_version", SCHEMA_VERSION)
        if not isinstance(v, int) or isinstance(v, bool) or v > SCHEMA_VERSION:
            raise ParseError("schema_version", "schema_version", {
                "fr": f"version {v} plus récente que celle de ce logiciel ({SCHEMA_VERSION}) : mettez-le à jour",
                "en": f"version {v} is newer than this program's ({SCHEMA_VERSION}): update the program"})


def case_from_dict(d: dict[str, Any]) -> Case:
    """Case from :func:`case_to_dict` output; missing optional keys take defaults; wrong types -> ParseError."""
    _check_version(d)
    case: Case = _load_dc(Case, {k: v for k, v in d.items() if k != "schema_version"} if isinstance(d, dict) else d,
                          "")
    return case


def establishment_to_dict(est: Establishment) -> dict[str, Any]:
    out: dict[str, Any] = _dump(est)
    out["schema_version"] = SCHEMA_VERSION
    return out


def establishment_from_dict(d: dict[str, Any]) -> Establishment:
    _check_version(d)
    est: Establishment = _load_dc(Establishment, {k: v for k, v in d.items() if k != "schema_version"}
                                  if isinstance(d, dict) else d, "")
    return est
