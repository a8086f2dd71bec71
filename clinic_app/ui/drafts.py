"""Autosaved drafts of the intake form, and offering them back after a crash or a kill.

Why inside the database (``store.save_draft``), never a file: a draft holds everything the volunteer typed,
immigration status and wages included; the database is encrypted, a draft file beside it would not be.

A draft's payload is JSON: the form's current case (``domain.case_json``), the dotted paths the volunteer
edited (only those are put back onto the stored case, so a draft never blanks a field edited elsewhere in the
meantime), the raw text of fields that did not parse yet (a half-typed date is not lost), whether the case was
ever saved, and when the draft was written.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.domain.case import Case
from clinic_app.domain.case_json import case_from_dict, case_to_dict
from clinic_app.errors import ClinicError
from clinic_app.ui.fit import fit_to_screen

if TYPE_CHECKING:
    from clinic_app.storage import CaseStore

log = logging.getLogger("clinic_app.ui.drafts")
translate = QCoreApplication.translate

DRAFT_FORMAT = 1


@dataclass
class Draft:
    """One unsaved form: the case as typed, which paths were edited, raw unparsed texts, when it was written."""

    key: str
    case: Case
    edited: tuple[str, ...] = ()
    raw: dict[str, Any] = field(default_factory=dict)
    new: bool = True
    saved_at: dt.datetime | None = None
    base_version: int = 0


def draft_payload(case: Case, *, edited: list[str] | tuple[str, ...], raw: dict[str, Any], new: bool,
                  base_version: int) -> str:
    """The JSON kept in the database for an unsaved form."""
    return json.dumps({
        "format": DRAFT_FORMAT,
        "case": case_to_dict(case),
        "edited": sorted(edited),
        "raw": raw,
        "new": new,
        "base_version": base_version,
        "saved_at": dt.datetime.now(dt.UTC).isoformat(),
    }, ensure_ascii=False)


def parse_draft(key: str, payload: str) -> Draft | None:
    """The draft in ``payload``, or None when it cannot be read (logged by key only, never its content)."""
    try:
        data = json.loads(payload)
        if not isinstance(data, dict) or data.get("format") != DRAFT_FORMAT:
            raise ValueError("unknown draft format")
        case = case_from_dict(data["case"])
        saved_at = dt.datetime.fromisoformat(data["saved_at"]) if data.get("saved_at") else None
        raw = data.get("raw") or {}
        return Draft(key=key, case=case, edited=tuple(str(p) for p in data.get("edited") or ()),
                     raw=dict(raw) if isinstance(raw, dict) else {}, new=bool(data.get("new", True)),
                     saved_at=saved_at, base_version=int(data.get("base_version") or 0))
    except (ClinicError, ValueError, TypeError, KeyError, AttributeError) as exc:
        # A broken draft (not JSON, an old format, a bad field) must never stop the program from opening.
        log.warning("draft %s unreadable (%s)", key, type(exc).__name__)
        return None


def load_draft(store: CaseStore, key: str) -> Draft | None:
    """The draft kept for ``key`` (a case uuid), if any."""
    payload = store.load_drafts().get(key)
    return parse_draft(key, payload) if payload is not None else None


def pending_drafts(store: CaseStore) -> list[Draft]:
    """Every readable draft in ``store``, newest first (what a crash or a kill left behind)."""
    out = [d for key, payload in store.load_drafts().items() if (d := parse_draft(key, payload)) is not None]
    out.sort(key=lambda d: d.saved_at or dt.datetime.min.replace(tzinfo=dt.UTC), reverse=True)
    return out


def describe(draft: Draft) -> str:
    """One line for the list: who, which form, case number or "new", when."""
    name = draft.case.display_name or translate("Drafts", "(no name yet)")
    kind = (translate("Drafts", "warehouse worker") if str(draft.case.kind) == "warehouse"
            else translate("Drafts", "driver"))
    number = draft.case.case_number or translate("Drafts", "new case")
    when = draft.saved_at.astimezone().strftime("%Y-%m-%d %H:%M") if draft.saved_at else "?"
    return translate("Drafts", "{0} — {1}, {2} — typed until {3}").format(name, kind, number, when)


def case_to_reopen(store: CaseStore, draft: Draft) -> Case:
    """The case an editor should open for ``draft``: the stored one (the editor puts the draft's edits back on
    top), or the draft's own case when it was never saved or the stored one is gone."""
    if not draft.new:
        try:
            return store.get_case(draft.key)
        except ClinicError:  # CaseNotFoundError: deleted meanwhile; reopen it as a new case
            log.info("draft %s: stored case missing, reopened as new", draft.key)
            case = draft.case
            case.version = 0
            return case
    return draft.case


class DraftsDialog(QDialog):
    """Lists the unsaved drafts; Restore opens the checked ones, Discard deletes them, Later keeps them."""

    def __init__(self, drafts: list[Draft], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Drafts", "Unsaved intake forms"))
        self.drafts = drafts
        layout = QVBoxLayout(self)
        intro = QLabel(translate("Drafts", "These forms were being typed when the program last stopped and were "
                                           "not saved. Restore them to continue where you left off."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("Drafts", "Unsaved forms"))
        for d in drafts:
            item = QListWidgetItem(describe(d), self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(translate("Drafts", "&Restore"), self)
        self.discard_button = QPushButton(translate("Drafts", "&Discard"), self)
        self.later_button = QPushButton(translate("Drafts", "&Later"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        self.restore_button.setDefault(True)
        self.choice = "later"
        self.restore_button.clicked.connect(lambda: self._finish("restore"))
        self.discard_button.clicked.connect(self._discard)
        self.later_button.clicked.connect(lambda: self._finish("later"))
        fit_to_screen(self, 620, 320)

    def checked(self) -> list[Draft]:
        return [d for i, d in enumerate(self.drafts)
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _discard(self) -> None:
        answer = QMessageBox.question(
            self, translate("Drafts", "Discard drafts"),
            translate("Drafts", "Discard the checked forms? What was typed in them will be lost."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Discard:
            self._finish("discard")

    def _finish(self, choice: str) -> None:
        self.choice = choice
        if choice == "later":
            self.reject()
        else:
            self.accept()


def offer_drafts(parent: QWidget | None, store: CaseStore) -> list[Case]:
    """Ask what to do with unsaved drafts; returns the cases to open in editors (each editor restores its draft).

    Discarded drafts are deleted from the database; "Later" keeps them for the next start. With no draft,
    nothing is shown and the list is empty.
    """
    drafts = pending_drafts(store)
    if not drafts:
        return []
    dialog = DraftsDialog(drafts, parent)
    dialog.exec()
    chosen = dialog.checked()
    if dialog.choice == "discard":
        for d in chosen:
            store.discard_draft(d.key)
        return []
    if dialog.choice == "restore":
        return [case_to_reopen(store, d) for d in chosen]
    return []
