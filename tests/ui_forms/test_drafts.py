"""Drafts: written into the database within about a second of the last keystroke, offered back after a kill.

The kill is real: a child process types into an editor, waits for the autosave and is killed with SIGKILL (no
close event, no atexit); this process then opens the same database file, as the program does on its next start.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from clinic_app.domain.case import Case, CaseKind
from clinic_app.ui import drafts
from clinic_app.ui.forms.editor import AUTOSAVE_MS

from .conftest import REPO, answer_next_modal, field, message, open_test_store, type_into

TODAY = dt.date(2025, 3, 1)

CHILD = textwrap.dedent("""
    import os, signal, sys, time
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from PySide6.QtTest import QTest
    app = QApplication([])
    from clinic_app.storage import open_store
    from clinic_app.domain.case import Case, CaseKind
    from clinic_app.ui.forms import CaseEditor
    store = open_store(Path(sys.argv[1]), encrypted=False, create=True, auto_backup=False, actor="Kim")
    editor = CaseEditor(store, Case.new(CaseKind.DRIVER), ui_lang="en", actor="Kim")
    editor.resize(1366, 768)
    editor.show()
    def typed(path, text):
        editor.focus_field(path)
        widget = editor._rows[path].binding.focus_widget
        widget.setFocus()
        QTest.keyClicks(widget, text)
    typed("person.given_name", "Omar")
    typed("person.family_name", "Khalil")
    typed("work.start_date", "31/02/20")  # half-typed, does not parse yet: kept as typed
    typed("work.weekly_wage", "875,50")
    deadline = time.monotonic() + 10
    while not store.load_drafts() and time.monotonic() < deadline:
        QTest.qWait(50)
    print("draft written" if store.load_drafts() else "no draft", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
""")


def test_autosave_writes_the_draft_into_the_database_within_a_second(qtbot: Any, store: Any,
                                                                     open_editor: Any) -> None:
    editor = open_editor(store, Case.new(CaseKind.WAREHOUSE), "fr", today=TODAY)
    assert AUTOSAVE_MS <= 1000
    type_into(qtbot, editor, "person.given_name", "Sofia", leave=False)
    assert store.load_drafts() == {}  # debounced: not on every keystroke
    qtbot.waitUntil(lambda: editor.case().uuid in store.load_drafts(), timeout=AUTOSAVE_MS + 800)
    saved = drafts.load_draft(store, editor.case().uuid)
    assert saved is not None and saved.case.person.given_name == "Sofia" and saved.new
    # Saving the case removes the draft: nothing left to offer back.
    assert editor.save()
    assert store.load_drafts() == {}


def test_draft_restored_after_the_process_is_killed(qtbot: Any, db_path: Path, open_editor: Any) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.run([sys.executable, "-c", CHILD, str(db_path)], capture_output=True, text=True, env=env,
                           timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr[-2000:]
    assert "draft written" in child.stdout

    store = open_test_store(db_path)  # the next start: the database opens, the draft is there
    try:
        pending = drafts.pending_drafts(store)
        assert len(pending) == 1
        assert "Omar Khalil" in drafts.describe(pending[0])
        case = drafts.case_to_reopen(store, pending[0])
        editor = open_editor(store, case, "en", today=TODAY)
        assert field(editor, "person.given_name").text() == "Omar"
        assert field(editor, "work.start_date").text() == "31/02/20"  # the unparsed text itself
        assert field(editor, "work.weekly_wage").text() == "$875.50"
        assert "put back" in editor.banner_text()
        assert editor.is_dirty()
        # The half-typed date is still flagged, naming the field, until it is corrected.
        assert not editor.save()
        assert "Start date" in message(editor, "work.start_date")
        type_into(qtbot, editor, "work.start_date", "2021-02-03")
        assert editor.save()
        stored = store.get_case(case.uuid)
        assert (stored.person.family_name, stored.work.start_date) == ("Khalil", dt.date(2021, 2, 3))
        assert store.load_drafts() == {}
    finally:
        store.close()


def test_main_window_offers_the_draft_on_the_next_start(qtbot: Any, store: Any, tmp_path: Path,
                                                        use_lang: Any) -> None:
    from clinic_app.ui.main_window import MainWindow
    from clinic_app.ui.settings import AppSettings

    use_lang("en")
    case = Case.new(CaseKind.WAREHOUSE)
    case.person.given_name = "Rania"
    store.save_draft(case.uuid, drafts.draft_payload(case, edited=["person.given_name"], raw={}, new=True,
                                                     base_version=0))

    def restore(dialog: Any) -> None:
        assert isinstance(dialog, drafts.DraftsDialog)
        assert "Rania" in dialog.list.item(0).text()
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    seen = answer_next_modal(qtbot, restore)
    window = MainWindow(store, settings=AppSettings(str(tmp_path / "s.ini")), ui_lang="en")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.tabs.count() == 2, timeout=5000)
    assert seen
    editor = window.tabs.widget(1)
    assert field(editor, "person.given_name").text() == "Rania"
    # a restored draft is not saved: its tab says so from the start (the dot, and words in the tooltip)
    assert window.tabs.tabText(1).endswith(" ●") and window.tabs.tabToolTip(1) == "Unsaved changes"
    editor._set_dirty(False)


def test_closing_with_unsaved_changes_asks(qtbot: Any, store: Any, open_editor: Any) -> None:
    editor = open_editor(store, Case.new(CaseKind.WAREHOUSE), "en", today=TODAY)
    type_into(qtbot, editor, "person.given_name", "Yara")
    editor.autosave()
    assert editor.case().uuid in store.load_drafts()

    def click(role: QMessageBox.StandardButton) -> Any:
        def act(box: Any) -> None:
            assert "not saved" in box.text()
            button = box.button(role)
            assert isinstance(button, QPushButton)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return act

    answer_next_modal(qtbot, click(QMessageBox.StandardButton.Cancel))
    assert editor.maybe_close() is False
    assert field(editor, "person.given_name").text() == "Yara"  # cancel: nothing lost
    answer_next_modal(qtbot, click(QMessageBox.StandardButton.Discard))
    assert editor.maybe_close() is True
    assert store.load_drafts() == {}  # discarded on purpose: not offered again


def test_unreadable_draft_never_stops_the_start(store: Any) -> None:
    store.save_draft("broken", "{not json")
    store.save_draft("other-format", json.dumps({"format": 99}))
    assert drafts.pending_drafts(store) == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_stored_case_draft_is_put_on_the_newer_stored_case(qtbot: Any, store: Any, open_editor: Any,
                                                           lang: str) -> None:
    """A draft of a stored case keeps only what was typed; fields saved elsewhere since then are not blanked."""
    case = Case.new(CaseKind.WAREHOUSE)
    case.person.given_name, case.person.family_name = "Ines", "Morin"
    stored = store.create_case(case)
    first = open_editor(store, stored, lang, today=TODAY)
    type_into(qtbot, first, "person.city", "Gatineau")
    first.autosave()
    first._set_dirty(False)
    first.close()
    newer = store.get_case(stored.uuid)
    newer.person.phone = "819-555-0100"
    store.save_case(newer)
    pending = drafts.pending_drafts(store)
    editor = open_editor(store, drafts.case_to_reopen(store, pending[0]), lang, today=TODAY)
    assert field(editor, "person.city").text() == "Gatineau"
    assert field(editor, "person.phone").text() == "819-555-0100"
    assert editor.save()
    final = store.get_case(stored.uuid)
    assert (final.person.city, final.person.phone) == ("Gatineau", "819-555-0100")


def test_typing_without_a_pause_still_autosaves(qtbot: Any, store: Any, open_editor: Any) -> None:
    """A keystroke every 300 ms never leaves the one-second pause, yet a draft is written within a few seconds."""
    from clinic_app.ui.forms.editor import AUTOSAVE_MAX_MS

    editor = open_editor(store, Case.new(CaseKind.WAREHOUSE), "en", today=TODAY)
    editor.focus_field("person.address_line")
    widget = field(editor, "person.address_line")
    widget.setFocus()
    key = editor.case().uuid
    for i in range(AUTOSAVE_MAX_MS // 300 + 4):
        qtbot.keyClick(widget, "abcdefghij"[i % 10])
        qtbot.wait(300)
        if key in store.load_drafts():
            break
    assert key in store.load_drafts()
    assert widget.hasFocus()  # the volunteer was still typing: no pause happened
