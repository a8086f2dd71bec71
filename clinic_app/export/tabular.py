"""CSV and XLSX writers for case exports (pure: they take records, not a database).

Why two CSV presets: French Excel (the clinic's default) opens a CSV correctly only when it starts with a
UTF-8 byte-order mark, uses ``;`` between cells and a decimal comma; other tools (R, pandas, LibreOffice
with defaults) want plain UTF-8, ``,`` and a decimal point. Dates are ISO 8601 in both (Excel reads them as
dates in either locale); timestamps are UTC, written ``YYYY-MM-DD HH:MM:SS``, and their header says so
(``created_at (UTC)``). The header row holds the stable column names of :mod:`clinic_app.export.columns`
(scripts do not break when a label is reworded) or, with ``headers="labels"``, the columns' labels in the
export's language (as KoboToolbox offers both). Money always has two decimals.

Exports for people speak one language: in the ``excel-fr`` CSV and in the XLSX workbook, coded values
(``warehouse``, ``closure``, ``intake_and_letters``) are written as their labels in the export's language
(``Entrepôt``, ``Fermeture``), next to ``oui``/``non`` (``yes``/``no`` in English). The ``plain`` CSV, made
for programs, keeps the codes and ``true``/``false``.

Formula injection: spreadsheet programs run a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return as a formula (``=HYPERLINK(...)`` typed as a name, say). In a CSV such a *text* cell gets a
leading apostrophe, which spreadsheets show as text. Numbers, dates and booleans are written by us from
typed values, are never prefixed, and stay numbers. The prefix is reversible (:func:`unneutralise`): a text
that already starts with apostrophes before a dangerous character gets one more, so reading back gives
exactly what was typed. In an XLSX file the same cells are written as explicit text cells with Excel's own
"quote prefix" flag: the text is kept exactly, shown without an apostrophe, and never becomes a formula,
even when someone later edits the cell. (XLSX is XML: control characters it cannot hold are dropped, and
a carriage return is written as a line feed, as any XML reader would read it anyway.)

Both writers go through :mod:`clinic_app.export.atomic` (a reader never sees half a file), report
progress, and can be cancelled: a cancelled export leaves no file behind.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from clinic_app.export.atomic import atomic_binary, temp_beside
from clinic_app.export.columns import Column, ColumnType, ExportRecord, Profile
from clinic_app.export.errors import ExportCancelled
from clinic_app.export.labels import CODED_COLUMNS, value_label

#: Called with the number of rows written so far (every :data:`PROGRESS_EVERY` rows and at the end);
#: returning ``False`` cancels the export.
ProgressCallback = Callable[[int], bool | None]
PROGRESS_EVERY = 500

DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

#: Control characters an XLSX file cannot hold (XML 1.0); tab, line feed and carriage return are allowed.
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class Preset(StrEnum):
    EXCEL_FR = "excel-fr"
    PLAIN = "plain"


class Headers(StrEnum):
    NAMES = "names"  # stable column names (scripts)
    LABELS = "labels"  # the columns' labels in the export's language (people)


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


@dataclass(frozen=True, slots=True)
class CsvDialect:
    delimiter: str
    decimal: str
    bom: bool
    true: str
    false: str
    for_people: bool  # coded values as labels, booleans in the export's language

    @property
    def encoding(self) -> str:
        return "utf-8-sig" if self.bom else "utf-8"


DIALECTS: dict[Preset, CsvDialect] = {
    Preset.EXCEL_FR: CsvDialect(delimiter=";", decimal=",", bom=True, true="oui", false="non", for_people=True),
    Preset.PLAIN: CsvDialect(delimiter=",", decimal=".", bom=False, true="true", false="false", for_people=False),
}


def needs_neutralising(text: str) -> bool:
    """True when a spreadsheet could read ``text`` as a formula (apostrophes already in front included)."""
    rest = text.lstrip("'")
    return rest != "" and rest[0] in DANGEROUS_PREFIXES


def neutralise(text: str) -> str:
    """``text`` made safe for a CSV cell: one more leading apostrophe when it could start a formula."""
    return "'" + text if needs_neutralising(text) else text


def unneutralise(text: str) -> str:
    """The exact inverse of :func:`neutralise` (for reading our own files back)."""
    if text.startswith("'") and needs_neutralising(text[1:]):
        return text[1:]
    return text


_CHECK_FIRST = frozenset(DANGEROUS_PREFIXES) | {"'"}


def _text_cell(value: Any) -> str:
    """A text cell, neutralised (hot path of exports: most cells start with a harmless character)."""
    if value is None:
        return ""
    text = value if type(value) is str else str(value)
    if text and text[0] in _CHECK_FIRST:
        return neutralise(text)
    return text


def _utc_naive(value: dt.datetime) -> dt.datetime:
    """Spreadsheets have no time zones: timestamps are written in UTC (the column docs say so)."""
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


def _datetime_cell(value: dt.datetime | str | None) -> str:
    """A timestamp cell in UTC, to the second (hot path: storage reads timestamps back aware, in ``dt.UTC``, or
    gives SQLite's stored text, naive UTC "YYYY-MM-DD HH:MM:SS.ffffff", see ``CaseStore.iter_flat``)."""
    if value is None:
        return ""
    if type(value) is str:
        return value[:19]
    assert isinstance(value, dt.datetime)
    if value.tzinfo is dt.UTC:  # already UTC: drop the "+00:00" rather than convert (same text, 3x faster)
        return value.isoformat(" ", "seconds")[:19]
    return _utc_naive(value).isoformat(sep=" ", timespec="seconds")


#: distinct values a memoised coded column keeps (codes are a handful; the bound is only a safety net)
_MEMO_LIMIT = 1024


def _memoised(cell: Callable[[Any], str]) -> Callable[[Any], str]:
    """``cell`` for a coded column, each distinct value formatted once per export (labels are looked up in
    the translation tables, a handful of codes repeated on every row)."""
    memo: dict[Any, str] = {}

    def formatted(value: Any) -> str:
        if value is None:
            return ""
        try:
            return memo[value]
        except KeyError:
            text = cell(value)
            if len(memo) < _MEMO_LIMIT:
                memo[value] = text
            return text
        except TypeError:  # an unhashable value: formatted each time
            return cell(value)

    return formatted


def header_text(column: Column, headers: Headers | str, language: str) -> str:
    """The header of ``column``: its name or its label, with the time zone of a timestamp column."""
    text = column.label(language) if Headers(headers) is Headers.LABELS else column.name
    return f"{text} (UTC)" if column.type is ColumnType.DATETIME else text


def _for_people(column: Column, language: str) -> Callable[[Any], Any] | None:
    """For an export read by people: the function writing a coded column's values as labels, else None."""
    if column.name not in CODED_COLUMNS:
        return None
    return lambda v: v if v in (None, "") else value_label(str(v), language)


def _labelled_getter(get: Callable[[ExportRecord], Any], label: Callable[[Any], Any]) -> Callable[[ExportRecord], Any]:
    return lambda record: label(get(record))


_CENT = Decimal("0.01")


def _csv_formatter(column: Column, dialect: CsvDialect, language: str = "fr") -> Callable[[Any], str]:
    """The function that turns one value of ``column`` into CSV text (chosen once per export, for speed)."""
    kind = column.type
    labelled = _for_people(column, language) if dialect.for_people else None
    if labelled is not None:
        return _memoised(lambda v: neutralise(str(labelled(v))))
    if kind is ColumnType.TEXT:
        return _text_cell
    if kind is ColumnType.DATE:  # (text: as SQLite stores it, ISO already; see CaseStore.iter_flat)
        return lambda v: "" if v is None else v if type(v) is str else v.isoformat()
    if kind is ColumnType.DATETIME:
        return _datetime_cell
    if kind is ColumnType.BOOL:
        true, false = (dialect.true, dialect.false) if language != "en" or not dialect.for_people else ("yes", "no")
        return lambda v: "" if v is None else (true if v else false)
    if kind is ColumnType.INTEGER:
        return lambda v: "" if v is None else str(int(v))
    if kind is ColumnType.MONEY:  # always two decimals: 1234.50, never 1234.5
        sep = dialect.decimal
        return lambda v: "" if v is None else format(Decimal(v).quantize(_CENT), "f").replace(".", sep)
    if dialect.decimal == ".":
        return lambda v: "" if v is None else format(Decimal(v), "f")
    sep = dialect.decimal
    return lambda v: "" if v is None else format(Decimal(v), "f").replace(".", sep)


def csv_cell(column: Column, value: Any, dialect: CsvDialect, language: str = "fr") -> str:
    """One value as the text of a CSV cell under ``dialect``."""
    return _csv_formatter(column, dialect, language)(value)


class _Progress:
    """Calls the callback every :data:`PROGRESS_EVERY` rows; raises :class:`ExportCancelled` on False."""

    __slots__ = ("callback", "done")

    def __init__(self, callback: ProgressCallback | None) -> None:
        self.callback = callback
        self.done = 0

    def step(self) -> None:
        self.done += 1
        if self.callback is not None and self.done % PROGRESS_EVERY == 0 and self.callback(self.done) is False:
            raise ExportCancelled

    def finish(self) -> None:
        if self.callback is not None:
            self.callback(self.done)


def write_csv(path: str | os.PathLike[str], records: Iterable[ExportRecord], columns: Sequence[Column],
              preset: Preset | str = Preset.PLAIN, *, progress: ProgressCallback | None = None,
              language: str = "fr", headers: Headers | str = Headers.NAMES) -> int:
    """Write ``records`` as CSV with a header row (names or labels); returns the number of rows."""
    dialect = DIALECTS[Preset(preset)]
    pairs = [(c.get, _csv_formatter(c, dialect, language)) for c in columns]
    ticker = _Progress(progress)
    with atomic_binary(path) as raw:
        text = io.TextIOWrapper(raw, encoding=dialect.encoding, newline="")
        try:
            writer = csv.writer(text, delimiter=dialect.delimiter, lineterminator="\r\n")
            writer.writerow([header_text(c, headers, language) for c in columns])
            for record in records:
                writer.writerow([fmt(get(record)) for get, fmt in pairs])
                ticker.step()
            text.flush()
        finally:
            text.detach()  # leave the raw file to atomic_binary, which syncs and renames it (or removes it)
    ticker.finish()
    return ticker.done


def read_csv(path: str | os.PathLike[str], preset: Preset | str = Preset.PLAIN) -> list[dict[str, str]]:
    """Our CSV read back as dicts of text (apostrophes of neutralised cells removed)."""
    dialect = DIALECTS[Preset(preset)]
    with open(path, encoding=dialect.encoding, newline="") as fh:
        return [{k: unneutralise(v) for k, v in row.items()}
                for row in csv.DictReader(fh, delimiter=dialect.delimiter)]


#: Canadian dollars with the sign after the amount, as written in Quebec; Excel localises the separators.
MONEY_FORMAT = '#,##0.00\\ "$"'
NUMBER_FORMAT = "0.######"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
_FORMATS = {ColumnType.MONEY: MONEY_FORMAT, ColumnType.NUMBER: NUMBER_FORMAT, ColumnType.DATE: DATE_FORMAT,
            ColumnType.DATETIME: DATETIME_FORMAT}


#: Excel refuses a cell longer than this (characters); openpyxl writes it anyway and Excel cuts it silently.
XLSX_CELL_LIMIT = 32_767


@dataclass(slots=True)
class XlsxStats:
    """What an XLSX export had to change, for its report: text cells cut at Excel's cell limit."""

    cells_cut: int = 0


def cut_for_xlsx(text: str, language: str = "fr") -> str:
    """``text`` cut to Excel's cell limit, ending with a visible marker that says how much is missing."""
    for _ in range(2):  # the marker's own length depends on the number it states
        marker = _cut_marker(len(text), XLSX_CELL_LIMIT, language)
        keep = XLSX_CELL_LIMIT - len(marker)
        marker = _cut_marker(len(text), keep, language)
    return text[:keep] + marker


def _cut_marker(total: int, kept: int, language: str) -> str:
    missing = total - kept
    if language == "en":
        return f" [… cut here: {missing} more characters, see the database or a CSV export]"
    return f" [… coupé ici : {missing} caractères de plus, voir la base ou un export CSV]"


def write_xlsx(path: str | os.PathLike[str], records: Iterable[ExportRecord], columns: Sequence[Column],
               *, profile: Profile | str, language: str = "fr", headers: Headers | str = Headers.NAMES,
               progress: ProgressCallback | None = None, stats: XlsxStats | None = None) -> int:
    """Write ``records`` as a typed XLSX sheet: dates as dates, money as numbers in $, frozen header, filters.

    Written in openpyxl's write-only (streaming) mode, so 100,000 rows do not build a workbook in memory.
    The profile goes in the workbook's properties (keywords, subject and a custom ``export_profile``
    property), where File > Properties shows it. Returns the number of rows.
    """
    with temp_beside(Path(path)) as sheet_buffer:
        return _write_xlsx(path, sheet_buffer, records, columns, profile=Profile(profile), language=language,
                           headers=Headers(headers), progress=progress,
                           stats=stats if stats is not None else XlsxStats())


def _attach_sheet_buffer(ws: Any, buffer: Path) -> None:
    """Make openpyxl stream the sheet into ``buffer`` (beside the destination, registered, 0600) instead of
    a file of its own in the system temporary folder, where a killed export left every row in clear text."""
    from openpyxl.worksheet import _writer as sheet_writer

    ws._writer = sheet_writer.WorksheetWriter(ws, out=str(buffer))  # noqa: SLF001 - see ws._get_writer
    sheet_writer.ALL_TEMP_FILES.append(str(buffer))  # openpyxl's own cleanup after save removes it
    ws._writer.write_top()  # noqa: SLF001


def _write_xlsx(path: str | os.PathLike[str], sheet_buffer: Path, records: Iterable[ExportRecord],
                columns: Sequence[Column], *, profile: Profile, language: str, headers: Headers,
                progress: ProgressCallback | None, stats: XlsxStats) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.packaging.custom import StringProperty
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("cases" if language == "en" else "dossiers")
    ws.freeze_panes = "A2"
    for i, col in enumerate(columns, start=1):
        wide = col.type in (ColumnType.TEXT, ColumnType.DATETIME)
        ws.column_dimensions[get_column_letter(i)].width = 20 if wide else 13
    _attach_sheet_buffer(ws, sheet_buffer)
    bold = Font(bold=True)
    header = []
    for col in columns:
        cell = WriteOnlyCell(ws, value=header_text(col, headers, language))
        cell.font = bold
        header.append(cell)
    ws.append(header)

    def text_cell(value: Any) -> Any:
        # XML turns a carriage return into a line feed when read; say so by writing it that way.
        original = str(value)
        text = _XLSX_ILLEGAL.sub("", original).replace("\r\n", "\n").replace("\r", "\n")
        if text == "":
            return None
        if len(text) > XLSX_CELL_LIMIT:
            text = cut_for_xlsx(text, language)
            stats.cells_cut += 1
        if text[0] not in DANGEROUS_PREFIXES and original[0] not in DANGEROUS_PREFIXES:
            return text
        cell = WriteOnlyCell(ws, value=text)
        cell.data_type = "s"  # openpyxl would otherwise store "=..." as a formula
        cell.quotePrefix = True
        return cell

    def typed_cell(fmt: str) -> Callable[[Any], Any]:
        def make(value: Any) -> Any:
            if isinstance(value, dt.datetime):
                value = _utc_naive(value)
            cell = WriteOnlyCell(ws, value=value)
            cell.number_format = fmt
            return cell
        return make

    makers: list[tuple[Callable[[ExportRecord], Any], Callable[[Any], Any]]] = []
    for col in columns:
        labelled = _for_people(col, language)
        if labelled is not None:  # a workbook is read by people: coded values as labels
            makers.append((_labelled_getter(col.get, labelled), text_cell))
        elif col.type is ColumnType.TEXT:
            makers.append((col.get, text_cell))
        elif col.type in _FORMATS:
            makers.append((col.get, typed_cell(_FORMATS[col.type])))
        else:  # bool, integer: plain values
            makers.append((col.get, lambda v: v))
    ticker = _Progress(progress)
    try:
        for record in records:
            row = []
            for get, make in makers:
                value = get(record)
                row.append(None if value is None else make(value))
            ws.append(row)
            ticker.step()
    except BaseException:
        _discard_sheet_buffer(ws)
        raise
    if columns:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{ticker.done + 1}"
    props = wb.properties
    props.title = "Clinic Intake export"
    props.creator = "Clinic Intake"
    props.keywords = f"profile={profile.value}"
    props.subject = f"export profile: {profile.value}"
    props.description = f"Export profile / profil d'export: {profile.value}; rows / lignes: {ticker.done}"
    wb.custom_doc_props.append(StringProperty(name="export_profile", value=profile.value))
    with atomic_binary(path) as fh:
        wb.save(fh)
    ticker.finish()
    return ticker.done


def _discard_sheet_buffer(ws: Any) -> None:
    """Remove the temporary file openpyxl streams a write-only sheet into (it holds the rows so far).

    openpyxl removes it itself after a successful save, and at exit otherwise; a cancelled export should
    not leave personal data in the temporary folder until the program quits.
    """
    writer = getattr(ws, "_writer", None)
    if writer is None:
        return
    for step in (getattr(ws, "_rows", None), writer):  # the row stream first, then the file under it
        try:
            if step is not None:
                step.close()
        except (OSError, ValueError, RuntimeError, StopIteration):
            pass
    try:
        writer.cleanup()
    except (OSError, ValueError):  # best effort: openpyxl's atexit hook is the fallback
        pass


def xlsx_profile(path: str | os.PathLike[str]) -> str | None:
    """The export profile recorded in an XLSX file's properties (``None`` if it has none)."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    try:
        for prop in wb.custom_doc_props.props:
            if prop.name == "export_profile":
                return str(prop.value)
        return None
    finally:
        wb.close()
