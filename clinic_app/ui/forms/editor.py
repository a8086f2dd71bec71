"""The intake form of one case (warehouse worker or driver), with the live entitlement panel beside it.

What it guarantees, and how:

* **Nothing typed is lost.** Every user edit restarts a one-second timer that writes a draft into the
  (encrypted) database (:mod:`clinic_app.ui.drafts`); a crash or a kill leaves that draft, which the main window
  offers back on the next start and this editor puts back when it opens the case. Closing with unsaved changes
  asks (:meth:`CaseEditor.maybe_close`). A stale save (the case changed elsewhere) keeps the typed values and
  offers to reload the newer version underneath them.
* **An untouched field never blanks a stored value.** The editor remembers which dotted paths the volunteer
  edited and writes only those onto the case loaded from the store (:func:`~clinic_app.ui.forms.paths.apply_edits`).
* **Incomplete is normal.** Saving a case with missing facts (or without consent) keeps it a draft; only a value
  that cannot be read (a date like 31/02/2025) stops the save, with the message next to that field.
* **Rules stay in the domain.** Validation is :func:`~clinic_app.domain.validation.validate_case`, figures are
  :func:`~clinic_app.domain.case_figures.case_entitlements`; the editor shows their messages in the UI language.
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.case import Case, CaseKind, CaseStatus, Language, Note, utc_now
from clinic_app.domain.parsing import field_label
from clinic_app.domain.validation import CaseIssue, validate_case
from clinic_app.domain.warnings import intake_warnings
from clinic_app.errors import ClinicError
from clinic_app.services import cases
from clinic_app.ui import drafts
from clinic_app.ui.entitlement_panel import EntitlementPanel
from clinic_app.ui.forms import sections
from clinic_app.ui.forms.consent import ConsentBinding
from clinic_app.ui.forms.fields import ComboBinding
from clinic_app.ui.forms.guided import IntakeFlow
from clinic_app.ui.forms.page import FieldRow, FormPage
from clinic_app.ui.forms.paths import apply_edits, get_path
from clinic_app.ui.mnemonics import resolve, unique_in

if TYPE_CHECKING:
    from clinic_app.storage import CaseStore

log = logging.getLogger("clinic_app.ui.forms")
translate = QCoreApplication.translate

AUTOSAVE_MS = 1000
AUTOSAVE_MAX_MS = 5000
SITE_PATHS = ("warehouse.site_code", "driver.station_code")
# Validation paths without a widget of their own, shown under another field.
ISSUE_TARGET = {"work.weekly_wage": "work.weekly_wage"}


def _statuses() -> list[tuple[CaseStatus, str]]:
    return [(CaseStatus.DRAFT, translate("CaseForms", "Draft")),
            (CaseStatus.INTAKE_COMPLETE, translate("CaseForms", "Intake complete")),
            (CaseStatus.REVIEWED, translate("CaseForms", "Reviewed")),
            (CaseStatus.LETTER_SENT, translate("CaseForms", "Letter sent")),
            (CaseStatus.CLOSED, translate("CaseForms", "Closed"))]


@dataclass
class EditorState:
    """What an editor hands to its copy rebuilt in another interface language (:meth:`CaseEditor.carry_state`).

    Why a draft and not the widgets: a Qt widget keeps the texts it was built with, so a language change builds
    the editor again; what was typed goes across the same way it survives a crash (the drafts mechanism: the
    edited paths, the raw text of fields that do not parse yet, the note being typed), so both paths are one.
    """

    base: Case
    draft: drafts.Draft
    dirty: bool
    show_missing: bool
    section: int
    guided: bool
    focus_path: str | None = None
    #: the banner that holds a state, shown again in the new language: "restored", "stale", "unreadable" or ""
    banner: str = ""
    restored_draft: drafts.Draft | None = None


class CaseEditor(QWidget):
    """Form + entitlement panel for ``case``; see the module docstring for what it guarantees.

    Signals: ``saved(uuid)`` after a successful save, ``titleChanged(text)`` for the tab, ``dirtyChanged(bool)``,
    and ``openCaseRequested(uuid)`` when the volunteer chooses to open an existing duplicate instead.
    """

    saved = Signal(str)
    titleChanged = Signal(str)
    dirtyChanged = Signal(bool)
    openCaseRequested = Signal(str)
    #: a site's facts were saved from this form: the figures of its other cases are stale (recomputed in the
    #: background by the main window)
    establishmentSaved = Signal()

    def __init__(self, store: CaseStore, case: Case, *, ui_lang: str, actor: str, parent: QWidget | None = None,
                 today: dt.date | None = None, carried: EditorState | None = None) -> None:
        """``carried``: the state of this case's editor before a language change (``case`` is then its base)."""
        super().__init__(parent)
        self.store = store
        self.lang = "en" if (ui_lang or "").startswith("en") else "fr"
        self.actor = actor
        self._today = today
        self._base: Case = copy.deepcopy(carried.base if carried is not None else case)
        if self._is_new() and carried is None:  # a carried case keeps its interview language
            self._base.created_by = self._base.created_by or actor
            self._base.interview_language = Language(self.lang)
        self._edited: set[str] = set()
        self._extras: dict[str, Any] = {}
        self._rows: dict[str, FieldRow] = {}
        self._issues: list[CaseIssue] = []
        self._show_missing = not self._is_new()
        self._dirty = False
        self._title = ""
        self._est_key: tuple[Any, ...] | None = None
        self._site_cases: dict[str, int] = {}
        self._unreadable_banner = False
        self._est: Any = None
        self._restored_draft: drafts.Draft | None = None
        self._focus_path: str | None = None
        self._establishments = self._load_establishments()

        self._build()
        self.resolve_mnemonics(set())
        self._load_all(self._base)
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setSingleShot(True)
        self._autosave_timer.setInterval(AUTOSAVE_MS)
        self._autosave_timer.timeout.connect(self.autosave)
        self._pending_since = 0.0
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)  # coalesce the edits of one event-loop turn
        self._refresh_timer.timeout.connect(self.refresh)
        if carried is None:
            self._restore_draft()
            self.refresh()
        else:
            self._take_over(carried)

    # == building ===========================================================================================
    def _load_establishments(self) -> list[Any]:
        try:
            return list(self.store.list_establishments())
        except ClinicError:  # the form still works without the site list
            log.warning("could not list establishments", exc_info=False)
            return []

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)

        header = QHBoxLayout()
        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title_label.setFont(font)
        header.addWidget(self.title_label, 1)
        status_label = QLabel(translate("CaseForms", "Status:"), self)
        status_combo = QComboBox(self)
        self.status_binding = ComboBinding("status", status_combo, _statuses())
        status_label.setBuddy(status_combo)
        status_combo.setAccessibleName(translate("CaseForms", "Status"))
        # Only a click (or its own label's shortcut) reaches the status: typing a name must never land in it
        # (typing "C" once set a new case to Closed), and Tab goes from the form to Save without a stop here.
        status_combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        header.addWidget(status_label)
        header.addWidget(status_combo)
        self.save_button = QPushButton(translate("CaseForms", "&Save"), self)
        self.save_button.setToolTip(translate("CaseForms", "Save the case (Ctrl+S); an incomplete case is kept "
                                                           "as a draft"))
        self.save_button.clicked.connect(self.save)
        header.addWidget(self.save_button)
        outer.addLayout(header)

        self.banner = QFrame(self)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(6, 4, 6, 4)
        self.banner_label = QLabel(self.banner)
        self.banner_label.setWordWrap(True)
        self.banner_label.setTextFormat(Qt.TextFormat.PlainText)
        banner_row.addWidget(self.banner_label, 1)
        self.reload_button = QPushButton(translate("CaseForms", "&Reload the newer version"), self.banner)
        self.reload_button.clicked.connect(self.reload_from_store)
        banner_row.addWidget(self.reload_button)
        self.discard_restored_button = QPushButton(translate("CaseForms", "Discard the restored changes"),
                                                   self.banner)
        self.discard_restored_button.clicked.connect(self._discard_restored)
        banner_row.addWidget(self.discard_restored_button)
        self.banner.hide()
        outer.addWidget(self.banner)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.nav = QListWidget(splitter)
        self.nav.setAccessibleName(translate("CaseForms", "Sections of the form"))
        self.nav.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stack = QStackedWidget(splitter)
        self.panel = EntitlementPanel(ui_lang=self.lang, today=self._today, parent=splitter)
        self.panel.fieldRequested.connect(self.focus_field)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 1)
        # On a 1366-pixel laptop screen the figures need more room than the fields (four columns of them).
        splitter.setSizes([160, 560, 640])
        self.splitter = splitter
        self._sized = False
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter, 1)
        self.flow: IntakeFlow | None = None

        self.pages: list[FormPage] = []
        self._build_sections()
        self._section_counts: dict[str, int] = {}
        for page in self.pages:  # numbered by _relabel_sections: only the sections shown count
            self.stack.addWidget(page)
            self.nav.addItem(page.title)
        # Wide enough for the longest section title plus its number and its count of messages, never clipped.
        metrics = self.nav.fontMetrics()
        widest = max(metrics.horizontalAdvance(f"10. {p.title} (12)") for p in self.pages)
        # On a narrow window (125-150 % scaling) long titles wrap onto two lines instead.
        self.nav.setWordWrap(True)
        self.nav.setMinimumWidth(min(widest, 110) + 2 * self.nav.frameWidth() + 12)
        self.nav.setMaximumWidth(widest + 60)
        self._nav_width = widest + 2 * self.nav.frameWidth() + 12
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.currentRowChanged.connect(self._show_section)
        for path in SITE_PATHS:
            button = self._rows[path].binding.details_button if path in self._rows else None
            if button is not None:
                button.clicked.connect(self.edit_establishment)
        self.nav.setCurrentRow(0)

        self.status_binding.edited.connect(self._on_edited)
        self._rows["status"] = FieldRow(self.status_binding, status_label, QLabel(self), "")
        self.flow = IntakeFlow(self, guided=self._is_new())  # Next/Back, required marks, hidden questions, review
        self._relabel_sections()
        outer.addWidget(self.flow.bar)

        for keys, slot in ((QKeySequence("Ctrl+PgDown"), self.next_section),
                           (QKeySequence("Ctrl+PgUp"), self.previous_section),
                           (QKeySequence.StandardKey.Save, self.save)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def resolve_mnemonics(self, reserved: set[str]) -> None:
        """Alt letters unique on each page together with the header's (Save) and the ``reserved`` ones (the
        main window's menus): see :mod:`clinic_app.ui.mnemonics`."""
        always: list[QWidget] = [self.save_button, self.reload_button, self.discard_restored_button]
        if self.flow is not None:  # Next, Back and Guided mode show under every page
            always += [self.flow.next_button, self.flow.back_button, self.flow.guided_box]
        header = resolve(always, set(reserved))
        for index in range(self.stack.count()):  # the sections and the review page
            page = self.stack.widget(index)
            if page is not None:
                unique_in(page, header)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt name
        """First show: share the width out (section list as wide as its titles when it fits, then about 45 % for
        the form and the rest for the figures), whatever the screen and its scaling."""
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            total = max(self.width() - 16, 600)
            nav = min(self._nav_width, total // 6) if total < 1100 else self._nav_width
            form = (total - nav) * 45 // 100
            self.splitter.setSizes([nav, form, total - nav - form])
            # The volunteer types from the first key: the cursor starts in the section's first field (after a
            # language change, in the field it was in).
            QTimer.singleShot(0, self._first_focus)

    def _first_focus(self) -> None:
        if self._focus_path is not None and self._focus_path in self._rows:
            self.focus_field(self._focus_path)
        else:
            self.go_to_section(max(self.nav.currentRow(), 0))

    def _page(self, key: str, title: str) -> FormPage:
        page = FormPage(key, title, lang=self.lang, register=self._register, parent=self.stack)
        self.pages.append(page)
        return page

    def _build_sections(self) -> None:
        codes = [e.code for e in self._establishments if e.code]
        sections.build_person(self._page("person", translate("CaseForms", "Person")))
        consent_page = self._page("consent", translate("CaseForms", "Consent"))
        consent_page.group(translate("CaseForms", "Consent to read to the person"))
        self.consent = ConsentBinding("consent", actor=self.actor, ui_lang=self.lang, parent=consent_page.widget())
        consent_page.add(self.consent, None, full_width=True)
        consent_page.finish()
        self.control_summary: QLabel | None = None
        if self._base.kind is CaseKind.WAREHOUSE:
            sections.build_warehouse(self._page("work", translate("CaseForms", "Employment")), codes)
        else:
            sections.build_driver(self._page("work", translate("CaseForms", "Engagement")), codes)
            self.control_summary = sections.build_controls(
                self._page("controls", translate("CaseForms", "Control indicators")))
        self.computed_wage, self.wages_row = sections.build_pay(self._page("pay", translate("CaseForms", "Pay")))
        sections.build_notice(self._page("notice", translate("CaseForms", "Notice and payments")))
        sections.build_release(self._page("release", translate("CaseForms", "Release and steps taken")))
        sections.build_documents(self._page("documents", translate("CaseForms", "Documents seen")))
        self._build_evidence(self._page("evidence", translate("CaseForms", "Evidence")))
        self.earlier_notes, self.note_row = sections.build_notes(self._page("notes", translate("CaseForms", "Notes")))

    def _build_evidence(self, page: FormPage) -> None:
        """The attachments (own storage, not form fields): the panel saves each file as it is added."""
        from clinic_app.ui.forms.evidence import EvidencePanel

        self.evidence = EvidencePanel(self.store, self._base, ui_lang=self.lang, parent=page.widget())
        page.column.addWidget(self.evidence, 1)

        def first_focus() -> None:  # "Add files" once the case is saved; before, it is disabled: the list
            page.first_focus = self.evidence.add_button if self.evidence.add_button.isEnabled() else self.evidence.list

        def saved(_uuid: str) -> None:
            self.evidence.set_case(self._base)
            first_focus()

        first_focus()
        self.saved.connect(saved)

    def edit_establishment(self) -> bool:
        """Open the site's shared facts (counts, notice to the Minister); saved to the store on OK and linked."""
        from clinic_app.domain.case import Establishment
        from clinic_app.ui.forms.establishment import EstablishmentDialog

        case = self.case()
        site_path = "warehouse.site_code" if case.kind is CaseKind.WAREHOUSE else "driver.station_code"
        site = str(get_path(case, site_path) or "")
        est = self.establishment(case)
        if est is None:
            employer = (case.warehouse.employer_legal_name if case.warehouse is not None
                        else case.driver.client_name if case.driver is not None else "")
            est = Establishment(code=site, employer_legal_name=employer, jurisdiction=case.work.jurisdiction)
        dialog = EstablishmentDialog(est, ui_lang=self.lang, parent=self)
        if dialog.exec() != EstablishmentDialog.DialogCode.Accepted or dialog.result_establishment is None:
            return False
        try:
            saved = self.store.save_establishment(dialog.result_establishment)
        except ClinicError as exc:  # storage refused: a message; the case form is untouched
            detail = exc.message(self.lang)
            self._show_banner(translate("CaseForms", "The site was not saved: {0}.").format(detail), kind="error")
            self._establishments = self._load_establishments()  # a stale site: the next opening shows the stored one
            return False
        self._establishments = self._load_establishments()
        self.establishmentSaved.emit()
        self._extras["establishment_id"] = saved.id
        self._edited.add("establishment_id")
        if saved.code and saved.code != site:
            self._rows[site_path].binding.load(saved.code)
            self._edited.add(site_path)
        self._est_key = None
        self._set_dirty(True)
        self._schedule_autosave()
        self.refresh()
        return True

    def _register(self, row: FieldRow) -> None:
        self._rows[row.binding.path] = row
        row.binding.edited.connect(self._on_edited)
        edit = getattr(row.binding, "edit", None)
        if edit is not None and hasattr(edit, "editingFinished"):
            edit.editingFinished.connect(lambda p=row.binding.path: self._field_left(p))

    # == sections ===========================================================================================
    def _show_section(self, index: int) -> None:
        if 0 <= index < self.stack.count():  # the sections, then the review page
            self.stack.setCurrentIndex(index)

    def go_to_section(self, index: int) -> None:
        index = max(0, min(index, self.stack.count() - 1))
        self.nav.setCurrentRow(index)
        first = getattr(self.stack.widget(index), "first_focus", None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def next_section(self) -> None:
        """The next section that applies (the review page last)."""
        if self.flow is not None:
            self.flow.next()

    def previous_section(self) -> None:
        if self.flow is not None:
            self.flow.back()

    def current_section(self) -> str:
        return str(getattr(self.stack.currentWidget(), "key", ""))

    def focus_field(self, path: str) -> None:
        """Show the section holding ``path`` and put the cursor in that field."""
        row = self._rows.get(ISSUE_TARGET.get(path, path))
        if row is None:
            return
        for i, page in enumerate(self.pages):
            if page.key == row.section:
                self.nav.setCurrentRow(i)
                page.ensureWidgetVisible(row.binding.widget)
        row.binding.focus_widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # == loading and the working case ========================================================================
    def _load_all(self, case: Case, *, skip_edited: bool = False) -> None:
        """Show ``case`` in every field (fields the volunteer edited are left alone with ``skip_edited``)."""
        for path, row in self._rows.items():
            if skip_edited and path in self._edited:
                continue
            if path == "notes":
                row.binding.load("")
                continue
            row.binding.load(get_path(case, path))
            row.show_message("")
        if self._is_new() and not case.consent.given:
            worker = case.person.preferred_language
            self.consent.set_text_language(worker.value if worker in (Language.FR, Language.EN) else self.lang)
        self.earlier_notes.setPlainText("\n\n".join(
            f"{n.created_at.astimezone().strftime('%Y-%m-%d %H:%M')} — {n.author or '?'}\n{n.text}"
            for n in case.notes))

    def _is_new(self) -> bool:
        return self._base.version == 0 and not self._base.case_number

    def case(self) -> Case:
        """The case as the form stands: the loaded case with only the edited fields replaced."""
        edits: dict[str, Any] = {}
        for path in self._edited:
            if path == "notes":
                continue
            if path in self._extras:
                edits[path] = self._extras[path]
                continue
            binding = self._rows[path].binding
            if binding.error() is None:
                edits[path] = binding.current()
        out = apply_edits(self._base, edits)
        note = self.note_row.binding.current()
        if note:
            out.notes.append(Note(text=note, author=self.actor, created_at=utc_now()))
        return out

    def edited_paths(self) -> set[str]:
        return set(self._edited)

    def is_dirty(self) -> bool:
        return self._dirty

    # == edits ===============================================================================================
    def _on_edited(self, path: str) -> None:
        self._edited.add(path)
        if path == "person.preferred_language" and not self.consent.current().given:
            # The consent text is read in the worker's language (French otherwise: no Arabic text yet).
            worker = self._rows[path].binding.current()
            self.consent.set_text_language(worker.value if worker in (Language.FR, Language.EN) else self.lang)
        if path in SITE_PATHS:
            self._edited.add("establishment_id")
            self._extras["establishment_id"] = self._match_establishment(self._rows[path].binding.current())
        row = self._rows.get(path)
        if row is not None and row.text and row.binding.error() is None:
            row.show_message("")  # fixed: clear the message at once; new problems show when leaving the field
        if row is not None and isinstance(row.binding.error(), Exception) and path in (
                "work.recent_weekly_wages", "work.payments"):
            row.show_message(row.binding.error().message(self.lang))  # type: ignore[union-attr]
        self._set_dirty(True)
        self._schedule_autosave()
        self._refresh_timer.start()

    def _schedule_autosave(self) -> None:
        """Debounce: the draft is written AUTOSAVE_MS after the last keystroke, but a volunteer who types on
        without a pause still gets a draft at least every AUTOSAVE_MAX_MS (a kill loses at most that much)."""
        now = time.monotonic()
        if not self._autosave_timer.isActive():
            self._pending_since = now
        elif (now - self._pending_since) * 1000 >= AUTOSAVE_MAX_MS - AUTOSAVE_MS:
            return  # let the running timer fire
        self._autosave_timer.start()

    def _field_left(self, path: str) -> None:
        row = self._rows[path]
        row.binding.refresh()
        self._refresh_messages()

    def _match_establishment(self, code: Any) -> str | None:
        code = str(code or "").strip().casefold()
        for est in self._establishments:
            if est.code and est.code.casefold() == code:
                return str(est.id)
        return None

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    # == refresh: panel, validation, summaries ===============================================================
    def establishment(self, case: Case) -> Any:
        """The case's establishment through ``store.establishment_for`` (cached while its keys do not change)."""
        site = case.warehouse.site_code if case.warehouse else (case.driver.station_code if case.driver else "")
        key = (case.establishment_id, site, case.kind)
        if key != self._est_key:
            self._est_key = key
            try:
                self._est = self.store.establishment_for(case)
            except ClinicError:  # figures are still shown without the collective counts
                log.warning("establishment lookup failed", exc_info=False)
                self._est = None
        return self._est

    def _cases_at_site(self, est: Any) -> int | None:
        """How many cases are entered for ``est``'s site, this one included (counted once per site and save)."""
        if est is None or not est.code:
            return None
        if est.code not in self._site_cases:
            try:
                self._site_cases[est.code] = cases.cases_at_site(self.store, est.code)
            except ClinicError:  # the soft check is skipped, never the form
                return None
        stored = self._site_cases[est.code]
        counted = not self._is_new() and self._base.site_or_company.casefold() == est.code.casefold()
        return stored + (0 if counted else 1)

    def refresh(self) -> None:
        """Recompute the panel, the validation messages, the summaries and the title from the current form."""
        case = self.case()
        est = self.establishment(case)
        self.panel.update_case(case, est, intake_warnings(case, est, cases_at_site=self._cases_at_site(est)))
        self._issues = validate_case(case, est, today=self._today)
        self._refresh_messages()
        if self.flow is not None:
            self.flow.update(case, self._issues)
        self._refresh_summaries(case)
        self._refresh_title(case)

    def issues(self) -> list[CaseIssue]:
        return list(self._issues)

    def _refresh_messages(self) -> None:
        if self._unreadable_banner and not any(
                p in self._edited and r.binding.error() is not None for p, r in self._rows.items()):
            self._unreadable_banner = False  # the fields were corrected: the "Not saved" banner is no longer true
            self.banner.hide()
        by_path: dict[str, tuple[str, bool]] = {}
        for issue in self._issues:
            if issue.severity == "missing" and not self._show_missing:
                continue
            target = ISSUE_TARGET.get(issue.field, issue.field)
            if target in by_path and not by_path[target][1]:
                continue  # an error already shown wins over a missing fact
            by_path[target] = (self._issue_text(issue), issue.severity == "missing")
        counts: dict[str, int] = {}
        for path, row in self._rows.items():
            err = row.binding.error() if path in self._edited else None
            if err is not None:
                if self._parse_error_visible(row):
                    row.show_message(err.message(self.lang))
                # else: still typing in it; the line stays as it was until the field is left
            elif path in by_path:
                text, missing = by_path[path]
                if row.text or missing or not self._typing_in(row):
                    row.show_message(text, missing=missing)
                # else: a new complaint about the field being typed in ("nom@" is not an address yet) waits
                # until the field is left, like a parse error

            else:
                row.show_message("")
            if row.text:
                counts[row.section] = counts.get(row.section, 0) + 1
        self._section_counts = counts
        self._relabel_sections()

    def _relabel_sections(self) -> None:
        """Number the sections shown 1, 2, 3… without gaps (a section that does not apply, hidden, takes no
        number), each with its count of messages; guided mode's "Step k of n" counts the same way."""
        titles = [(p.key, p.title) for p in self.pages]
        if self.flow is not None:
            titles.append((self.flow.review.key, self.flow.review.title))
        number = 0
        for i, (key, title) in enumerate(titles):
            item = self.nav.item(i)
            if item is None:
                continue
            n = self._section_counts.get(key, 0)
            if not item.isHidden():
                number += 1
                title = f"{number}. {title}"
            label = title if n == 0 else f"{title} ({n})"
            if item.text() != label:
                item.setText(label)

    def section_title(self, index: int) -> str:
        """The numbered title of section ``index`` as the section list shows it (without its count)."""
        item = self.nav.item(index)
        n = self._section_counts.get(str(getattr(self.stack.widget(index), "key", "")), 0)
        text = item.text() if item is not None else ""
        return text.removesuffix(f" ({n})") if n else text

    @staticmethod
    def _typing_in(row: FieldRow) -> bool:
        return row.binding.focus_widget.hasFocus() and isinstance(row.binding.focus_widget, QLineEdit)

    def _parse_error_visible(self, row: FieldRow) -> bool:
        """A parse error shows once the volunteer left the field (or tried to save), not while typing."""
        focus = row.binding.focus_widget
        return not focus.hasFocus() or row.binding.path in ("work.recent_weekly_wages", "work.payments")

    def _field_name(self, row: FieldRow) -> str:
        """The field's name as the domain's messages say it (so the banner and the line under it agree), else
        the form's own translated label."""
        path = row.binding.path
        name = field_label(path, self.lang)
        if name == path.rsplit(".", 1)[-1] and row.label is not None:
            name = row.label.text().replace("&", "")
        return name

    def _issue_text(self, issue: CaseIssue) -> str:
        text = issue.message(self.lang)
        domain_label = field_label(issue.field, self.lang)
        row = self._rows.get(issue.field)
        if row is not None and row.label is not None and domain_label == issue.field.rsplit(".", 1)[-1]:
            # The domain has no label for this path: use the form's own (translated) label.
            text = row.label.text().replace("&", "") + text[len(domain_label):]
        return text

    def _refresh_summaries(self, case: Case) -> None:
        from clinic_app.domain.explain import money

        wage = case.work.effective_weekly_wage()
        if case.work.weekly_wage is None and wage is not None:
            text = translate("CaseForms", "Weekly wage used: hourly rate × hours = {0}").format(money(wage, self.lang))
        elif case.work.weekly_wage is not None and case.work.hourly_rate is not None:
            text = translate("CaseForms", "The weekly wage typed is used; the hourly rate is kept for the record.")
        else:
            text = translate("CaseForms", "Type the hourly rate and the hours, or the weekly wage.")
        if self.computed_wage.text() != text:
            self.computed_wage.setText(text)
        self.wages_row.binding.widget.setEnabled(case.work.wage_varies)
        if self.control_summary is not None and case.driver is not None:
            text = self._control_summary_text(case)
            if self.control_summary.text() != text:
                self.control_summary.setText(text)

    def _control_summary_text(self, case: Case) -> str:
        assert case.driver is not None
        controls = case.driver.controls
        found = controls.employee_indicators()
        asked = sum(get_path(case, p) is not None for p in sections.CONTROL_FIELDS)
        labels = sections.control_labels()
        if not found:
            text = translate("CaseForms", "No indicator of employee status recorded yet ({0} of {1} questions "
                                          "answered).").format(asked, len(sections.CONTROL_FIELDS))
        else:
            text = translate("CaseForms", "{0} of {1} indicators point to employee status ({2} answered): {3}.").format(
                len(found), len(sections.CONTROL_FIELDS), asked, ", ".join(labels[k] for k in found))
        if case.driver.classified_as_contractor:
            text += " " + translate("CaseForms", "Treated as a contractor: status disputed; the client company is "
                                                 "solidarily liable (LNT s. 95).")
        return text

    def _refresh_title(self, case: Case) -> None:
        if case.case_number:
            title = case.case_number
        elif case.kind is CaseKind.WAREHOUSE:
            title = translate("CaseForms", "New warehouse case")
        else:
            title = translate("CaseForms", "New driver case")
        if case.display_name:
            title = f"{title} — {case.display_name}"
        if title != self._title:
            self._title = title
            self.title_label.setText(title)
            self.titleChanged.emit(title)

    def title(self) -> str:
        return self._title

    # == drafts ==============================================================================================
    def _raw(self) -> dict[str, Any]:
        raw = {p: r.binding.raw() for p, r in self._rows.items() if p in self._edited and r.binding.raw() is not None}
        note = self.note_row.binding.current()
        if note:
            raw["notes"] = note
        return raw

    def autosave(self) -> bool:
        """Write the form as a draft into the database now (the debounce timer calls this)."""
        self._autosave_timer.stop()
        if not self._dirty:
            return False
        payload = drafts.draft_payload(self.case(), edited=sorted(self._edited), raw=self._raw(),
                                       new=self._is_new(), base_version=self._base.version)
        try:
            self.store.save_draft(self._base.uuid, payload)
        except ClinicError as exc:  # tell the volunteer; typing goes on
            log.warning("autosave failed (%s)", exc.code)
            self._show_banner(translate("CaseForms", "The draft could not be saved automatically: save the case "
                                                     "now."), kind="error")
            return False
        return True

    def _restore_draft(self) -> None:
        try:
            draft = drafts.load_draft(self.store, self._base.uuid)
        except ClinicError:  # the store could not be read: the form opens without the draft
            draft = None
        if draft is None:
            return
        self._restored_draft = draft
        self._apply_draft(draft)
        self._show_restored_banner(draft)

    def _apply_draft(self, draft: drafts.Draft) -> None:
        """Put ``draft``'s edits onto the form: parsed values, raw texts that do not parse yet, the note."""
        for path in draft.edited:
            row = self._rows.get(path)
            if path in draft.raw and row is not None:
                row.binding.restore_raw(draft.raw[path])
                continue
            value = get_path(draft.case, path)
            if path == "establishment_id":
                self._extras[path] = value
                self._edited.add(path)
            elif path == "notes":
                continue
            elif row is not None:
                row.binding.load(value)
                self._edited.add(path)
        if draft.raw.get("notes"):
            self._restore_note(str(draft.raw["notes"]))
        self._set_dirty(bool(self._edited))

    def _show_restored_banner(self, draft: drafts.Draft) -> None:
        when = draft.saved_at.astimezone().strftime("%Y-%m-%d %H:%M") if draft.saved_at else "?"
        self._show_banner(translate("CaseForms", "Unsaved changes typed until {0} were put back. Check them and "
                                                 "save.").format(when), kind="info", discard=True)

    def _restore_note(self, text: str) -> None:
        binding = self.note_row.binding
        binding.load(text)
        binding.refresh()
        self._edited.add("notes")

    def carry_state(self) -> EditorState:
        """Everything on this form a rebuilt copy needs (the language changed): nothing typed is lost.

        The draft is also written to the database first, so even a crash during the rebuild loses nothing.
        """
        self._commit_pending_input()
        self._refresh_timer.stop()
        if self._dirty:
            self.autosave()
        self._autosave_timer.stop()
        focus = QApplication.focusWidget()
        focus_path = next((p for p, r in self._rows.items() if focus is not None
                           and (r.binding.focus_widget is focus or r.binding.focus_widget.isAncestorOf(focus))),
                          None)
        if self.banner.isHidden():
            banner = ""
        elif self._unreadable_banner:
            banner = "unreadable"
        elif not self.reload_button.isHidden():
            banner = "stale"
        elif not self.discard_restored_button.isHidden():
            banner = "restored"
        else:
            banner = ""  # a passing notice ("Saved (…)") is not carried
        draft = drafts.Draft(key=self._base.uuid, case=self.case(), edited=tuple(sorted(self._edited)),
                             raw=self._raw(), new=self._is_new(), saved_at=dt.datetime.now(dt.UTC),
                             base_version=self._base.version)
        return EditorState(base=copy.deepcopy(self._base), draft=draft, dirty=self._dirty,
                           show_missing=self._show_missing, section=max(self.nav.currentRow(), 0),
                           guided=self.flow is not None and self.flow.guided, focus_path=focus_path,
                           banner=banner, restored_draft=self._restored_draft)

    def _take_over(self, state: EditorState) -> None:
        """The other side of :meth:`carry_state`: the typed values, the unsaved mark, the section, the mode."""
        self._show_missing = state.show_missing
        self._apply_draft(state.draft)
        self._restored_draft = state.restored_draft
        self._refresh_timer.stop()
        self._set_dirty(state.dirty)
        if not state.dirty:
            self._autosave_timer.stop()
        if self.flow is not None:
            self.flow.set_guided(state.guided)
        self.nav.setCurrentRow(state.section)
        self._focus_path = state.focus_path
        self.refresh()
        if state.banner == "restored" and state.restored_draft is not None:
            self._show_restored_banner(state.restored_draft)
        elif state.banner == "stale":
            self._show_stale_banner()
        elif state.banner == "unreadable":
            bad = [r for p, r in self._rows.items() if p in self._edited and r.binding.error() is not None]
            if bad:
                self._show_unreadable_banner(bad)

    def _discard_restored(self) -> None:
        if self._restored_draft is not None and self._restored_draft.new:
            fresh = Case.new(self._base.kind)
            fresh.uuid = self._base.uuid
            fresh.created_by, fresh.interview_language = self._base.created_by, self._base.interview_language
            self._base = fresh
        self._edited.clear()
        self._extras.clear()
        self._load_all(self._base)
        self._discard_draft()
        self._restored_draft = None
        self._set_dirty(False)
        self.banner.hide()
        self.refresh()

    def _discard_draft(self) -> None:
        try:
            self.store.discard_draft(self._base.uuid)
        except ClinicError:
            log.warning("could not discard draft", exc_info=False)

    # == saving ==============================================================================================
    def _commit_pending_input(self) -> None:
        """Commit a table cell still being edited and re-read every edited field before saving."""
        focus = QApplication.focusWidget()
        for row in self._rows.values():
            table = getattr(row.binding, "table", None)
            if (table is not None and table.state() == QAbstractItemView.State.EditingState
                    and focus is not None and focus is not table and table.isAncestorOf(focus)):
                # Ctrl+S while a cell is still being typed in: that cell's text counts.
                table.commitData(focus)
                table.closeEditor(focus, QAbstractItemDelegate.EndEditHint.NoHint)
        for path in list(self._edited):
            edited_row = self._rows.get(path)
            if edited_row is not None:
                edited_row.binding.refresh()

    def save(self) -> bool:
        """Save the case (create it on first save); returns True when stored. Incomplete cases stay drafts."""
        self._commit_pending_input()
        self._show_missing = True
        bad = [r for p, r in self._rows.items() if p in self._edited and r.binding.error() is not None]
        if bad:
            for row in bad:
                row.show_message(row.binding.error().message(self.lang))  # type: ignore[union-attr]
            self._show_unreadable_banner(bad)
            self.focus_field(bad[0].binding.path)
            self.refresh()
            return False
        case = self.case()
        check = cases.check_for_save(case, self.establishment(case), stored_status=self._base.status,
                                     today=self._today)
        case.status, issues = check.status, check.issues
        try:
            if self._is_new():
                rows = cases.possible_duplicates(self.store, case)
                if rows:
                    choice, uuid = self._ask_duplicates(case, rows)
                    if choice == "open" and uuid:
                        self.autosave()
                        self.openCaseRequested.emit(uuid)
                        return False
                    if choice != "save":
                        return False
                if not self._conflicts_cleared(case):
                    return False
            stored = cases.store_case(self.store, case, new=self._is_new())
        except ClinicError as exc:  # storage refused: a message; nothing typed is lost
            return self._save_failed(exc)
        self._after_save(stored, issues)
        return True

    def _show_unreadable_banner(self, bad: list[FieldRow]) -> None:
        names = ", ".join(self._field_name(r) for r in bad)
        self._show_banner(translate("CaseForms", "Not saved: these fields cannot be read yet: {0}. What you "
                                                 "typed is kept; correct them and save again.").format(names),
                          kind="error")
        self._unreadable_banner = True  # cleared once every field reads again (_refresh_messages)

    def _conflicts_cleared(self, case: Case) -> bool:
        """The conflict check before a first save: True to go on (nothing found, or cleared and recorded)."""
        from clinic_app.domain.conflicts import Decision
        from clinic_app.services import conflicts

        hits = conflicts.check_case(self.store, case)
        if not hits:
            return True
        decision = self._ask_conflicts(hits)
        if decision is None:
            return False
        conflicts.record_decision(self.store, case.uuid, decision, by=self.actor, hits=len(hits))
        if decision is Decision.REFER_OUT:
            self._show_banner(translate("CaseForms", "Not saved: referred out because of a conflict of interest "
                                                     "(decision recorded). What you typed is kept as a draft until "
                                                     "you close this tab."), kind="error")
            self.autosave()
            return False
        return True

    def _ask_conflicts(self, hits: list[Any]) -> Any:
        from clinic_app.ui.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(hits, ui_lang=self.lang, parent=self)
        dialog.exec()
        return dialog.decision

    def _ask_duplicates(self, case: Case, rows: list[Any]) -> tuple[str, str | None]:
        from clinic_app.ui.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self.store, case, self, rows=rows, for_save=True)
        dialog.exec()
        return dialog.choice, dialog.chosen_uuid

    def _save_failed(self, exc: ClinicError) -> bool:
        self.autosave()
        if exc.code == "stale_case":
            self._show_stale_banner()
            return False
        detail = exc.message(self.lang)
        log.warning("save failed (%s)", exc.code)
        self._show_banner(translate("CaseForms", "Not saved: {0}. What you typed is kept as a draft.").format(detail),
                          kind="error")
        return False

    def _show_stale_banner(self) -> None:
        self._show_banner(translate("CaseForms", "Not saved: this case was changed elsewhere (another window, "
                                                 "another volunteer or a merge) since you opened it. Reload the "
                                                 "newer version: what you typed is kept on top of it; then "
                                                 "check and save again."), kind="error", reload=True)

    def _after_save(self, stored: Case, issues: list[CaseIssue]) -> None:
        self._base = copy.deepcopy(stored)
        self._site_cases.clear()
        self._edited.clear()
        self._extras.clear()
        self._restored_draft = None
        self._load_all(self._base)
        self._discard_draft()
        self._set_dirty(False)
        self._est_key = None
        self.refresh()
        if stored.status is CaseStatus.DRAFT:
            missing = [field_label(i.field, self.lang) for i in issues]
            text = translate("CaseForms", "Saved as a draft ({0}): still missing or to correct: {1}.").format(
                stored.case_number, ", ".join(dict.fromkeys(missing)))
            self._show_banner(text, kind="info")
        else:
            self._show_banner(translate("CaseForms", "Saved ({0}).").format(stored.case_number), kind="ok")
        self.saved.emit(stored.uuid)

    def reload_from_store(self) -> None:
        """After a stale save: load the newer stored case under the fields the volunteer edited."""
        try:
            fresh = self.store.get_case(self._base.uuid)
        except ClinicError as exc:  # deleted meanwhile, or unreadable: said in the banner
            self._save_failed(exc)
            return
        self._base = copy.deepcopy(fresh)
        self._load_all(self._base, skip_edited=True)
        self._est_key = None
        self.refresh()
        self._show_banner(translate("CaseForms", "The newer version was loaded; your changes are kept on top of it. "
                                                 "Check them and save."), kind="info")

    # == closing =============================================================================================
    def maybe_close(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; True when the editor may close."""
        if not self._dirty:
            return True
        box = QMessageBox(QMessageBox.Icon.Question, translate("CaseForms", "Unsaved changes"),
                          translate("CaseForms", "This case has changes that are not saved. Save them?"),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self._autosave_timer.stop()
            self._discard_draft()
            self._set_dirty(False)
            return True
        return False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt name
        if self.maybe_close():
            event.accept()
        else:
            event.ignore()

    # == banner ==============================================================================================
    def _show_banner(self, text: str, *, kind: str, reload: bool = False, discard: bool = False) -> None:
        self._unreadable_banner = False
        styles = {"error": "background: #fde7e9; border: 1px solid #b00020;",
                  "info": "background: #e8f1fb; border: 1px solid #2b5797;",
                  "ok": "background: #e6f4ea; border: 1px solid #1e7b34;"}
        signs = {"error": "⚠", "info": "ℹ", "ok": "✔"}
        self.banner.setStyleSheet(
            f"QFrame {{{styles[kind]}}} QLabel {{border: none;}} "
            "QPushButton {background: white; border: 1px solid #555; border-radius: 3px; padding: 3px 10px;}")
        self.banner_label.setText(f"{signs[kind]} {text}")
        self.banner_label.setAccessibleName(text)
        self.reload_button.setVisible(reload)
        self.discard_restored_button.setVisible(discard)
        self.banner.show()

    def banner_text(self) -> str:
        """The banner's message ("" when hidden)."""
        return "" if self.banner.isHidden() else self.banner_label.text()


__all__ = ["AUTOSAVE_MAX_MS", "AUTOSAVE_MS", "CaseEditor", "EditorState"]
