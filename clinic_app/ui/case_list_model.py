"""Table model over ``store.list_page`` / ``store.count_cases``: pages of 200 rows fetched on demand.

Why this shape: with a million cases the view must open instantly, so rows are fetched lazily
(canFetchMore/fetchMore) and sorting/searching/filtering are pushed into SQL through ``CaseQuery`` (sort,
text, kinds, statuses, site); the model never sorts in Python. Each next page starts after the last row
shown (keyset paging: the store seeks the sort index there), so the thousandth page costs what the first
does. Counts stop at :data:`COUNT_CAP` ("more than 10,000 cases") and a search lists at most
:data:`SEARCH_CAP` matches: neither grows with the database. Changing the query resets the model and loads
the first page only.

At start-up the model may show the first page before there is a store (``store=None`` with ``first``, read by
``clinic_app.storage.opening.first_look`` without SQLAlchemy); :meth:`attach_store` then hands it the store
and keeps the same rows (no reset, so the selection and the scroll position stay). A query changed meanwhile
(a search typed, a header clicked) is remembered and loaded then (:meth:`reload_if_stale`).
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

if TYPE_CHECKING:
    from clinic_app.storage import CasePage, CaseQuery, CaseRow, CaseStore

PAGE = 200
#: the list's count stops here ("more than 10,000 cases"): an exact count reads every row (0.6 s at 1M)
COUNT_CAP = 10_000
#: a search lists at most this many matches, the most recent (the person types more to narrow it): finding
#: them costs about 10 microseconds each at 100k cases, so the cap bounds a keystroke's cost
SEARCH_CAP = 500
# (sort key in CaseQuery, header source text); the header is translated in the CaseListModel context.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("case_number", "Case"),
    ("name", "Name"),
    ("kind", "Kind"),
    ("site", "Site / company"),
    ("status", "Status"),
    ("amount_owed", "Amount owed"),
    ("shortfall", "Shortfall"),
    ("deadline", "Days left"),
)
DEADLINE_WARN_DAYS = 30
# the columns that show stored figures, and what they show while those are being recomputed
FIGURE_KEYS = ("amount_owed", "shortfall", "deadline")
UPDATING = "…"
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseListModel", text)


def _header_texts() -> list[str]:
    # Literal calls so lupdate sees every string.
    return [QCoreApplication.translate("CaseListModel", "Case"), QCoreApplication.translate("CaseListModel", "Name"),
            QCoreApplication.translate("CaseListModel", "Kind"),
            QCoreApplication.translate("CaseListModel", "Site / company"),
            QCoreApplication.translate("CaseListModel", "Status"),
            QCoreApplication.translate("CaseListModel", "Amount owed"),
            QCoreApplication.translate("CaseListModel", "Shortfall"),
            QCoreApplication.translate("CaseListModel", "Days left")]


class CaseListModel(QAbstractTableModel):
    """Rows are ``CaseRow``s from storage; ``query`` is a ``CaseQuery`` (offset/limit managed here)."""

    def __init__(self, store: CaseStore | None, query: CaseQuery, *, lang: str = "fr", today: date | None = None,
                 parent: Any = None, first: tuple[CasePage, int] | None = None) -> None:
        """``first``: the first page of ``query`` and its capped count, already read (start-up: see above)."""
        super().__init__(parent)
        self._store = store
        #: the query changed while there was no store: load it when the store arrives
        self._stale = False
        self._query = dataclasses.replace(query, offset=0, limit=PAGE, after=None, search_cap=SEARCH_CAP)
        self._lang = lang
        self._today = today or date.today()
        self._rows: list[Any] = []
        self._total = 0
        self._after: Any = None
        self._more_matches = False
        self._headers = _header_texts()
        if first is not None:
            page, total = first
            self._rows = list(page.rows)
            self._after = page.after
            self._total = total if page.after is not None else len(self._rows)
        else:
            self.reload()

    @property
    def store(self) -> CaseStore | None:
        return self._store

    def attach_store(self, store: CaseStore) -> None:
        """The store the first page was read without: the same rows stay (no reset: selection and scroll kept);
        a query changed meanwhile is loaded by :meth:`reload_if_stale`."""
        self._store = store

    def reload_if_stale(self) -> None:
        """Load the query that changed while there was no store (a search typed, a header clicked)."""
        if self._stale and self._store is not None:
            self._stale = False
            self.reload()

    # -- query -------------------------------------------------------------------------------------------
    @property
    def query(self) -> Any:
        return self._query

    def set_query(self, **changes: Any) -> None:
        """Replace fields of the query (text, kinds, statuses, site, sort, descending) and reload page 1."""
        query = dataclasses.replace(self._query, offset=0, limit=PAGE, after=None, **changes)
        if query == self._query and self._rows:
            return  # the same list (the header's first sort indicator, a filter set to what it was)
        self._query = query
        self.reload()

    def reload(self) -> None:
        """Count the matches (up to the cap) and fetch the first page (used after a save/delete too)."""
        if self._store is None:
            self._stale = True
            return
        self.beginResetModel()
        page = self._store.list_page(self._query)
        self._rows = list(page.rows)
        self._after = page.after
        self._more_matches = page.more
        if page.total is not None:
            self._total = page.total
        elif self._after is None:
            self._total = len(self._rows)
        else:
            self._total = self._store.count_cases(self._query, cap=COUNT_CAP)
        self.endResetModel()

    def refresh_figures(self) -> int:
        """Read again the rows shown as updating (their figures were being recomputed), in place: no reset,
        so the selection and the scroll position stay. Returns how many are still being updated."""
        stale = [i for i, r in enumerate(self._rows) if not r.figures_fresh]
        if not stale or self._store is None:  # (no store yet: the first page read before it, shown as is)
            return len(stale)
        fresh = self._store.case_rows([self._rows[i].uuid for i in stale])
        left = 0
        for i in stale:
            row = fresh.get(self._rows[i].uuid)
            if row is not None:
                self._rows[i] = row
            left += row is None or not row.figures_fresh
        first = min(COLUMNS.index(c) for c in COLUMNS if c[0] in FIGURE_KEYS)
        self.dataChanged.emit(self.index(stale[0], first), self.index(stale[-1], len(COLUMNS) - 1))
        return left

    def total(self) -> int:
        """Number of cases matching the query (all pages), at most ``COUNT_CAP + 1``: see :meth:`capped`."""
        return self._total

    def capped(self) -> bool:
        """More cases match than :meth:`total` says (the count stopped at :data:`COUNT_CAP`)."""
        return self._total > COUNT_CAP

    def more_matches(self) -> bool:
        """The search matched more than :data:`SEARCH_CAP` cases: only the most recent are listed."""
        return self._more_matches

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    # -- Qt model API ------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._after is not None and self._store is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self._after is None or self._store is None:
            return
        page = self._store.list_page(dataclasses.replace(self._query, after=self._after))
        self._after = page.after
        if not page.rows:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page.rows) - 1)
        self._rows.extend(page.rows)
        if self._after is None or len(self._rows) > self._total:
            self._total = len(self._rows) if self._after is None else max(self._total, len(self._rows))
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.set_query(sort=COLUMNS[column][0], descending=order == Qt.SortOrder.DescendingOrder)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.UserRole:
            return row.uuid
        if role == Qt.ItemDataRole.TextAlignmentRole and key in FIGURE_KEYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if key in FIGURE_KEYS and not row.figures_fresh:
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return QCoreApplication.translate("CaseListModel", "Being updated (the law tables or the site "
                                                                   "changed)")
            return None
        if key == "deadline" and row.deadline is not None:
            days = (row.deadline - self._today).days
            if role == Qt.ItemDataRole.ForegroundRole and days < 0:
                return QBrush(QColor("#b00020"))
            if role == Qt.ItemDataRole.BackgroundRole and 0 <= days <= DEADLINE_WARN_DAYS:
                return QBrush(QColor("#fff3c4"))
        return None

    def _display(self, row: CaseRow, key: str) -> str:
        if key == "case_number":
            return row.case_number
        if key == "name":
            return row.display_name
        if key == "kind":
            if str(row.kind) == "warehouse":
                return QCoreApplication.translate("CaseListModel", "Warehouse")
            return QCoreApplication.translate("CaseListModel", "Driver")
        if key == "site":
            return row.site_or_company
        if key == "status":
            return self._status_text(str(row.status))
        if key in FIGURE_KEYS and not row.figures_fresh:
            # being recomputed in the background: never the previous engine's (or site's) figure
            return UPDATING
        if key in ("amount_owed", "shortfall"):
            value = getattr(row, key)
            if value is None:
                return ""
            from clinic_app.domain.parsing import format_money

            return format_money(value, self._lang)
        if key == "deadline":
            if row.deadline is None:
                return ""
            days = (row.deadline - self._today).days
            if days < 0:  # said in words, never a bare negative number (the red only repeats it)
                return self.tr("passed %n day(s) ago", "", -days)
            if days == 0:
                return QCoreApplication.translate("CaseListModel", "last day today")
            return str(days)
        return ""

    @staticmethod
    def _status_text(status: str) -> str:
        texts = {"draft": QCoreApplication.translate("CaseListModel", "Draft"),
                 "intake_complete": QCoreApplication.translate("CaseListModel", "Intake complete"),
                 "reviewed": QCoreApplication.translate("CaseListModel", "Reviewed"),
                 "letter_sent": QCoreApplication.translate("CaseListModel", "Letter sent"),
                 "closed": QCoreApplication.translate("CaseListModel", "Closed")}
        return texts.get(status, status)
