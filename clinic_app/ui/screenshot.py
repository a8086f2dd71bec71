"""Offscreen screenshots of the main screens with demo data (docs and the packaging smoke test).

Each screen is shown at 1366x768 (the small laptop screen the clinic uses) and grabbed to a PNG: the case list,
settings, both forms, the Evidence section, the conflict-of-interest dialog, the summary, the deadline dashboard,
the Sites tab and the letters window. With
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


def _demo_evidence() -> list[tuple[str, bytes, str]]:
    """Fictional documents a volunteer would add for a driver: a photographed contract, a route-app screenshot,
    a pay statement PDF (name, bytes, kind)."""
    import io

    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    photo = Image.new("RGB", (1200, 1600), (236, 232, 220))
    draw = ImageDraw.Draw(photo)
    draw.rectangle((80, 80, 1120, 1520), outline=(60, 60, 60), width=6)
    for i in range(22):
        draw.line((140, 220 + i * 55, 1060 - (i % 4) * 90, 220 + i * 55), fill=(90, 90, 90), width=8)
    jpeg = io.BytesIO()
    photo.save(jpeg, "JPEG", quality=85)
    shot = Image.new("RGB", (390, 844), "white")
    draw = ImageDraw.Draw(shot)
    for i in range(12):
        draw.rectangle((12, 20 + i * 68, 378, 76 + i * 68), outline=(30, 60, 140), fill=(222, 232, 250), width=2)
    png = io.BytesIO()
    shot.save(png, "PNG")
    pdf = io.BytesIO()
    c = canvas.Canvas(pdf, pagesize=letter)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, 720, "Relevé de paie / Pay statement")
    for i in range(10):
        c.rect(72, 660 - i * 30, 460, 24)
    c.showPage()
    c.save()
    return [("contrat.jpg", jpeg.getvalue(), "driver_contract"), ("itineraire.png", png.getvalue(),
             "route_app_screenshots"), ("releve-paie.pdf", pdf.getvalue(), "pay_statements")]


def _evidence_screenshot(store: Any, window: Any, case: Any, path: Path, size: tuple[int, int] = SIZE) -> Path:
    """The Evidence section of a driver's case with three documents and its checklist."""
    from clinic_app.domain.attachments import AttachmentKind
    from clinic_app.services import attachments

    for name, data, kind in _demo_evidence():
        attachments.attach_bytes(store, case.uuid, name, data, AttachmentKind(kind))
    editor = window.tabs.currentWidget()  # the driver's form, opened just before
    editor.evidence.reload()
    editor.go_to_section(next(i for i, p in enumerate(editor.pages) if p.key == "evidence"))
    window.resize(*size)
    window.show()
    for _ in range(20):  # thumbnails come one per turn of the event loop
        QApplication.processEvents()
    return _grab(window, path, size)


def _conflict_screenshot(store: Any, case: Any, path: Path, lang: str, size: tuple[int, int] = (720, 420)) -> Path:
    """The conflict-of-interest dialog a volunteer meets before saving: the clinic acts for the delivery company
    this driver's case is against (a fictional listed party), and a case on file names the same person."""
    import copy

    from clinic_app.domain.conflicts import PartyRole
    from clinic_app.services import conflicts
    from clinic_app.ui.conflicts_dialog import ConflictsDialog

    assert case.driver is not None
    conflicts.add_party(store, case.driver.dsp_legal_name.upper().replace("INC.", "Inc"), PartyRole.CLIENT,
                        "fictional: the clinic advises this company")
    newcomer = copy.deepcopy(case)
    newcomer.uuid = "00000000-0000-4000-8000-00000000c0f1"  # a new intake of the same person, not yet saved
    dialog = ConflictsDialog(conflicts.check_case(store, newcomer), ui_lang=lang)
    shot = _grab(dialog, path, size)
    dialog.close()
    return shot


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
    from clinic_app.ui.sites_view import SitesView

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
            written.append(_evidence_screenshot(store, window, next(c for c in stored if c.kind == CaseKind.DRIVER),
                                                out / f"evidence-{tag}.png", size))
            written.append(_conflict_screenshot(store, next(c for c in stored if c.kind == CaseKind.DRIVER),
                                                out / f"conflicts-{tag}.png", lang,
                                                (min(720, size[0]), min(420, size[1]))))
            window.open_summary()
            written.append(grab(window, "summary"))
            window.open_deadlines()
            written.append(grab(window, "deadlines"))
            window.open_sites()
            sites = window.tabs.currentWidget()
            if isinstance(sites, SitesView):
                codes = [e.code for e in sites.establishments]
                if "DXT4" in codes:  # the unionised site: every fact of the view filled in
                    sites.table.selectRow(codes.index("DXT4"))
            written.append(grab(window, "sites"))
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
