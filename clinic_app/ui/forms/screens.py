"""Screenshots of the intake-form screens (consent step, control indicators, pay table, panel, duplicates, site).

Why here: the form screens are only reachable by clicking through a case; the documentation and the screenshot
command (``clinic_app.ui.screenshot``) need them at the clinic's 1366x768 screen size in both languages, and each
picture must be re-taken whenever the forms change. ``take_form_screenshots`` fills a store with fictional demo
cases, opens the editors offscreen and grabs each screen; it never touches real data.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from clinic_app.domain.case import Case, CaseKind
    from clinic_app.storage import CaseStore

SIZE = (1366, 768)


def _grab(widget: QWidget, path: Path, size: tuple[int, int] = SIZE) -> Path:
    widget.resize(*size)
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return path


def _pick(store: CaseStore, cases: list[Case], kind: CaseKind) -> Case:
    """A demo case of ``kind`` whose figures are complete and whose site has a second count, if any."""
    for case in cases:
        est = store.establishment_for(case)
        if case.kind is kind and case.consent.given and case.work.effective_weekly_wage() is not None and est \
                and est.terminations_with_drivers is not None:
            return case
    return next(c for c in cases if c.kind is kind)


def take_form_screenshots(out: Path, *, lang: str, count: int = 60) -> list[Path]:
    """Write ``forms-<screen>-<lang>.png`` into ``out`` (the app and its translators must already exist)."""
    from clinic_app.domain.case import Case, CaseKind
    from clinic_app.domain.demo import generate_demo
    from clinic_app.storage import open_store
    from clinic_app.ui.duplicates_dialog import DuplicatesDialog
    from clinic_app.ui.forms.editor import CaseEditor
    from clinic_app.ui.forms.establishment import EstablishmentDialog

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "demo.db", encrypted=False, create=True, auto_backup=False, actor="Camille")
        try:
            ests, cases = generate_demo(count, seed=3)
            for est in ests:
                store.save_establishment(est)
            stored = [store.create_case(c) for c in cases]

            def editor_on(case: Any) -> Any:
                return CaseEditor(store, case, ui_lang=lang, actor="Camille")

            def section(editor: Any, key: str) -> None:
                editor.go_to_section([p.key for p in editor.pages].index(key))

            driver = editor_on(_pick(store, stored, CaseKind.DRIVER))
            for key in ("controls", "pay"):
                section(driver, key)
                written.append(_grab(driver, out / f"forms-driver-{key}-{lang}.png"))
            driver.panel.setParent(None)
            written.append(_grab(driver.panel, out / f"forms-panel-{lang}.png", (560, SIZE[1])))
            driver.panel.deleteLater()
            driver._set_dirty(False)
            driver.close()

            warehouse = editor_on(_pick(store, stored, CaseKind.WAREHOUSE))
            section(warehouse, "work")
            written.append(_grab(warehouse, out / f"forms-warehouse-work-{lang}.png"))
            warehouse.panel.setParent(None)
            written.append(_grab(warehouse.panel, out / f"forms-panel-warehouse-{lang}.png", (560, SIZE[1])))
            warehouse.panel.deleteLater()
            warehouse._set_dirty(False)
            warehouse.close()

            new = editor_on(Case.new(CaseKind.WAREHOUSE))
            section(new, "consent")
            written.append(_grab(new, out / f"forms-consent-{lang}.png"))
            new._set_dirty(False)
            new.close()

            source = stored[0]
            twin = Case.new(CaseKind.DRIVER)
            twin.person.given_name, twin.person.family_name = source.person.given_name, source.person.family_name
            twin.person.phone = source.person.phone
            dialog = DuplicatesDialog(store, twin, for_save=True)
            written.append(_grab(dialog, out / f"forms-duplicates-{lang}.png", (760, 300)))
            dialog.close()

            site = EstablishmentDialog(ests[0], ui_lang=lang)
            written.append(_grab(site, out / f"forms-site-{lang}.png", (560, 460)))
            site.close()
        finally:
            store.close()
    return written


def main(argv: list[str] | None = None) -> int:
    """``python -m clinic_app.ui.forms.screens OUT_DIR [fr|en ...]`` (offscreen when no display is set)."""
    import os
    import sys

    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        print("usage: python -m clinic_app.ui.forms.screens OUT_DIR [fr] [en]", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from clinic_app.ui.i18n import install_translators

    app = QApplication.instance() or QApplication([])
    for lang in args[1:] or ["fr", "en"]:
        translators = install_translators(app, lang)
        for path in take_form_screenshots(Path(args[0]), lang=lang):
            print(path)
        for tr in translators:
            app.removeTranslator(tr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
