"""Smaller defects of issue 18 in the shell's dialogs: a wrong-passphrase message shown whole, a first-run error
that goes once the passphrase is retyped."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui


def test_wrong_passphrase_message_is_not_cut_off(qtbot: Any) -> None:
    from clinic_app.storage.errors import WrongPassphraseError
    from clinic_app.ui.passphrase_dialog import PassphraseDialog

    def opener(_p: str) -> Any:
        raise WrongPassphraseError()

    dialog = PassphraseDialog(opener, db_label="/home/clinique/données/dossiers.db", lang="en")
    qtbot.addWidget(dialog)
    dialog.resize(420, dialog.sizeHint().height())
    dialog.show()
    QApplication.processEvents()
    dialog.edit.setText("wrong one")
    dialog.try_open()
    QApplication.processEvents()
    error = dialog.error
    assert error.isVisible() and "Caps Lock" in error.text()
    assert error.height() >= error.heightForWidth(error.width())  # every wrapped line has its room
    assert error.geometry().bottom() <= dialog.rect().bottom()


def test_first_run_error_goes_once_the_passphrase_is_retyped(qtbot: Any) -> None:
    from clinic_app.ui.first_run import FirstRunDialog

    dialog = FirstRunDialog(ui_lang="en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pass1.setText("short")
    dialog.pass2.setText("short")
    dialog.accept()
    assert dialog.error.isVisible() and "at least" in dialog.error.text()
    dialog.pass1.setText("a long enough passphrase")
    assert not dialog.error.isVisible()


def test_typing_at_start_goes_to_the_search_box(qtbot: Any) -> None:
    """The window opens with the focus in the search box: a volunteer types a name without clicking first.

    The window is not shown here: showing it starts the after-paint work (reminder, figures refresh) on
    threads that this short test would race at its end (a real window was tried by hand)."""
    from ui_windows import demo

    with demo("en", 3) as d:
        window = d.window
        assert window.focusWidget() is window.search  # what gets the keys once the window is shown and active
        qtbot.keyClicks(window.focusWidget(), "Tremblay")
        assert window.search.text() == "Tremblay"
        qtbot.waitUntil(lambda: not window._debounce.isActive())  # the search ran while the store is open
        QApplication.processEvents()
