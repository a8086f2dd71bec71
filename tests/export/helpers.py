"""Shared helpers of the export tests: demo records, independent readers of our CSV and XLSX files.

The readers here parse files with the standard library and openpyxl, by the documented format (not with
the export code's own inverse), so a writer that drifts from the format fails the tests.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

from clinic_app.domain.case import Case, Establishment
from clinic_app.domain.demo import generate_demo
from clinic_app.export.columns import ColumnType, ExportRecord

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def demo_records(count: int = 120, seed: int = 3) -> tuple[list[Establishment], list[Case], list[ExportRecord]]:
    ests, cases = generate_demo(count, seed=seed)
    for i, case in enumerate(cases, start=1):
        case.case_number = f"TST-{i:06d}"
    by_id = {e.id: e for e in ests}
    return ests, cases, [ExportRecord(c, by_id.get(c.establishment_id or "")) for c in cases]


def read_csv_raw(path: Path, *, bom: bool, delimiter: str) -> tuple[list[str], list[list[str]]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") is bom
    text = data.decode("utf-8-sig" if bom else "utf-8")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    return rows[0], rows[1:]


def strip_prefix(text: str) -> str:
    """Undo the documented neutralisation: one apostrophe before (apostrophes then) a dangerous character."""
    if text.startswith("'") and text.lstrip("'")[:1] in DANGEROUS and text.lstrip("'") != "":
        return text[1:]
    return text


def expected_csv_text(kind: ColumnType, value: Any, *, decimal: str, true: str, false: str, name: str = "",
                      for_people: bool = False, lang: str = "fr") -> str:
    """What the format documentation says a value must look like in a CSV cell (before neutralisation):
    in an export for people (excel-fr), a coded value is its label in the export's language."""
    from clinic_app.export.labels import CODED_COLUMNS, value_label

    if value is None:
        return ""
    if for_people and name in CODED_COLUMNS and value != "":
        return value_label(str(value), lang)
    if kind is ColumnType.MONEY:
        return format(Decimal(value).quantize(Decimal("0.01")), "f").replace(".", decimal)
    if kind is ColumnType.TEXT:
        return str(value)
    if kind is ColumnType.DATE:
        return value.isoformat()
    if kind is ColumnType.DATETIME:
        return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S")
    if kind is ColumnType.BOOL:
        return true if value else false
    return format(Decimal(value), "f").replace(".", decimal)


def parse_csv_number(text: str, decimal: str) -> Decimal:
    assert re.fullmatch(r"-?\d+(" + re.escape(decimal) + r"\d+)?", text), text
    return Decimal(text.replace(decimal, "."))


def xlsx_xml_text(path: Path) -> str:
    """Every XML part of an XLSX file, concatenated (to scan for text that must not be there)."""
    with zipfile.ZipFile(path) as zf:
        return "\n".join(zf.read(n).decode("utf-8") for n in zf.namelist() if n.endswith(".xml"))
