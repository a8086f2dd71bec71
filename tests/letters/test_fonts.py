"""The embedded fonts print every character the letters can contain: all template text, Quebec French accents,
and Arabic after shaping (the presentation forms arabic-reshaper produces), checked against the font files'
own character maps; the licence ships beside them."""

from __future__ import annotations

import json
import unicodedata

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from clinic_app.letters.render import reshape_arabic, visual_arabic
from clinic_app.resources import resource_path

FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
#: Bidi controls are dropped before drawing (clinic_app.letters.render.visual_arabic); not printed.
NOT_DRAWN = {0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}


def _strings(data: object) -> list[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for v in data.values() for s in _strings(v)]
    if isinstance(data, list):
        return [s for v in data for s in _strings(v)]
    return []


@pytest.fixture(scope="module", params=FONTS)
def charmap(request: pytest.FixtureRequest) -> set[int]:
    font = TTFont(request.param.removesuffix(".ttf") + "-coverage", str(resource_path("fonts", request.param)))
    return set(font.face.charWidths)


def test_fonts_and_licence_ship_in_resources() -> None:
    for name in FONTS:
        assert resource_path("fonts", name).stat().st_size > 500_000
    licence = resource_path("fonts", "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream" in licence and "DejaVu" in licence


@pytest.mark.parametrize("lang", ["fr", "en", "ar"])
def test_every_template_character_is_in_the_font(charmap: set[int], lang: str) -> None:
    data = json.loads(resource_path("letters", f"{lang}.json").read_text(encoding="utf-8"))
    text = "".join(_strings(data))
    if lang == "ar":
        text += reshape_arabic(text)  # what is actually drawn: joined presentation forms
    missing = sorted({c for c in text if ord(c) not in charmap and ord(c) not in NOT_DRAWN and c not in "\n"})
    assert not missing, [f"U+{ord(c):04X} {unicodedata.name(c, '?')}" for c in missing]


def test_names_as_typed_in_quebec_are_covered(charmap: set[int]) -> None:
    names = "Hélène Côté-Gagnon Zoë Çelik François Bérubé Ævar Łukasz Øyvind Ñúñez Şahin Đorđević Nguyễn "
    arabic = "محمد بن عبد الله الحسيني فاطمة الزهراء يوسف عائشة إبراهيم مؤمن لؤي ضياء ظافر غسان"
    drawn = names + visual_arabic(arabic)
    missing = sorted({c for c in drawn if ord(c) not in charmap})
    assert not missing, [f"U+{ord(c):04X} {unicodedata.name(c, '?')}" for c in missing]


def test_allah_in_a_name_is_not_turned_into_a_ligature_the_font_lacks(charmap: set[int]) -> None:
    drawn = visual_arabic("عبد الله")
    assert "\ufdf2" not in drawn
    assert all(ord(c) in charmap for c in drawn)
    assert visual_arabic("لا") == "\ufefb"  # lam-alef, which the font has, is still joined


def test_arabic_presentation_forms_b_are_covered(charmap: set[int]) -> None:
    """Every assigned character of Arabic Presentation Forms-B (U+FE70-U+FEFC), the forms shaping yields."""
    assigned = [c for c in range(0xFE70, 0xFEFD) if unicodedata.name(chr(c), None)]
    assert len(assigned) > 130
    assert [hex(c) for c in assigned if c not in charmap] == []
