"""The forms' .ts files hold every string of the forms' sources, and a French form shows no English string."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel

from clinic_app.domain.case import Case, CaseKind

from .conftest import REPO

FORMS_SOURCES = [
    "clinic_app/ui/forms/editor.py", "clinic_app/ui/forms/fields.py", "clinic_app/ui/forms/page.py",
    "clinic_app/ui/forms/sections.py", "clinic_app/ui/forms/tables.py", "clinic_app/ui/forms/consent.py",
    "clinic_app/ui/forms/establishment.py",
    "clinic_app/ui/drafts.py", "clinic_app/ui/entitlement_panel.py", "clinic_app/ui/duplicates_dialog.py",
    "clinic_app/ui/conflicts_dialog.py", "clinic_app/ui/forms/evidence.py", "clinic_app/ui/forms/evidence_viewer.py",
    "clinic_app/ui/forms/guided.py",
]


def _messages(ts: Path) -> dict[tuple[str, str], str]:
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            out[(name, m.findtext("source") or "")] = m.findtext("translation") or ""
    return out


def test_forms_ts_not_stale(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    probe = tmp_path / "probe.ts"
    subprocess.run([str(lupdate), *[str(REPO / s) for s in FORMS_SOURCES], "-ts", str(probe)], check=True,
                   capture_output=True)
    found = set(_messages(probe))
    assert len(found) > 200
    for lang in ("fr", "en"):
        have = set(_messages(REPO / "translations" / f"forms_{lang}.ts"))
        assert found - have == set(), f"forms_{lang}.ts misses {sorted(found - have)}; run pyside6-lupdate"


def _visible_texts(widget: Any) -> set[str]:
    texts: set[str] = set()
    for child in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        texts.add(child.text().replace("&", "").removesuffix(" *"))  # " *": the required mark
    for box in widget.findChildren(QGroupBox):
        texts.add(box.title())
    for combo in widget.findChildren(QComboBox):
        texts.update(combo.itemText(i) for i in range(combo.count()))
    for i in range(widget.nav.count()):
        texts.add(widget.nav.item(i).text().split(". ", 1)[-1])
    return {t for t in texts if t}


@pytest.mark.parametrize("kind", [CaseKind.WAREHOUSE, CaseKind.DRIVER])
def test_french_form_shows_no_english_source_string(store: Any, open_editor: Any, kind: CaseKind) -> None:
    english = {src.replace("&", "") for (_ctx, src), tr in _messages(REPO / "translations" / "forms_fr.ts").items()
               if tr.replace("&", "") != src.replace("&", "")}
    editor = open_editor(store, Case.new(kind), "fr")
    shown = _visible_texts(editor)
    assert "Prénom" in shown and "Enregistrer" in shown  # the French translator is really in use
    assert shown & english == set()


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("kind", [CaseKind.WAREHOUSE, CaseKind.DRIVER])
def test_alt_letters_are_unique_on_each_section(store: Any, open_editor: Any, lang: str, kind: CaseKind) -> None:
    """Alt+letter goes to one field: no two labels of a section (nor the Save button) share their letter."""
    import re

    editor = open_editor(store, Case.new(kind), lang)
    clashes = {}
    for page in editor.pages:
        texts = [w.text() for w in page.widget().findChildren(QLabel) + page.widget().findChildren(QAbstractButton)]
        texts.append(editor.save_button.text())
        seen: dict[str, list[str]] = {}
        for text in texts:
            m = re.search(r"&(\w)", text)
            if m:
                seen.setdefault(m.group(1).lower(), []).append(text)
        clashes.update({f"{page.key}:{k}": v for k, v in seen.items() if len(v) > 1})
    assert clashes == {}
