"""The program's side of the AT-SPI test (``test_ui_atspi.py``): opens, one after the other, the views that
``atspi_walk.py`` inspects from outside, through the accessibility bus, as a screen reader would.

Run with the project's Python on a real X display (the offscreen platform exports nothing to AT-SPI), with
``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``: ``python atspi_app.py TESTS_UI_DIR LANG VIEW...``. A view is a window of
:mod:`ui_windows` ("letters": a case whose letters are refused, the reason shown), "letter shown" (the letters
window of the first case it can write a letter for), or a form with its sections ("warehouse form" shows every
section of a stored case's form in turn, then its review page; "new driver form" the same for a new case, in
guided mode). For each view it shows the window, puts the keyboard focus where a volunteer's starts (the section's
first field; the window's first control) and prints ``view <label>`` on stdout; it moves to the next view when a
line arrives on stdin, and prints ``done`` after the last one.

Why the windows are opened here and not with keys: which keys open what is tested elsewhere; this test is about
what an assistive technology can read and where Tab goes, and must not break when a menu changes.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QEventLoop, QSocketNotifier
from PySide6.QtWidgets import QApplication, QWidget

#: The screen size the walk runs at (Xvfb's screen): the clinic's common laptop
SIZE = (1366, 768)


def _settle(rounds: int = 10) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def _show(top: QWidget) -> None:
    if top.parent() is None:  # the main window: the whole screen, less a task bar
        top.resize(SIZE[0], SIZE[1] - 40)
    else:  # a dialog: the size it asks for, within the screen
        hint = top.sizeHint()
        top.resize(min(hint.width(), SIZE[0]), min(hint.height(), SIZE[1] - 40))
    top.show()
    top.raise_()
    top.activateWindow()
    _settle()


def views(d: Any, lang: str, names: list[str]) -> Iterator[tuple[str, QWidget]]:
    """Show each view in turn (``d``: a ``ui_windows.Demo``); yields (label, the top-level window shown) with the
    focus in place."""
    from ui_windows import windows

    builders = windows(lang)

    def new_case(kind: str) -> Any:  # a new case: guided mode, questions that do not apply hidden
        from clinic_app.domain.case import Case, CaseKind

        d.window._open_editor(Case.new(CaseKind(kind)), new=True)
        return d.window

    def letter_shown() -> Any:  # the letters window with a letter it can write (Print, Save as, Open enabled)
        from ui_windows import TODAY

        from clinic_app.ui.letter_preview import LetterPreviewDialog

        for case in d.cases:
            dialog = LetterPreviewDialog(d.store, case.uuid, d.window, ui_lang=lang, today=TODAY)
            if dialog.print_button.isEnabled():
                return dialog
            dialog.deleteLater()
        raise SystemExit("atspi-app: no demo case has a letter the program can write")

    builders["letter shown"] = lambda _d: letter_shown()
    builders["new driver form"] = lambda _d: new_case("driver")
    builders["new warehouse form"] = lambda _d: new_case("warehouse")
    for name in names:
        window = d.window
        for editor in list(window._editors.values()):
            editor._set_dirty(False)  # closing the tab must not ask about unsaved changes
        while window.tabs.count() > 1:
            window._close_tab(window.tabs.count() - 1)
        top = builders[name](d)
        _show(top)
        editor = window.tabs.currentWidget() if top is window else None
        if editor is not None and hasattr(editor, "pages"):
            for index in range(editor.stack.count()):  # the sections, then the review page
                editor.go_to_section(index)
                _settle()
                page = editor.stack.widget(index)
                title = getattr(page, "title", "") or f"page {index + 1}"
                yield f"{name} / {title}", top
        else:
            focus = top.focusWidget()
            if focus is None:
                top.focusNextChild()
            _settle()
            yield name, top
        if top is not window:
            top.close()
            _settle()


def _wait_for_line() -> bool:
    """Serve the accessibility bus (Qt answers it from its event loop) until a line arrives on stdin."""
    loop = QEventLoop()
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(loop.quit)
    loop.exec()
    notifier.setEnabled(False)
    return bool(sys.stdin.readline())


def main() -> int:
    sys.path.insert(0, sys.argv[1])  # tests/ui, for ui_windows
    lang, names = sys.argv[2], sys.argv[3:]
    from ui_windows import demo

    from clinic_app.ui.app import make_app
    from clinic_app.ui.i18n import install_translators

    app = make_app()
    keep = install_translators(app, lang)  # noqa: F841 - the translators must outlive the windows
    with demo(lang, count=20) as d:
        steps = views(d, lang, names)
        for label, _top in steps:
            _settle()
            print(f"view {label}", flush=True)
            if not _wait_for_line():  # the walker went away
                return 1
        print("done", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
