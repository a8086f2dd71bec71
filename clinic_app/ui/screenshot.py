"""Offscreen screenshots of the main screens with demo data (docs and the packaging smoke test).

Each screen is shown at 1366x768 (the small laptop screen the clinic uses) and grabbed to a PNG: the case list,
settings, both forms, the summary, the deadline dashboard, the Sites tab and the letters window.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

SIZE = (1366, 768)


def _grab(widget: QWidget, path: Path, size: tuple[int, int] = SIZE) -> Path:
    widget.resize(*size)
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return path


def take_screenshots(out: Path, *, lang: str = "fr", count: int = 300) -> list[Path]:
    """Write the PNGs into ``out``; returns their paths."""
    from clinic_app.domain.case import CaseKind
    from clinic_app.domain.demo import generate_demo
    from clinic_app.storage import open_store
    from clinic_app.ui.app import make_app
    from clinic_app.ui.i18n import install_translators
    from clinic_app.ui.main_window import MainWindow
    from clinic_app.ui.settings import AppSettings
    from clinic_app.ui.settings_dialog import SettingsDialog
    from clinic_app.ui.sites_view import SitesView

    app = make_app()
    translators = install_translators(app, lang)  # noqa: F841 - keep alive
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
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
            written.append(_grab(window, out / f"main-window-{lang}.png"))
            dialog = SettingsDialog(store, settings, parent=window)
            written.append(_grab(dialog, out / f"settings-{lang}.png", (640, 560)))
            dialog.close()
            for kind in (CaseKind.WAREHOUSE, CaseKind.DRIVER):
                case = next(c for c in stored if c.kind == kind)
                window._open_editor(case, new=False)
                written.append(_grab(window, out / f"{kind.value}-form-{lang}.png"))
            window.open_summary()
            written.append(_grab(window, out / f"summary-{lang}.png"))
            window.open_deadlines()
            written.append(_grab(window, out / f"deadlines-{lang}.png"))
            window.open_sites()
            sites = window.tabs.currentWidget()
            if isinstance(sites, SitesView):
                codes = [e.code for e in sites.establishments]
                if "DXT4" in codes:  # the unionised site: every fact of the view filled in
                    sites.table.selectRow(codes.index("DXT4"))
            written.append(_grab(window, out / f"sites-{lang}.png"))
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
                preview.resize(1366, 768)
                preview.show()
                import time

                for _ in range(40):  # QPdfView renders pages in the background: let them arrive
                    QApplication.processEvents()
                    time.sleep(0.025)
                written.append(_grab(preview, out / f"letter-preview-{lang}.png"))
                preview.close()
            except StopIteration:  # demo data without a driver case that has figures
                print("screenshot: no driver case with figures; letter preview skipped", file=sys.stderr)
            window.close()
        finally:
            store.close()
    return written
