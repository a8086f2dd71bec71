"""Copying cases between the domain dataclasses and table rows (plain dicts for SQLAlchemy Core).

Why Core dicts rather than ORM objects: exports and bundles stream 100,000 cases; building ORM objects
for seven tables per case would cost more than the export itself. Columns carry the dataclass field names,
so most of the copying is generic; enums are turned back into their types from the dataclass annotations.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import typing
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any

from clinic_app.domain.case import (
    Case,
    CaseKind,
    CaseStatus,
    Consent,
    ConsentScope,
    ControlIndicators,
    DriverDetails,
    Establishment,
    Language,
    Note,
    Payment,
    Person,
    WarehouseDetails,
    WeeklyWage,
    WorkFacts,
)
from clinic_app.domain.case_figures import FIGURES_VERSION, CaseFigures
from clinic_app.domain.duplicates import duplicate_key, normalize_name, phone_digits

_CONTROL_FIELDS = tuple(f.name for f in dataclasses.fields(ControlIndicators))


@cache
def _enum_fields(cls: type) -> dict[str, type[Enum]]:
    """Field name -> enum type for the fields of ``cls`` annotated ``SomeEnum`` or ``SomeEnum | None``."""
    out: dict[str, type[Enum]] = {}
    for name, tp in typing.get_type_hints(cls).items():
        for arg in (tp, *typing.get_args(tp)):
            if isinstance(arg, type) and issubclass(arg, Enum):
                out[name] = arg
    return out


def _plain(obj: Any, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """The scalar fields of a dataclass, enums as their values (hot path of bulk writes: names cached)."""
    out: dict[str, Any] = {}
    cls: type = type(obj)
    for name in _kept_names(cls, skip):
        value = getattr(obj, name)
        out[name] = value.value if isinstance(value, Enum) else value
    return out


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


@cache
def _kept_names(cls: type, skip: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(name for name in _field_names(cls) if name not in skip)


@cache
def _enum_maps(cls: type) -> dict[str, dict[Any, Enum]]:
    """Field name -> {stored value: enum member}, for the enum fields of ``cls`` (a dict lookup per value)."""
    return {name: {m.value: m for m in kind} for name, kind in _enum_fields(cls).items()}


def _build(cls: type, row: dict[str, Any]) -> Any:
    """An instance of dataclass ``cls`` from the columns of ``row`` that are its fields."""
    enums = _enum_maps(cls)
    kwargs: dict[str, Any] = {}
    for name in _field_names(cls):
        if name not in row:
            continue
        value = row[name]
        if value is not None and name in enums:
            value = enums[name][value]
        kwargs[name] = value
    return cls(**kwargs)


def to_cents(value: Decimal | None) -> int | None:
    return None if value is None else int((value * 100).to_integral_value())


def from_cents(value: int | None) -> Decimal | None:
    return None if value is None else Decimal(value).scaleb(-2)  # exact, two decimals (hot path of the list)


def figure_columns(figures: CaseFigures) -> dict[str, Any]:
    """The ``cases`` columns the list sorts and totals on, from the engine's figures."""
    return {"amount_owed_cents": to_cents(figures.amount_owed), "paid_cents": to_cents(figures.paid) or 0,
            "shortfall_cents": to_cents(figures.shortfall), "claim_deadline": figures.claim_deadline,
            "next_deadline": figures.next_deadline, "total_claim_cents": to_cents(figures.total_claim),
            "owed_drivers_cents": to_cents(figures.owed_drivers),
            "claim_drivers_cents": to_cents(figures.claim_drivers), "last_due": figures.last_due,
            "later_due_until": figures.later_due_until, "inquiry_may_save": figures.inquiry_may_save,
            "deadlines_text": deadlines_text(figures), "figures_version": FIGURES_VERSION}


# separators of ``cases.deadlines_text`` (ASCII unit and record separators: never in a kind or a section)
_US, _RS = "\x1f", "\x1e"


def deadlines_text(figures: CaseFigures) -> str:
    """A case's deadlines as one text: ``kind US date US section``, joined by RS, in the engine's order."""
    return _RS.join(f"{d.kind}{_US}{d.date.isoformat()}{_US}{d.basis}" for d in figures.deadlines)


def parse_deadlines(text: str | None) -> list[tuple[str, dt.date, str]]:
    """:func:`deadlines_text` read back as (kind, date, section) tuples."""
    if not text:
        return []
    iso = dt.date.fromisoformat
    return [(kind, iso(day), basis) for kind, day, basis in (part.split(_US) for part in text.split(_RS))]


#: tables whose rows are derived from a case's figures (rewritten with them, never read back into a case)
FIGURE_TABLES = ("case_deadline", "case_head")


def figure_rows(uuid: str, case_number: str, figures: CaseFigures) -> dict[str, list[dict[str, Any]]]:
    """The rows of :data:`FIGURE_TABLES` for one case: its deadlines and heads, in the engine's order; each
    deadline with the case number (the dashboard's order among deadlines of the same day) and its
    :func:`~clinic_app.domain.deadlines.row_roles` role."""
    from clinic_app.domain.deadlines import row_roles

    roles = row_roles([d.kind for d in figures.deadlines])
    return {
        "case_deadline": [{"case_uuid": uuid, "position": i, "kind": d.kind, "date": d.date, "basis": d.basis,
                           "row_role": role, "case_number": case_number}
                          for i, (d, role) in enumerate(zip(figures.deadlines, roles, strict=True))],
        "case_head": [{"case_uuid": uuid, "position": i, "due_date": due, "amount_cents": to_cents(amount)}
                      for i, (due, amount) in enumerate(figures.head_dues)],
    }


def search_text(case: Case) -> str:
    """What the search box matches: normalized names, case number, phone digits, site or company, employer."""
    p = case.person
    parts = [normalize_name(p.given_name), normalize_name(p.family_name), normalize_name(p.preferred_name),
             case.case_number.casefold(), phone_digits(p.phone), normalize_name(case.site_or_company)]
    if case.warehouse is not None:
        parts.append(normalize_name(case.warehouse.employer_legal_name))
    if case.driver is not None:
        parts += [normalize_name(case.driver.dsp_legal_name), normalize_name(case.driver.client_name)]
    # Capped: it is indexed, and PostgreSQL refuses index entries over ~2.7 kB (300-character names happen).
    return " | ".join(x for x in parts if x)[:SEARCH_TEXT_MAX]


SEARCH_TEXT_MAX = 500


def case_row(case: Case, figures: CaseFigures) -> dict[str, Any]:
    """The ``cases`` table row of ``case``, derived list columns included."""
    c = case.consent
    return {
        "uuid": case.uuid, "case_number": case.case_number, "kind": case.kind.value,
        "status": case.status.value, "created_at": case.created_at, "updated_at": case.updated_at,
        "created_by": case.created_by, "laptop_id": case.laptop_id, "version": case.version,
        "establishment_id": case.establishment_id, "letter_language": case.letter_language.value,
        "interview_language": case.interview_language.value,
        "documents_seen": json.dumps(list(case.documents_seen), ensure_ascii=False),
        "consent_given_at": c.given_at, "consent_scope": c.scope.value if c.scope else None,
        "consent_recorded_by": c.recorded_by,
        "consent_text_language": c.text_language.value if c.text_language else None,
        "display_name": case.display_name, "sort_name": normalize_name(
            f"{case.person.family_name} {case.person.given_name}"),
        "site_or_company": case.site_or_company, "search_text": search_text(case),
        "duplicate_key": duplicate_key(case),
        **figure_columns(figures),
    }


def child_rows(case: Case) -> dict[str, list[dict[str, Any]]]:
    """Rows of the tables that hang off ``case``, by table name."""
    u = case.uuid
    out: dict[str, list[dict[str, Any]]] = {
        "person": [{"case_uuid": u, **_plain(case.person)}],
        "work_facts": [{"case_uuid": u, **_plain(case.work, skip=("recent_weekly_wages", "payments"))}],
        "warehouse_employment": [], "driver_engagement": [],
        "weekly_wage": [{"case_uuid": u, "position": i, **_plain(w)}
                        for i, w in enumerate(case.work.recent_weekly_wages)],
        "employer_payment": [{"case_uuid": u, "position": i, **_plain(p)}
                             for i, p in enumerate(case.work.payments)],
        "case_note": [{"case_uuid": u, "position": i, **_plain(n)} for i, n in enumerate(case.notes)],
    }
    if case.warehouse is not None:
        out["warehouse_employment"].append({"case_uuid": u, **_plain(case.warehouse)})
    if case.driver is not None:
        out["driver_engagement"].append({"case_uuid": u, **_plain(case.driver, skip=("controls",)),
                                         **_plain(case.driver.controls)})
    return out


CHILD_TABLES = ("person", "work_facts", "warehouse_employment", "driver_engagement", "weekly_wage",
                "employer_payment", "case_note")


def build_case(row: dict[str, Any], children: dict[str, list[dict[str, Any]]]) -> Case:
    """A :class:`Case` from its ``cases`` row and its child rows (lists ordered by ``position``)."""
    def one(table: str) -> dict[str, Any] | None:
        rows = children.get(table) or []
        return rows[0] if rows else None

    def ordered(table: str) -> list[dict[str, Any]]:
        return sorted(children.get(table) or [], key=lambda r: r["position"])

    work_row = one("work_facts") or {}
    work = _build(WorkFacts, work_row)
    work.recent_weekly_wages = [_build(WeeklyWage, r) for r in ordered("weekly_wage")]
    work.payments = [_build(Payment, r) for r in ordered("employer_payment")]
    person_row = one("person")
    wh = one("warehouse_employment")
    dr = one("driver_engagement")
    driver = None
    if dr is not None:
        driver = _build(DriverDetails, {k: v for k, v in dr.items() if k not in _CONTROL_FIELDS})
        driver.controls = _build(ControlIndicators, dr)
    scope = row["consent_scope"]
    text_lang = row["consent_text_language"]
    return Case(
        uuid=row["uuid"], case_number=row["case_number"], kind=CaseKind(row["kind"]),
        status=CaseStatus(row["status"]), created_at=row["created_at"], updated_at=row["updated_at"],
        created_by=row["created_by"], laptop_id=row["laptop_id"], version=row["version"],
        person=_build(Person, person_row) if person_row else Person(),
        consent=Consent(given_at=row["consent_given_at"], scope=ConsentScope(scope) if scope else None,
                        recorded_by=row["consent_recorded_by"],
                        text_language=Language(text_lang) if text_lang else None),
        work=work, warehouse=_build(WarehouseDetails, wh) if wh is not None else None, driver=driver,
        establishment_id=row["establishment_id"], letter_language=Language(row["letter_language"]),
        interview_language=Language(row["interview_language"]),
        documents_seen=list(json.loads(row["documents_seen"] or "[]")),
        notes=[_build(Note, r) for r in ordered("case_note")],
    )


def establishment_row(est: Establishment) -> dict[str, Any]:
    return _plain(est)


def build_establishment(row: dict[str, Any]) -> Establishment:
    est: Establishment = _build(Establishment, row)
    return est


def flatten(case: Case) -> dict[str, Any]:
    """Dotted field path -> value, for the audit's list of changed fields (values never leave this module)."""
    out: dict[str, Any] = {}

    def walk(prefix: str, value: Any) -> None:
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            for f in dataclasses.fields(value):
                walk(f"{prefix}.{f.name}" if prefix else f.name, getattr(value, f.name))
        elif isinstance(value, list):
            out[prefix] = repr(value)
        else:
            out[prefix] = value

    walk("", case)
    return out


BOOKKEEPING = frozenset({"version", "updated_at", "created_at", "case_number", "laptop_id", "created_by"})


def changed_fields(old: Case, new: Case) -> list[str]:
    """Dotted names of the fields that differ between two versions of a case (bookkeeping left out)."""
    a, b = flatten(old), flatten(new)
    return sorted(k for k in a.keys() | b.keys() if k not in BOOKKEEPING and a.get(k) != b.get(k))


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
