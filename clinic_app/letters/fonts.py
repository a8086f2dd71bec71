"""The fonts every PDF of the program prints with: DejaVu Sans from ``resources/fonts``, embedded.

Why not ReportLab's built-in Helvetica: the 14 standard PDF fonts are named in the file but not carried,
so what a reader sees depends on its substitute (pdffonts says "emb no"), and they cover Latin-1 only.
Letters, the complaint package, the coordinators' report and the site one-pager all register these.
"""

from __future__ import annotations

from typing import Any

FONT = "ClinicSans"
FONT_BOLD = "ClinicSans-Bold"
_ready = False


def register_fonts() -> None:
    """Register the two faces with ReportLab (once per process); bold and italic map onto them."""
    global _ready
    if _ready:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from clinic_app.resources import resource_path

    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT)  # no italic face shipped: italic prints upright rather than failing
    addMapping(FONT, 1, 1, FONT_BOLD)
    # ReportLab graphics (the reports' charts) draw any text not given a font in Times-Roman, unembedded
    from reportlab.graphics import shapes

    shapes.STATE_DEFAULTS["fontName"] = FONT
    _ready = True


def embedded_sample_styles() -> Any:
    """ReportLab's sample style sheet with every style (and bullet) in the embedded fonts."""
    from reportlab.lib.styles import getSampleStyleSheet

    register_fonts()
    styles = getSampleStyleSheet()
    for name in list(styles.byName):
        style = styles[name]
        for attr in ("fontName", "bulletFontName"):
            current = getattr(style, attr, None)
            if current:
                setattr(style, attr, FONT_BOLD if "Bold" in current else FONT)
    return styles


def pdf_language(lang: str) -> str:
    """The PDF's ``/Lang`` (read aloud and searched in that language): ``fr-CA``, ``en-CA``, ``ar``."""
    return {"fr": "fr-CA", "en": "en-CA", "ar": "ar"}.get(lang, "fr-CA")
