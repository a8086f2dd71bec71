"""Exports read by people speak one language (issue 21 item 11): in the excel-fr CSV and the XLSX workbook,
coded values are labels in the export's language next to oui/non (yes/no); headers are stable names or
labels; money always has two decimals; timestamps say their time zone in the header. The plain CSV keeps
codes for programs."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from clinic_app.domain.case import CaseStatus, ConsentScope, Language
from clinic_app.domain.types import Cause, EmploymentType, Jurisdiction
from clinic_app.export.columns import BY_NAME, columns_for
from clinic_app.export.labels import _VALUES, CODED_COLUMNS
from clinic_app.export.tabular import write_csv, write_xlsx

from .helpers import demo_records, read_csv_raw

NAMES = ["case_number", "kind", "status", "cause", "employment_type", "jurisdiction", "layoff", "weekly_wage",
         "amount_owed", "updated_at"]


def test_every_code_of_a_coded_column_has_a_french_and_an_english_label() -> None:
    from clinic_app.domain.case import Badge, CaseKind, PayBasis

    assert CODED_COLUMNS <= set(BY_NAME)
    for enum in (CaseKind, CaseStatus, Badge, PayBasis, ConsentScope, Language, Cause, EmploymentType,
                 Jurisdiction):
        for member in enum:
            labels = _VALUES.get(member.value)
            assert labels and labels["fr"] and labels["en"], member


def _records() -> list:
    _ests, cases, records = demo_records(40)
    cases[0].work.weekly_wage = Decimal("812.5")
    return records


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_excel_csv_speaks_the_exports_language(tmp_path: Path, lang: str) -> None:
    records = _records()
    out = tmp_path / "people.csv"
    write_csv(out, records, columns_for("full", NAMES), "excel-fr", language=lang, headers="labels")
    header, rows = read_csv_raw(out, bom=True, delimiter=";")
    if lang == "fr":
        assert header[:3] == ["N° de dossier", "Type", "Statut"] and header[-1] == "Modifié le (UTC)"
    else:
        assert header[:3] == ["Case number", "Kind", "Status"] and header[-1] == "Updated at (UTC)"
    by_case = {row[0]: row for row in rows}
    first = by_case[records[0].case.case_number]
    words = {"fr": ({"Entrepôt", "Livreur"}, {"oui", "non"}), "en": ({"Warehouse", "Driver"}, {"yes", "no"})}[lang]
    assert {row[1] for row in rows} <= words[0]
    assert {row[6] for row in rows} <= words[1] | {""}
    codes = {"warehouse", "driver", "closure", "permanent", "QC", "true", "false", "draft", "intake_complete"}
    assert not codes & {cell for row in rows for cell in row}, "a code left in an export for people"
    assert first[7] == "812,50"  # money: two decimals, always (and the preset's decimal comma)
    assert all(cell == "" or len(cell.split(",")[1]) == 2 for row in rows for cell in (row[7], row[8]))


def test_plain_csv_keeps_codes_and_stable_names_with_the_time_zone(tmp_path: Path) -> None:
    records = _records()
    out = tmp_path / "plain.csv"
    write_csv(out, records, columns_for("full", NAMES), "plain")
    header, rows = read_csv_raw(out, bom=False, delimiter=",")
    assert header == NAMES[:-1] + ["updated_at (UTC)"]
    assert {row[1] for row in rows} <= {"warehouse", "driver"} and {row[6] for row in rows} <= {"true", "false"}
    first = next(row for row in rows if row[0] == records[0].case.case_number)
    assert first[7] == "812.50"


@pytest.mark.parametrize("headers", ["names", "labels"])
def test_xlsx_writes_labels_for_coded_values_and_the_header_asked(tmp_path: Path, headers: str) -> None:
    records = _records()
    out = tmp_path / "people.xlsx"
    write_xlsx(out, records, columns_for("full", NAMES), profile="full", language="en", headers=headers)
    ws = load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    if headers == "labels":
        assert rows[0][:3] == ("Case number", "Kind", "Status") and rows[0][-1] == "Updated at (UTC)"
    else:
        assert list(rows[0]) == NAMES[:-1] + ["updated_at (UTC)"]
    assert {r[1] for r in rows[1:]} <= {"Warehouse", "Driver"}
    assert {r[4] for r in rows[1:]} <= {"Permanent", "Fixed term", "Seasonal fixed term", None}
    assert all(isinstance(r[6], bool) or r[6] is None for r in rows[1:])
    assert ws.cell(2, 8).number_format.startswith("#,##0.00")


def test_the_cli_offers_labels_as_headers(tmp_path: Path, cli) -> None:
    db = tmp_path / "demo.db"
    assert cli("demo-data", "--db", str(db), "--count", "6", "--no-encryption").returncode == 0
    out = tmp_path / "x.csv"
    done = cli("export", "--db", str(db), "--out", str(out), "--headers", "labels", "--lang", "en",
               "--columns", "case_number,kind,created_at")
    assert done.returncode == 0, done.stderr
    header, rows = read_csv_raw(out, bom=True, delimiter=";")
    assert header == ["Case number", "Kind", "Created at (UTC)"] and {r[1] for r in rows} <= {"Warehouse", "Driver"}


def test_the_export_dialog_offers_the_headers_choice(qtbot, demo_store, tmp_path: Path) -> None:
    """Labels as headers from the dialog: the excel-fr CSV then reads in the program's language throughout."""
    from PySide6.QtCore import Qt

    from clinic_app.ui.export_dialogs import ExportDialog

    from .test_export_ui import select_data, shown

    dialog = shown(qtbot, ExportDialog(demo_store))
    assert [dialog.headers.itemData(i) for i in range(dialog.headers.count())] == ["names", "labels"]
    select_data(dialog.format, "excel-fr")
    select_data(dialog.headers, "labels")
    out = tmp_path / "people.csv"
    dialog.path.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists(), timeout=60_000)
    header, rows = read_csv_raw(out, bom=True, delimiter=";")
    lang = dialog.lang
    assert header[:3] == ([BY_NAME[n].label(lang) for n in ("case_uuid", "case_number", "kind")])
    kinds = {row[header.index(BY_NAME["kind"].label(lang))] for row in rows}
    assert kinds and not kinds & {"warehouse", "driver"}
