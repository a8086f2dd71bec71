"""Offscreen screenshots of the main screens with demo data (docs and the packaging smoke test).

Each screen is shown at 1366x768 (the small laptop screen the clinic uses) and grabbed to a PNG: the case list,
settings, both forms, the Evidence section, the conflict-of-interest dialog, the summary, the deadline dashboard,
the Sites tab and the letters window.
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


def _evidence_screenshot(store: Any, window: Any, case: Any, path: Path) -> Path:
    """The Evidence section of a driver's case with three documents and its checklist."""
    from clinic_app.domain.attachments import AttachmentKind
    from clinic_app.services import attachments

    for name, data, kind in _demo_evidence():
        attachments.attach_bytes(store, case.uuid, name, data, AttachmentKind(kind))
    editor = window.tabs.currentWidget()  # the driver's form, opened just before
    editor.evidence.reload()
    editor.go_to_section(next(i for i, p in enumerate(editor.pages) if p.key == "evidence"))
    window.resize(*SIZE)
    window.show()
    for _ in range(20):  # thumbnails come one per turn of the event loop
        QApplication.processEvents()
    return _grab(window, path)


def _conflict_screenshot(store: Any, case: Any, path: Path, lang: str) -> Path:
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
    shot = _grab(dialog, path, (720, 420))
    dialog.close()
    return shot


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
            written.append(_evidence_screenshot(store, window, next(c for c in stored if c.kind == CaseKind.DRIVER),
                                                out / f"evidence-{lang}.png"))
            written.append(_conflict_screenshot(store, next(c for c in stored if c.kind == CaseKind.DRIVER),
                                                out / f"conflicts-{lang}.png", lang))
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
