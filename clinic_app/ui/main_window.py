"""The main window: the case list (search, filters, lazy pages) and case editors in tabs.

A language chosen in Settings applies at once (:meth:`MainWindow.change_language`): the translators are
replaced, then the window rebuilds its menus, tool bar, list and tabs in place around the same store, carrying
over what is on screen (see that method for why a rebuild and not a re-translation of every widget).

Other areas' windows (CaseEditor, export dialogs, summary, letters, About) are imported lazily, inside the
method that opens them, so their heavy imports (ReportLab, openpyxl) never slow the start. They are imported
by name, not looked up by a module-name string: a module missing from an installer is an ``ImportError``
that the frozen smoke test and the type checker see, never a "not available in this version" message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenuBar,
    QMessageBox,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWhatsThis,
    QWidget,
)

from clinic_app.ui.fit import fit_to_screen
from clinic_app.ui.mnemonics import menu_letters, unique_in, unique_menus
from clinic_app.ui.settings import AppSettings

if TYPE_CHECKING:
    from clinic_app.storage import CaseStore, FirstLook
    from clinic_app.ui.case_list_model import CaseListModel

SEARCH_DEBOUNCE_MS = 200


class MainWindow(QMainWindow):
    """Case list + editor tabs. ``store`` may be None at first: ``attach_store`` fills the list later so the
    window paints before SQLAlchemy is imported (cold-start requirement). With ``first_look`` (the file opened
    and the list's first page read without SQLAlchemy, ``storage.opening``) the list shows that page at once.

    Until the store is attached, an action that needs it (open a case, a menu item, a double-click) is kept
    and run when the store arrives, with a busy cursor meanwhile; a search typed meanwhile is applied then.
    """

    storeAttached = Signal()  # noqa: N815 - Qt naming
    firstPainted = Signal()  # noqa: N815 - emitted once, after the window first reached the screen

    def __init__(self, store: CaseStore | None, *, settings: AppSettings, ui_lang: str,
                 first_look: FirstLook | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.ui_lang = ui_lang
        self.store: CaseStore | None = None
        self.model: CaseListModel | None = None
        self._painted = False
        self._store_failed = False
        #: actions asked for before the store was attached, run when it is (see the class docstring)
        self._pending: list[Callable[[], object]] = []
        self._editors: dict[str, QWidget] = {}
        self._actions: list[QAction] = []
        self._busy: dict[QLabel, str] = {}  # the status bar's "… running" labels and what each says
        self._reminder_count = 0
        fit_to_screen(self, 1366, 768)  # no fixed minimum: the list and the forms scroll on a small screen
        self._build()
        # A volunteer's first act is to look someone up: typing at once goes to the search box, not the table.
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.statusBar().showMessage(self.tr("Opening the database…"))
        geometry = settings.window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        if store is not None:
            self.attach_store(store)
        elif first_look is not None:
            self._show_first_page(first_look)

    # -- building ----------------------------------------------------------------------------------------
    def _build(self) -> None:
        """Everything that shows a text: title, tabs with the list page, actions, menus, tool bar."""
        self.setWindowTitle(self.tr("Clinic Intake"))
        self.tabs = QTabWidget()
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        # Qt gives the tab widget a place in the focus order (it hands the focus to its tab bar): named, so no
        # screen reader meets an unnamed control (tests/ui/test_ui_atspi.py).
        self.tabs.setAccessibleName(self.tr("Tabs"))
        self.tabs.tabCloseRequested.connect(self._close_tab)
        self.setCentralWidget(self.tabs)
        self.list_page = self._build_list_page()
        self.tabs.addTab(self.list_page, self.tr("Cases"))
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self._build_actions()

    def _build_list_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search: name, case number, phone, site or company"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search cases"))
        self._debounce = QTimer(page)  # goes with its page when the window is rebuilt
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._search_to_results)
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        down.activated.connect(self._search_to_results)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        bar.addWidget(search_label)
        bar.addWidget(self.search, 3)

        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All kinds"), "")
        self.kind_filter.addItem(self.tr("Warehouse"), "warehouse")
        self.kind_filter.addItem(self.tr("Driver"), "driver")
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), "")
        for value, text in (("draft", self.tr("Draft")), ("intake_complete", self.tr("Intake complete")),
                            ("reviewed", self.tr("Reviewed")), ("letter_sent", self.tr("Letter sent")),
                            ("closed", self.tr("Closed"))):
            self.status_filter.addItem(text, value)
        self.site_filter = QComboBox()
        self.site_filter.addItem(self.tr("All sites"), "")  # the sites themselves come from the database
        for combo, name in ((self.kind_filter, self.tr("Kind filter")),
                            (self.status_filter, self.tr("Status filter")),
                            (self.site_filter, self.tr("Site filter"))):
            combo.setAccessibleName(name)
            combo.currentIndexChanged.connect(self._apply_filters)
            bar.addWidget(combo)
        layout.addLayout(bar)

        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # batch letters
        self.table.setSortingEnabled(False)  # enabled once a model is attached (sorting is done in SQL)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Case list"))
        self.table.doubleClicked.connect(lambda _i: self._when_ready(self.open_selected))
        layout.addWidget(self.table)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        return page

    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None, *,
                needs_store: bool = True) -> QAction:
        action = QAction(text, self)
        self._actions.append(action)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if needs_store:
            action.triggered.connect(lambda _checked=False: self._when_ready(slot))
        else:
            action.triggered.connect(slot)
        return action

    def _when_ready(self, slot: Callable[[], object]) -> None:
        """Run ``slot`` now, or, while the database is still opening, when the store is attached (busy cursor
        and "Opening the database…" meanwhile): a click made in the first second is never lost."""
        if self.store is not None or self._store_failed:
            slot()
            return
        if not self._pending:
            from PySide6.QtWidgets import QApplication

            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self.statusBar().showMessage(self.tr("Opening the database…"))
        self._pending.append(slot)

    def _run_pending(self) -> None:
        """The store is attached: what was asked meanwhile, in order, on the rows it was asked on (the list did
        not change while waiting); then the search or sort typed meanwhile."""
        pending, self._pending = self._pending, []
        if pending:
            from PySide6.QtWidgets import QApplication

            QApplication.restoreOverrideCursor()
            self.statusBar().clearMessage()
        for slot in pending:
            slot()
        if self.model is not None:
            self.model.reload_if_stale()

    def store_failed(self) -> None:
        """The store could not be opened (the window is closing with a message): drop what waited for it."""
        self._store_failed = True
        if self._pending:
            from PySide6.QtWidgets import QApplication

            QApplication.restoreOverrideCursor()
            self._pending = []

    def _build_actions(self) -> None:
        StdKey = QKeySequence.StandardKey
        self.act_new_warehouse = self._action(self.tr("New &warehouse case"),
                                              lambda: self.new_case("warehouse"), "Ctrl+N")
        self.act_new_driver = self._action(self.tr("New &driver case"), lambda: self.new_case("driver"),
                                           "Ctrl+Shift+N")
        self.act_open = self._action(self.tr("&Open case"), self.open_selected, "Return")
        self.act_open.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.act_open)
        self.act_duplicates = self._action(self.tr("Check for &duplicates"), self.check_duplicates, "Ctrl+D")
        self.act_delete = self._action(self.tr("De&lete case…"), self.delete_selected, StdKey.Delete)
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.act_delete)
        self.act_find = self._action(self.tr("&Find"), self._focus_search, StdKey.Find, needs_store=False)
        self.act_close_tab = self._action(self.tr("&Close tab"), self._close_current_tab, "Ctrl+W",
                                          needs_store=False)
        self.act_settings = self._action(self.tr("&Settings…"), self.open_settings, "Ctrl+,")
        self.act_quit = self._action(self.tr("&Quit"), self.close, StdKey.Quit, needs_store=False)
        self.act_export = self._action(self.tr("&Export cases…"), self.open_export)
        self.act_bundle_out = self._action(self.tr("Send cases to another laptop…"), self.open_bundle_export)
        self.act_bundle_in = self._action(self.tr("Receive cases from another laptop…"), self.open_bundle_import)
        self.act_summary = self._action(self.tr("&Summary"), self.open_summary, "Ctrl+R")
        self.act_deadlines = self._action(self.tr("Dead&lines"), self.open_deadlines, "Ctrl+Shift+D")
        self.act_sites = self._action(self.tr("S&ites"), self.open_sites, "Ctrl+Shift+S")
        self.act_letters = self._action(self.tr("&Letters for this case…"), self.open_letters, "Ctrl+L")
        self.act_batch_letters = self._action(self.tr("Letters for the &selected cases…"), self.batch_letters)
        self.act_about = self._action(self.tr("&About"), self.open_about, needs_store=False)
        # No shortcut here: inside a form Shift+F1 already shows the focused field's help (guided.py)
        self.act_whats_this = self._action(self.tr("&What's this? (click a field)"), QWhatsThis.enterWhatsThisMode,
                                           needs_store=False)
        self.act_passphrase = self._action(self.tr("Change passphrase…"), self.open_passphrase)
        self.act_backups = self._action(self.tr("Backups…"), self.open_backups)
        self.act_check = self._action(self.tr("Check the database"), self.check_database)
        self.act_purge = self._action(self.tr("Erase old closed cases…"), self.open_purge)
        self.act_person_export = self._action(self.tr("Export everything about this person…"), self.export_person)

        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        for a in (self.act_new_warehouse, self.act_new_driver, None, self.act_export, self.act_bundle_out,
                  self.act_bundle_in, None, self.act_passphrase, self.act_backups, self.act_check, self.act_purge,
                  None,
                  self.act_settings, None, self.act_close_tab, self.act_quit):
            file_menu.addSeparator() if a is None else file_menu.addAction(a)
        file_menu.aboutToShow.connect(self._file_menu_shown)
        case_menu = menus.addMenu(self.tr("&Case"))
        for a in (self.act_open, self.act_duplicates, self.act_letters, self.act_batch_letters,
                  self.act_person_export, None, self.act_delete, None, self.act_find):
            case_menu.addSeparator() if a is None else case_menu.addAction(a)
        view_menu = menus.addMenu(self.tr("&View"))
        view_menu.addAction(self.act_summary)
        view_menu.addAction(self.act_deadlines)
        view_menu.addAction(self.act_sites)
        help_menu = menus.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_whats_this)
        help_menu.addAction(self.act_about)

        unique_menus(self)  # e.g. Affichage / Aide: both "A" in French
        unique_in(self.list_page, menu_letters(self))  # the list page's labels around the menus' letters
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        for a in (self.act_new_warehouse, self.act_new_driver, self.act_open, self.act_duplicates,
                  self.act_delete, self.act_summary):
            toolbar.addAction(a)

    def _file_menu_shown(self) -> None:
        self.act_passphrase.setEnabled(self.store is not None and bool(self.store.is_encrypted))
        checking = getattr(self, "_check_task", None)
        self.act_check.setEnabled(self.store is not None and self.store.path is not None
                                  and not (checking is not None and checking.running))

    # -- store and list ----------------------------------------------------------------------------------
    def paintEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        """The first paint starts the slow work (SQLAlchemy, the database): the window shows first."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.firstPainted.emit)

    def _attach_model(self, store: CaseStore) -> None:
        """A new list model on ``store`` (first page only) in the interface language, and the sites filter: the
        language switch rebuilds the list with it."""
        from clinic_app.storage import CaseQuery
        from clinic_app.ui.case_list_model import CaseListModel

        self._set_model(CaseListModel(store, CaseQuery(), lang=self.ui_lang, parent=self))
        self._update_count()
        self._fill_site_filter()

    def _show_first_page(self, look: FirstLook) -> None:
        """The list's first page read before the store exists: shown as the store's model would show it."""
        from clinic_app.storage import CaseQuery
        from clinic_app.ui.case_list_model import CaseListModel

        self._set_model(CaseListModel(None, CaseQuery(), lang=self.ui_lang, parent=self,
                                      first=(look.page, look.total)))
        self._update_count()

    def _set_model(self, model: CaseListModel) -> None:
        self.model = model
        model.modelReset.connect(self._update_count)
        model.rowsInserted.connect(lambda *_a: self._update_count())
        self.table.setModel(model)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # sorts by column 0 ascending: the query the model already has
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._fit_columns()
        self.table.viewport().installEventFilter(self)

    def attach_store(self, store: CaseStore) -> None:
        """Connect the opened store: build the list model (first page only), or hand the store to the one
        showing the first page already (same rows, selection kept), and enable the actions."""
        self.store = store
        if self.model is not None and self.model.store is None:
            self.model.attach_store(store)  # same rows; a query changed meanwhile is loaded by _run_pending
        else:
            from clinic_app.storage import CaseQuery
            from clinic_app.ui.case_list_model import CaseListModel

            self._set_model(CaseListModel(store, CaseQuery(), lang=self.ui_lang, parent=self))
            self._apply_filters()  # a search typed or a filter chosen before the store was there
        self._update_count()
        self.statusBar().clearMessage()
        self._fill_site_filter()
        self._show_encryption()
        self._show_backup_failure()
        self.storeAttached.emit()
        QTimer.singleShot(0, self._run_pending)
        # Work that reads the database behind the list waits for the first paint: on 2 shared cores a worker
        # thread started earlier delayed the painted list by seconds (the GIL, the page cache).
        for later in (self.start_automatic_backup, self._check_reminders, self.refresh_figures):
            if self._painted:
                QTimer.singleShot(0, later)
            else:
                self.firstPainted.connect(later, Qt.ConnectionType.SingleShotConnection)
        QTimer.singleShot(0, self.offer_unsaved_drafts)

    # the status bar's "Updating figures: x of y" while stale figures are recomputed in the background
    _figures_label: QLabel | None = None

    #: share of the list's width per column (case, name, kind, site, status, owed, shortfall, days left)
    COLUMN_WEIGHTS = (11, 22, 8, 11, 12, 11, 11, 10)
    MIN_NAME_WIDTH = 150

    def _fit_columns(self) -> None:
        """Share the list's width among the columns, the name never narrower than MIN_NAME_WIDTH (on a small
        screen at 150 % the fixed widths used to leave the name column a few pixels wide: it scrolls instead)."""
        width = self.table.viewport().width()
        total = sum(self.COLUMN_WEIGHTS)
        for column, weight in enumerate(self.COLUMN_WEIGHTS):
            share = width * weight // total
            self.table.setColumnWidth(column, max(share, self.MIN_NAME_WIDTH if column == 1 else 60))

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt name
        from PySide6.QtCore import QEvent

        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _check_reminders(self) -> None:
        """The start-up reminder: counted off the GUI thread, shown in the status bar with a link to the dashboard."""
        import datetime as dt

        from clinic_app.ui.deadlines_view import ReminderCheck

        if self.store is None:
            return
        self._reminder = ReminderCheck(self)
        self._reminder.found.connect(self._show_reminder)
        self._reminder.start(self.store, dt.date.today())

    def _show_reminder(self, count: int) -> None:
        self._reminder_count = count
        if count <= 0:
            return
        from clinic_app.domain.deadlines import REMINDER_DAYS
        from clinic_app.services.deadlines import REMINDER_CAP

        if count > REMINDER_CAP:
            text = self.tr("More than {0} cases have a deadline within {1} days: View > Deadlines.").format(
                REMINDER_CAP, REMINDER_DAYS)
        else:
            text = self.tr("%n case(s) have a deadline within {0} days: View > Deadlines.", "", count).format(
                REMINDER_DAYS)
        if getattr(self, "_reminder_label", None) is None:
            self._reminder_label = QLabel()
            self._reminder_label.setStyleSheet("font-weight: bold;")
            self.statusBar().addWidget(self._reminder_label)
        self._reminder_label.setText("⚠ " + text)
        self._reminder_label.setAccessibleName(text)

    def _fill_site_filter(self) -> None:
        """Sites and companies are data (the next closure brings its own): read them from the database."""
        current = self.site_filter.currentData() or ""
        self.site_filter.blockSignals(True)
        while self.site_filter.count() > 1:
            self.site_filter.removeItem(1)
        for site in self.store.site_choices() if self.store is not None else []:
            self.site_filter.addItem(site, site)
        index = self.site_filter.findData(current)
        self.site_filter.setCurrentIndex(max(index, 0))
        self.site_filter.blockSignals(False)

    # -- stale figures, recomputed in the background ---------------------------------------------------------
    def refresh_figures(self) -> None:
        """Recompute stale stored figures (after an update of the engine or the law tables, or an edit of a
        site) on a worker thread; the status bar counts them, the list and the Sites tab show them as updating
        meanwhile and are read again as batches land. Called after the first paint and after each site edit."""
        store = self.store
        if store is None:
            return
        refresher = getattr(self, "_figures", None)
        if refresher is not None and refresher.store is not store:  # another database was opened (a restore)
            refresher.stop()
            refresher = None
        if refresher is None:
            from clinic_app.ui.figures_refresh import FiguresRefresher

            refresher = self._figures = FiguresRefresher(store, self)
            refresher.progress.connect(self._figures_progress)
            refresher.finished.connect(self._figures_finished)
            refresher.failed.connect(self._figures_failed)
        refresher.kick()

    def _figures_label_text(self, done: int, total: int) -> str:
        def count(n: int) -> str:  # 4,857 / 4 857 (a narrow no-break space in French)
            return f"{n:,}".replace(",", "\u202f" if not self.ui_lang.startswith("en") else ",")

        return self.tr("Updating figures: {0} of {1}").format(count(done), count(total))

    def _figures_progress(self, done: int, total: int) -> None:
        label: QLabel | None = getattr(self, "_figures_label", None)
        text = self._figures_label_text(done, total)
        if label is None:
            label = self._figures_label = self._busy_label(text)
        label.setText(text)
        label.setAccessibleName(text)
        import time

        now = time.monotonic()
        if now - getattr(self, "_figures_shown_at", 0.0) >= 1.0:  # the views read again once a second at most
            self._figures_shown_at = now
            self._show_new_figures()

    def _show_new_figures(self) -> None:
        if self.model is not None:
            self.model.refresh_figures()
        for i in range(self.tabs.count()):
            updated = getattr(self.tabs.widget(i), "figures_updated", None)
            if updated is not None:
                updated()

    def _figures_finished(self) -> None:
        label: QLabel | None = getattr(self, "_figures_label", None)
        if label is not None:
            self.statusBar().removeWidget(label)
            label.deleteLater()
            self._figures_label = None
        self._show_new_figures()

    def _figures_failed(self, error: object) -> None:
        self._figures_finished()
        from clinic_app.errors import ClinicError

        message = error.message(self.ui_lang[:2]) if isinstance(error, ClinicError) else str(error)
        self.statusBar().showMessage(self.tr("Figures could not be updated: {0}").format(message), 15000)

    # -- background backup and check ------------------------------------------------------------------------
    def _busy_text(self, what: str) -> str:
        return self.tr("Backing up the database…") if what == "backup" else self.tr("Checking the database…")

    def _busy_label(self, what: str) -> QLabel:
        """A "… running" label in the status bar (``what``: backup or check), re-worded on a language change."""
        text = self._busy_text(what)
        label = QLabel(text)
        label.setAccessibleName(text)
        self.statusBar().addPermanentWidget(label)
        self._busy[label] = what
        return label

    def _drop_busy_label(self, label: QLabel) -> None:
        self._busy.pop(label, None)
        self.statusBar().removeWidget(label)
        label.deleteLater()

    def start_automatic_backup(self) -> None:
        """The daily backup (and one more if the last is over an hour old), verified, on a worker thread after
        the first paint: the status bar says it is running; typing and saving go on meanwhile (the copy reads
        a snapshot). A failure is said in the status bar and in Settings, in the user's language."""
        store = self.store
        if store is None or store.path is None or getattr(self, "_backup_task", None) is not None:
            return
        from clinic_app.storage import StorageError
        from clinic_app.ui.background import BackgroundTask

        task = BackgroundTask("automatic-backup", lambda exc: StorageError(
            "backup_failed", path=str(store.backup_dir), detail=type(exc).__name__), self)
        self._backup_task = task
        label = self._busy_label("backup")

        def finished(error: object) -> None:
            self._drop_busy_label(label)
            if error is not None and self.store is store:
                store.auto_backup_error = error  # type: ignore[assignment]
                self._show_backup_failure()

        task.done.connect(lambda _path: finished(None))
        task.failed.connect(finished)
        task.start(store.backup_if_due)

    def check_database(self) -> None:
        """File > Check the database: the whole file and the search index, on a worker thread."""
        store = self.store
        if store is None:
            return
        checking = getattr(self, "_check_task", None)
        if checking is not None and checking.running:
            return
        from clinic_app.storage import StorageError
        from clinic_app.ui.background import BackgroundTask

        task = BackgroundTask("check-database", lambda exc: StorageError(
            "io_error", path=str(store.path), detail=type(exc).__name__), self)
        self._check_task = task
        label = self._busy_label("check")

        def finished() -> None:
            self._drop_busy_label(label)

        def done(rebuilt: object) -> None:
            finished()
            text = (self.tr("The database is intact. Its search index was out of step and has been rebuilt.")
                    if rebuilt else self.tr("The database is intact."))
            self.statusBar().showMessage(text, 15000)
            QMessageBox.information(self, self.tr("Check the database"), text)

        def failed(error: object) -> None:
            finished()
            from clinic_app.ui.operations import show_error

            show_error(self, error, self.ui_lang, title=self.tr("Check the database"))  # type: ignore[arg-type]

        task.done.connect(done)
        task.failed.connect(failed)
        task.start(store.check_database)

    def _show_backup_failure(self) -> None:
        """A failed automatic backup is said in the status bar, in words, until a backup is made."""
        error = getattr(self.store, "auto_backup_error", None)
        if error is None:
            return
        text = self.tr("Automatic backup FAILED: {0} Back up from File > Backups… or Settings.").format(
            error.message(self.ui_lang))
        if getattr(self, "_backup_label", None) is None:
            self._backup_label = QLabel()
            self._backup_label.setStyleSheet("font-weight: bold;")
            self.statusBar().addWidget(self._backup_label)
        self._backup_label.setText("⚠ " + text)
        self._backup_label.setAccessibleName(text)

    def _show_encryption(self) -> None:
        """Issue 6 item 10: the status bar says, in words (not a colour), whether the data is encrypted."""
        if getattr(self, "_encryption_label", None) is None:
            self._encryption_label = QLabel()
            self.statusBar().addPermanentWidget(self._encryption_label)
        if self.store is None:
            return
        if self.store.is_encrypted:
            text = self.tr("Encrypted database")
        elif self.store.path is None:
            text = self.tr("Database on a server")
        else:
            text = self.tr("Database NOT encrypted")
        self._encryption_label.setText(text)
        self._encryption_label.setAccessibleName(text)

    def offer_unsaved_drafts(self) -> None:
        """After a crash or a kill, offer back the intake forms that were being typed (drafts in the database)."""
        try:
            from clinic_app.ui.drafts import offer_drafts
        except ImportError:
            return
        if self.store is None:
            return
        for case in offer_drafts(self, self.store):
            if case.uuid not in self._editors:
                self._open_editor(case, new=not case.case_number)

    def open_case(self, uuid: str) -> None:
        """Show the editor of case ``uuid`` (its tab if already open)."""
        if self.store is None:
            return
        if uuid in self._editors:
            self.tabs.setCurrentWidget(self._editors[uuid])
            return
        self._open_editor(self.store.get_case(uuid), new=False)

    def _apply_filters(self) -> None:
        if self.model is None:
            return
        from clinic_app.domain.case import CaseKind, CaseStatus

        kind = self.kind_filter.currentData()
        status = self.status_filter.currentData()
        self.model.set_query(
            text=self.search.text().strip(),
            kinds=(CaseKind(kind),) if kind else (),
            statuses=(CaseStatus(status),) if status else (),
            site=self.site_filter.currentData() or "",
        )

    def _update_count(self) -> None:
        if self.model is None:
            return
        from clinic_app.ui.case_list_model import COUNT_CAP, SEARCH_CAP

        if self.model.more_matches():
            text = self.tr("More than %n matches: the most recent are listed; type more to narrow the search.",
                           "", SEARCH_CAP)
        elif self.model.capped():
            text = self.tr("More than %n case(s)", "", COUNT_CAP)
        else:
            text = self.tr("%n case(s)", "", self.model.total())
        self.count_label.setText(text)

    def selected_uuid(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or self.model is None:
            return None
        uuid = self.model.data(self.model.index(index.row(), 0), Qt.ItemDataRole.UserRole)
        return str(uuid) if uuid else None

    def selected_uuids(self) -> list[str]:
        """Every selected case, in list order (the batch of letters)."""
        if self.model is None:
            return []
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [u for u in (self.model.data(self.model.index(r, 0), Qt.ItemDataRole.UserRole) for r in rows) if u]

    def _search_to_results(self) -> None:
        """Enter or Down in the search box: apply the search now and go to the first result (Enter opens it)."""
        self._debounce.stop()
        self._apply_filters()
        if self.model is not None and self.model.rowCount() > 0:
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.table.selectRow(0)
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    # -- actions -----------------------------------------------------------------------------------------
    def _run_dialog(self, dialog: QDialog) -> None:
        """Run a modal data dialog, then re-read the list (the dialog may have changed cases)."""
        dialog.exec()
        if self.model is not None:
            self.model.reload()

    def open_export(self) -> None:
        if self.store is not None:
            from clinic_app.ui.export_dialogs import ExportDialog

            self._run_dialog(ExportDialog(self.store, self))

    def open_bundle_export(self) -> None:
        if self.store is not None:
            from clinic_app.ui.export_dialogs import BundleExportDialog

            self._run_dialog(BundleExportDialog(self.store, self))

    def open_bundle_import(self) -> None:
        if self.store is not None:
            from clinic_app.ui.export_dialogs import BundleImportDialog

            self._run_dialog(BundleImportDialog(self.store, self))
            self.refresh_figures()  # the sites the merge replaced: their cases' figures are stale

    def open_about(self) -> None:
        from clinic_app.ui.about_dialog import AboutDialog

        self._run_dialog(AboutDialog(self))

    def open_passphrase(self) -> None:
        if self.store is not None:
            from clinic_app.ui.data_dialogs import ChangePassphraseDialog

            self._run_dialog(ChangePassphraseDialog(self.store, self))

    def open_backups(self) -> None:
        if self.store is not None:
            from clinic_app.ui.data_dialogs import BackupDialog

            self._run_dialog(BackupDialog(self.store, self))

    def open_purge(self) -> None:
        if self.store is not None:
            from clinic_app.ui.data_dialogs import PurgeDialog

            self._run_dialog(PurgeDialog(self.store, self))

    def export_person(self) -> None:
        uuid = self.selected_uuid()
        if self.store is not None and uuid is not None:
            from clinic_app.ui.data_dialogs import export_person_data

            export_person_data(self, self.store, uuid)

    def new_case(self, kind: str) -> None:
        if self.store is None:
            return
        from clinic_app.domain.case import Case, CaseKind

        self._open_editor(Case.new(CaseKind(kind)), new=True)

    def open_selected(self) -> None:
        uuid = self.selected_uuid()
        if uuid is None or self.store is None:
            return
        if uuid in self._editors:
            self.tabs.setCurrentWidget(self._editors[uuid])
            return
        self._open_editor(self.store.get_case(uuid), new=False)

    def _open_editor(self, case: Any, *, new: bool, carried: Any = None) -> None:
        """A tab with the editor of ``case``; ``carried``: the typed state of its editor before a language change."""
        from clinic_app.ui.forms import CaseEditor

        assert self.store is not None
        editor = CaseEditor(self.store, case, ui_lang=self.ui_lang, actor=self.settings.volunteer_name,
                            carried=carried)
        editor.resolve_mnemonics(menu_letters(self))  # Alt+F stays File, never Family name
        key = case.uuid
        self._editors[key] = editor
        title = case.case_number or (self.tr("New warehouse case") if str(case.kind) == "warehouse"
                                     else self.tr("New driver case"))
        if carried is not None and editor.title():  # the name typed is in it, as before the language change
            title = editor.title()
        index = self.tabs.addTab(editor, title)
        self.tabs.setCurrentIndex(index)
        editor.saved.connect(self._after_save)
        if hasattr(editor, "establishmentSaved"):
            editor.establishmentSaved.connect(self.refresh_figures)
        editor.titleChanged.connect(lambda text, w=editor: self._set_tab_title(w, text))
        editor.dirtyChanged.connect(lambda dirty, w=editor: self._mark_unsaved(w, dirty))
        self._mark_unsaved(editor, editor.is_dirty())  # a restored draft is unsaved from the start
        if hasattr(editor, "openCaseRequested"):  # the volunteer chose an existing duplicate instead
            editor.openCaseRequested.connect(self.open_case)

    def _after_save(self, _uuid: str) -> None:
        if self.model is not None:
            self.model.reload()
            self._fill_site_filter()  # a new site typed in a case appears in the filter

    _UNSAVED = " ●"  # a dot after the title (and the word in the tooltip): unsaved changes

    def _set_tab_title(self, editor: QWidget, text: str) -> None:
        index = self.tabs.indexOf(editor)
        dirty = self.tabs.tabText(index).endswith(self._UNSAVED)
        self.tabs.setTabText(index, text + (self._UNSAVED if dirty else ""))

    def _mark_unsaved(self, editor: QWidget, dirty: bool) -> None:
        """Tabs show which cases hold unsaved changes: a dot, and words in the tooltip (not colour alone)."""
        index = self.tabs.indexOf(editor)
        if index < 0:
            return
        title = self.tabs.tabText(index).removesuffix(self._UNSAVED)
        self.tabs.setTabText(index, title + (self._UNSAVED if dirty else ""))
        self.tabs.setTabToolTip(index, self.tr("Unsaved changes") if dirty else "")

    def _close_tab(self, index: int) -> bool:
        if index == 0:
            return True
        editor = self.tabs.widget(index)
        if editor is None:
            return True
        maybe_close = getattr(editor, "maybe_close", None)  # an editor asks before losing typed values
        if maybe_close is not None and not maybe_close():
            return False
        for key, widget in list(self._editors.items()):
            if widget is editor:
                del self._editors[key]
        self.tabs.removeTab(index)
        editor.deleteLater()
        return True

    def _close_current_tab(self) -> None:
        self._close_tab(self.tabs.currentIndex())

    def check_duplicates(self) -> None:
        uuid = self.selected_uuid()
        if uuid is None or self.store is None:
            return
        case = self.store.get_case(uuid)
        from clinic_app.ui.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self.store, case, parent=self)
        dialog.exec()
        if dialog.choice == "open" and dialog.chosen_uuid:
            self.open_case(dialog.chosen_uuid)

    def delete_selected(self) -> None:
        uuid = self.selected_uuid()
        if uuid is None or self.store is None or self.model is None:
            return
        row = self.model.row_at(self.table.currentIndex().row())
        answer = QMessageBox.question(
            self, self.tr("Delete case"),
            self.tr("Delete case {0} ({1})? It is hidden from the list and removed for good at the end of the "
                    "retention period.").format(row.case_number, row.display_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.store.delete_case(uuid)
        self.model.reload()
        self.statusBar().showMessage(self.tr("Case {0} deleted.").format(row.case_number), 5000)

    VIEW_PROPERTY = "clinic_view"  # which view a tab holds (summary, deadlines, sites): reopened on a rebuild

    def _add_view(self, view: QWidget, kind: str, title: str, *, show: bool) -> None:
        view.setProperty(self.VIEW_PROPERTY, kind)
        unique_in(view, menu_letters(self))
        index = self.tabs.addTab(view, title)
        if show:
            self.tabs.setCurrentIndex(index)

    def open_summary(self, *, show: bool = True) -> None:
        if self.store is None:
            return
        from clinic_app.ui.summary_view import SummaryView

        self._add_view(SummaryView(self.store, self.ui_lang), "summary", self.tr("Summary"), show=show)

    def case_on_screen(self) -> str | None:
        """The case the user is looking at: the one in the current editor tab (once saved), or on the list tab
        the selected row. Never a row selected in the hidden list while another tab is showing."""
        widget = self.tabs.currentWidget()
        for uuid, editor in self._editors.items():
            if editor is widget:
                case = getattr(editor, "case", None)  # a CaseEditor; the dict is typed by its base class
                saved = case is not None and bool(case().case_number)
                return uuid if saved else None  # a new case has no letters before its first save
        return self.selected_uuid() if self.tabs.currentIndex() == 0 else None

    def open_deadlines(self, *, show: bool = True) -> None:
        if self.store is None:
            return
        from clinic_app.ui.deadlines_view import DeadlinesView

        view = DeadlinesView(self.store, self.ui_lang)
        view.openCaseRequested.connect(self.open_case)
        self._add_view(view, "deadlines", self.tr("Deadlines"), show=show)
        view.refresh()

    def open_sites(self, *, show: bool = True) -> None:
        if self.store is None:
            return
        from clinic_app.ui.sites_view import SitesView

        view = SitesView(self.store, self.ui_lang)
        view.figuresStale.connect(self.refresh_figures)
        self._add_view(view, "sites", self.tr("Sites"), show=show)

    def open_letters(self) -> None:
        uuid = self.case_on_screen()
        if self.store is None:
            return
        if uuid is None:
            self.statusBar().showMessage(self.tr("Open or select a saved case to write its letters."), 5000)
            return
        from clinic_app.ui.letter_preview import LetterPreviewDialog

        LetterPreviewDialog(self.store, uuid, self).exec()

    def batch_letters(self) -> None:
        uuids = self.selected_uuids()
        if not uuids or self.store is None:
            return
        from clinic_app.ui.letter_preview import run_batch_letters

        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the letters"))
        if folder:
            run_batch_letters(self, self.store, uuids, Path(folder), ui_lang=self.ui_lang)

    def open_settings(self) -> None:
        from clinic_app.ui.settings_dialog import SettingsDialog

        accepted = SettingsDialog(self.store, self.settings, parent=self).exec() == QDialog.DialogCode.Accepted
        if accepted and self.settings.ui_lang != self.ui_lang:
            self.change_language(self.settings.ui_lang)

    # -- language ----------------------------------------------------------------------------------------
    def change_language(self, lang: str) -> None:
        """Show the program in ``lang`` now: every text of this window, its tabs and the status bar.

        Why a rebuild and not ``changeEvent(LanguageChange)`` in every widget: the widgets set their texts in
        their constructors (menus, forms, panels, views: thousands of lines), and a retranslate method beside
        each would be a second copy of every label that drifts from the first. Building them again with the new
        translators reuses the one code path that is tested in both languages. The window object, its store and
        its geometry stay; what is on screen is carried over: the search, filters and sort of the list, its
        selected case, every open tab in its order (each case editor with what was typed and not saved, its
        unsaved mark, section, mode and banner, through the drafts mechanism), and the current tab. The
        texts from the services and the domain (panel explanations, messages) follow ``ui_lang``, which the
        rebuilt parts read. Modal dialogs are closed at this point (Settings is one); there are no other
        windows to re-translate.
        """
        lang = "en" if lang.startswith("en") else "fr"
        if lang == self.ui_lang:
            return
        from PySide6.QtCore import QCoreApplication

        from clinic_app.ui.i18n import set_language

        # 1. What is on screen, before anything is taken down (each editor also writes its draft now).
        tabs: list[tuple[str, Any]] = []
        for index in range(1, self.tabs.count()):
            widget = self.tabs.widget(index)
            carry = getattr(widget, "carry_state", None)
            if carry is not None:
                tabs.append(("editor", carry()))
            elif widget is not None and widget.property(self.VIEW_PROPERTY):
                tabs.append((str(widget.property(self.VIEW_PROPERTY)), None))
        current = self.tabs.currentIndex()
        list_focus = self.search.hasFocus()
        search = self.search.text()
        filters = [c.currentData() for c in (self.kind_filter, self.status_filter, self.site_filter)]
        header = self.table.horizontalHeader()
        sort = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        selected = self.selected_uuid()

        # 2. The translators.
        app = QCoreApplication.instance()
        if app is not None:
            set_language(app, lang)
        self.ui_lang = lang

        # 3. Take down what shows texts: actions (their shortcuts would clash), tool bars, menus, tabs.
        self._debounce.stop()
        for action in self._actions:
            action.setShortcut(QKeySequence())
            action.deleteLater()
        self._actions = []
        for toolbar in self.findChildren(QToolBar):
            self.removeToolBar(toolbar)
            toolbar.deleteLater()
        self.setMenuBar(QMenuBar(self))  # the old one is deleted by Qt once control returns to the loop
        old_model = self.model
        self.model = None
        self._editors = {}
        self._build()  # setCentralWidget: the old tabs, editors included, are deleted later by Qt
        if old_model is not None:
            old_model.deleteLater()

        # 4. Put back what was on screen.
        if self.store is not None:
            self._attach_model(self.store)
            for combo, value in zip((self.kind_filter, self.status_filter, self.site_filter), filters, strict=True):
                combo.blockSignals(True)
                combo.setCurrentIndex(max(combo.findData(value), 0))
                combo.blockSignals(False)
            self.search.blockSignals(True)
            self.search.setText(search)
            self.search.blockSignals(False)
            self._apply_filters()
            self.table.horizontalHeader().setSortIndicator(*sort)
            self._select(selected)
            for kind, state in tabs:
                if kind == "editor":
                    self._open_editor(state.base, new=not state.base.case_number, carried=state)
                else:
                    {"summary": self.open_summary, "deadlines": self.open_deadlines,
                     "sites": self.open_sites}[kind](show=False)
        self.tabs.setCurrentIndex(min(current, self.tabs.count() - 1))
        if self.tabs.currentIndex() == 0:
            (self.search if list_focus else self.table).setFocus(Qt.FocusReason.OtherFocusReason)
        self._retranslate_status_bar()

    def _select(self, uuid: str | None) -> None:
        """Select ``uuid``'s row when it is among the rows loaded (the list is read a page at a time)."""
        if uuid is None or self.model is None:
            return
        for row in range(self.model.rowCount()):
            if self.model.data(self.model.index(row, 0), Qt.ItemDataRole.UserRole) == uuid:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.model.index(row, 0))
                return

    def _retranslate_status_bar(self) -> None:
        """The status bar stays (background tasks hold its labels): its words are said again in the new language."""
        self.statusBar().clearMessage()  # a passing message in the old language is dropped
        self._show_encryption()
        self._show_backup_failure()
        if self._reminder_count > 0:
            self._show_reminder(self._reminder_count)
        for label, what in self._busy.items():
            text = self._busy_text(what)
            label.setText(text)
            label.setAccessibleName(text)

    # -- closing -----------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt name
        while self.tabs.count() > 1:
            if not self._close_tab(self.tabs.count() - 1):
                event.ignore()
                return
        self.settings.window_geometry = self.saveGeometry()
        self.settings.sync()
        reminder = getattr(self, "_reminder", None)
        if reminder is not None:
            reminder.stop()  # before the store is closed under the thread's feet
        figures = getattr(self, "_figures", None)
        if figures is not None:
            figures.stop()  # after its batch under way (a few tenths of a second); the rest waits for next time
        event.accept()

