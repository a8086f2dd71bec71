"""XLSX cells over Excel's limit are cut with a visible marker and counted; an export whose audit entry
cannot be written still reports the finished file.

Before: openpyxl wrote 40,000 characters and Excel cut them silently at 32,767 (nobody knew a note was
incomplete); an export from a database that refused the audit line wrote the file, then said it failed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from clinic_app.domain.case import Note
from clinic_app.export.exports import export_xlsx
from clinic_app.export.tabular import XLSX_CELL_LIMIT, XlsxStats, cut_for_xlsx

from .conftest import fill_with_demo


def _long_case(store: Any) -> Any:
    from clinic_app.storage import CaseQuery

    row = store.list_cases(CaseQuery(limit=1))[0]
    case = store.get_case(row.uuid)
    case.notes.append(Note(text="Début. " + "x" * 40_000 + " FIN", author="tester"))
    return store.save_case(case)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_cut_is_exact_and_says_how_much_is_missing(lang: str) -> None:
    text = "a" * 50_000
    out = cut_for_xlsx(text, lang)
    assert len(out) == XLSX_CELL_LIMIT
    kept = out.index(" [")
    assert out[:kept] == text[:kept]
    assert str(50_000 - kept) in out[kept:]
    assert ("cut here" if lang == "en" else "coupé ici") in out


def test_long_text_is_cut_visibly_and_counted_in_the_report(make_store: Any, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    store = make_store("s")
    fill_with_demo(store, count=5)
    case = _long_case(store)
    path = tmp_path / "cases.xlsx"
    stats = XlsxStats()
    assert export_xlsx(store, path, language="en", stats=stats) == 5
    assert stats.cells_cut == 1
    wb = load_workbook(path, read_only=True)
    try:
        rows = list(wb.worksheets[0].iter_rows(values_only=True))
    finally:
        wb.close()
    header = rows[0]
    notes = next(r[header.index("notes")] for r in rows[1:] if r[header.index("case_uuid")] == case.uuid)
    assert len(notes) <= XLSX_CELL_LIMIT and "cut here" in notes and notes.startswith("Début.")
    assert "cells_cut=1" in store.audit_entries()[-1].detail


HOLD_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.read()
conn.execute("ROLLBACK")
"""


def test_an_export_whose_audit_line_cannot_be_written_still_succeeds(make_store: Any, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from clinic_app.storage import connect

    monkeypatch.setattr(connect, "BUSY_TIMEOUT_MS", 200)
    store = make_store("s")
    fill_with_demo(store, count=5)
    store.close()  # reopened below with the short busy timeout
    from clinic_app.storage import open_store

    db = tmp_path / "s.db"
    store = open_store(db, encrypted=False, auto_backup=False)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        out = tmp_path / "out.xlsx"
        assert export_xlsx(store, out) == 5  # written and reported as written
        assert out.stat().st_size > 0
    finally:
        holder.communicate("", timeout=30)
        store.close()
