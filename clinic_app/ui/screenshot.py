"""Offscreen screenshots of the main screens with demo data (docs and the packaging smoke test).

Each screen is shown at 1366x768 (the small laptop screen the clinic uses) and grabbed to a PNG. With
``small=True`` (the command's ``--small``) the screen is 1280x720 at 150 % scaling instead, 853x480 logical pixels,
and the files are named ``*-small-<lang>.png``: what a volunteer sees on the smallest laptop the clinic has.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

SIZE = (1366, 768)
#: 1280x720 physical pixels at 150 % scaling, in logical pixels
SMALL_SCREEN, SMALL_SCALE = (1280, 720), 1.5
SMALL_SIZE = (round(SMALL_SCREEN[0] / SMALL_SCALE), round(SMALL_SCREEN[1] / SMALL_SCALE))


def small_screen_environment(folder: Path) -> dict[str, str]:
    """Environment variables that make Qt's offscreen platform a 1280x720 screen at 150 % (set before the
    QApplication exists); the screen description is written into ``folder``."""
    import json

    config = folder / "small-screen.json"
    config.write_text(json.dumps({"screens": [{"name": "small", "x": 0, "y": 0, "width": SMALL_SCREEN[0],
                                               "height": SMALL_SCREEN[1], "logicalDpi": 96, "dpr": 1}]}),
                      encoding="utf-8")
    return {"QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": str(SMALL_SCALE)}


def _grab(widget: QWidget, path: Path, size: tuple[int, int] = SIZE) -> Path:
    widget.resize(*size)
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return path


def take_screenshots(out: Path, *, lang: str = "fr", count: int = 300, small: bool = False) -> list[Path]:
    """Write the PNGs into ``out``; returns their paths. ``small``: the 1280x720-at-150 % set (the Qt
    environment of :func:`small_screen_environment` must be in place)."""
    from clinic_app.domain.case import CaseKind
    from clinic_app.domain.demo import generate_demo
    from clinic_app.storage import open_store
    from clinic_app.ui.app import make_app
    from clinic_app.ui.i18n import install_translators
    from clinic_app.ui.main_window import MainWindow
    from clinic_app.ui.settings import AppSettings
    from clinic_app.ui.settings_dialog import SettingsDialog

    app = make_app()
    translators = install_translators(app, lang)  # noqa: F841 - keep alive
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    size = SMALL_SIZE if small else SIZE
    tag = f"small-{lang}" if small else lang

    def grab(widget: QWidget, name: str, wanted: tuple[int, int] = size) -> Path:
        return _grab(widget, out / f"{name}-{tag}.png", (min(wanted[0], size[0]), min(wanted[1], size[1])))

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "demo.db", encrypted=False, create=True, actor="demo")
        try:
            import datetime as dt

            from clinic_app.domain.demo import DEMO_CLINIC

            ests, cases = generate_demo(count, seed=1, today=dt.date.today())
            store.save_clinic_profile(DEMO_CLINIC)
            for est in ests:
                store.save_establishment(est)
            stored = [store.create_case(c) for c in cases]
            settings = AppSettings(str(Path(tmp) / "settings.ini"))
            window = MainWindow(store, settings=settings, ui_lang=lang)
            written.append(grab(window, "main-window"))
            dialog = SettingsDialog(store, settings, parent=window)
            written.append(grab(dialog, "settings", (640, 560)))
            dialog.close()
            for kind in (CaseKind.WAREHOUSE, CaseKind.DRIVER):
                case = next(c for c in stored if c.kind == kind)
                window._open_editor(case, new=False)
                written.append(grab(window, f"{kind.value}-form"))
            from clinic_app.ui.summary_view import SummaryView

            window.tabs.setCurrentIndex(window.tabs.addTab(SummaryView(store, lang), "Summary"))
            written.append(grab(window, "summary"))
            try:
                import datetime as dt

                from clinic_app.domain.case_figures import case_figures
                from clinic_app.domain.letter_preflight import preflight
                from clinic_app.letters.kinds import LetterKind
                from clinic_app.ui.letter_preview import LetterPreviewDialog

                def demand_allowed(c: Any) -> bool:  # a case whose formal notice may be produced today
                    est = store.establishment_for(c)
                    return bool(case_figures(c, est).shortfall) and preflight(
                        c, est, LetterKind.DEMAND_DRIVER.value, dt.date.today()).allowed

                case = next(c for c in stored if c.kind == CaseKind.DRIVER and demand_allowed(c))
                preview = LetterPreviewDialog(store, case.uuid, window, ui_lang=lang)
                preview.resize(*size)
                preview.show()
                import time

                for _ in range(40):  # QPdfView renders pages in the background: let them arrive
                    QApplication.processEvents()
                    time.sleep(0.025)
                written.append(grab(preview, "letter-preview"))
                preview.close()
            except StopIteration:  # demo data without a driver case that has figures
                print("screenshot: no driver case with figures; letter preview skipped", file=sys.stderr)
            window.close()
        finally:
            store.close()
    return written
