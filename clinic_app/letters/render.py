"""Rendering claim letters to PDF with ReportLab (Platypus), from a case and the engine's figures.

Why the figures come from :func:`clinic_app.domain.case_figures.case_entitlements`: a letter must state
exactly what the program shows staff, with the same sections of the law. This module decides layout and
wording (from ``resources/letters``), never amounts.

Reproducible: the same case, clinic and ``today`` give a byte-identical PDF (ReportLab's ``invariant``
mode fixes the creation date and document ID); the SHA-256 of those bytes is recorded with the case.
Fonts are embedded (DejaVu Sans, Latin and Arabic), so every name prints as typed. Arabic text is shaped
(``arabic-reshaper``) and put in visual order (``python-bidi``): ReportLab does neither by itself.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from clinic_app.domain.case import Case, Establishment, Party, PaymentPurpose
from clinic_app.domain.case_figures import case_entitlements
from clinic_app.domain.clinic import ClinicProfile
from clinic_app.domain.errors import FieldError
from clinic_app.domain.letter_preflight import MAX_JOB_TITLE, Preflight, not_yet_due_date, preflight
from clinic_app.domain.types import Entitlements, Flag, Jurisdiction
from clinic_app.errors import ClinicError
from clinic_app.letters import formatting as fmt
from clinic_app.letters import templates as tpl
from clinic_app.letters.fonts import FONT, FONT_BOLD, register_fonts
from clinic_app.letters.kinds import DEMANDS, LetterKind

TEXT_WIDTH = 612 - 2 * 62.36 - 16  # US Letter minus 22 mm margins and the frame padding, in points
_MESSAGES = {
    "facts": {"fr": "Lettre impossible : {message}", "en": "Cannot write the letter: {message}"},
    "kind": {"fr": "Cette lettre ne s'applique pas à ce dossier ({kind}).",
             "en": "This letter does not apply to this case ({kind})."},
    "federal": {"fr": "Les mises en demeure pour un employeur de compétence fédérale ne sont pas encore produites "
                      "par le programme : l'annexe de calcul donne les montants (Code canadien du travail).",
                "en": "Formal notices to a federally regulated employer are not produced by the program yet: "
                      "the calculation annex gives the amounts (Canada Labour Code)."},
    "template": {"fr": "Modèle de lettre illisible : {message}", "en": "Unreadable letter template: {message}"},
    "lang": {"fr": "Langue de lettre non disponible : {lang} (fr ou en; ar pour le résumé seulement).",
             "en": "Letter language not available: {lang} (fr or en; ar for the summary only)."},
    "recipient": {"fr": "Lettre impossible : {field} : le nom du destinataire manque.",
                  "en": "Cannot write the letter: {field}: the recipient's name is missing."},
}


class LetterError(ClinicError):
    """Why a letter cannot be written, in words a staff member can act on (names the missing fact)."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        params = dict(self.params)
        error = params.pop("error", None)
        if isinstance(error, FieldError):
            params["message"] = error.message(lang)
        texts = _MESSAGES.get(self.code, {"en": self.code})
        return texts.get(lang[:2], texts["en"]).format(**params)


class LetterRefused(LetterError):
    """The pre-flight check refused the letter (no consent, nothing owed, excluded, prescribed...): the
    reasons, in French or English, say why and what still serves (:mod:`clinic_app.domain.letter_preflight`)."""

    def __init__(self, decision: Preflight) -> None:
        self.decision = decision
        super().__init__("preflight", kind=decision.kind)

    def message(self, lang: str = "en") -> str:
        return " ".join(self.decision.reasons(lang))


@dataclass(frozen=True)
class Recipient:
    name: str
    address: str = ""


@dataclass(frozen=True)
class RenderedLetter:
    pdf: bytes
    sha256: str
    figures: dict[str, Any]
    kind: LetterKind
    lang: str
    recipient: str
    pages: int = 1
    #: the pre-flight warnings (codes; ``preflight.warning_texts(lang)`` words them)
    warnings: tuple[str, ...] = field(default_factory=tuple)
    preflight: Preflight | None = None


@dataclass(frozen=True)
class Refusal:
    """A letter of a case that the pre-flight check refused, with the recipient it was for."""

    kind: LetterKind
    recipient: str
    decision: Preflight

    def message(self, lang: str) -> str:
        return " ".join(self.decision.reasons(lang))


class CaseLetters(list[RenderedLetter]):
    """The letters of a case that were produced, and (``refused``) those the pre-flight check refused.

    A list, so callers that only iterate the letters keep working; the batch report reads ``refused``.
    """

    def __init__(self, letters: list[RenderedLetter], refused: list[Refusal]) -> None:
        super().__init__(letters)
        self.refused: tuple[Refusal, ...] = tuple(refused)


# -- fonts ------------------------------------------------------------------------------------------------

_register_fonts = register_fonts  # the name the letters' modules know it by


#: Bidi embeddings, isolates and marks: they steer the reordering, then are dropped (no glyph in the font).
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


_reshaper: Any = None


def reshape_arabic(text: str) -> str:
    """Arabic letters joined into their presentation forms, using only ligatures the embedded fonts have.

    arabic-reshaper's default turns the word Allah into the single ligature U+FDF2, which DejaVu lacks: the
    common name عبد الله (Abdallah) printed with an empty box. Each ligature is enabled only when both faces
    carry all its forms (what ``arabic_reshaper.config_for_true_type_font`` does, without fontTools).
    """
    global _reshaper
    if _reshaper is None:
        import arabic_reshaper
        from arabic_reshaper.ligatures import LETTERS_LIGATURES, SENTENCES_LIGATURES, WORDS_LIGATURES
        from reportlab.pdfbase import pdfmetrics

        _register_fonts()
        charmaps = [set(pdfmetrics.getFont(name).face.charWidths) for name in (FONT, FONT_BOLD)]
        config = {name: all(ord(form) in charmap for form in forms if form for charmap in charmaps)
                  for name, (_match, forms) in (*SENTENCES_LIGATURES, *WORDS_LIGATURES, *LETTERS_LIGATURES)}
        _reshaper = arabic_reshaper.ArabicReshaper(configuration=config)
    return str(_reshaper.reshape(text))


def visual_arabic(text: str) -> str:
    """Arabic letters joined (presentation forms) and the line in visual order, for ReportLab.

    python-bidi's ``bidi.algorithm`` mirrors brackets and resolves the embeddings that
    :func:`clinic_app.letters.templates.embed` puts around each filled value (so a phone number keeps its
    order in a right-to-left line); any bidi control left over is dropped, the font has no glyph for it.
    """
    from bidi.algorithm import get_display

    return str(get_display(reshape_arabic(text))).translate(_BIDI_CONTROLS)


# -- the facts a letter states -----------------------------------------------------------------------------

def _figures_snapshot(ent: Entitlements, case: Case) -> dict[str, Any]:
    """JSON-ready figures stated by a letter (recorded with it, to prove later what was claimed).

    Amounts are strings of the printed values (the weekly wage rounded to the cent as the letter shows it),
    with the payments deducted one by one, the service and the sections each figure rests on.
    """
    return {
        "amount_owed": str(ent.amount_owed), "shortfall": str(ent.shortfall),
        "paid": str(ent.facts.employer_payments), "individual_indemnity": str(ent.individual_indemnity),
        "collective_indemnity": str(ent.collective_indemnity), "severance_pay": str(ent.severance_pay),
        "weekly_wage_used": str(ent.weekly_wage_used.quantize(Decimal("0.01"))),
        "notice_weeks_required": str(ent.notice_weeks_required),
        "notice_weeks_given": str(ent.facts.notice_weeks_given),
        "notice_weeks_missing": str(ent.notice_weeks_missing),
        "collective_notice_weeks": str(ent.collective_notice_weeks), "vacation_rate": str(ent.vacation_rate),
        "claim_deadline": ent.claim_deadline.isoformat(), "law_version": ent.law_version,
        "service": {"years": ent.service.years, "months": ent.service.months, "days": ent.service.days},
        "payments": [{"amount": str(p.amount), "purpose": p.purpose.value,
                      "paid_on": p.paid_on.isoformat() if p.paid_on else None} for p in case.work.payments],
        "basis": {name: list(figure.basis) for name, figure in ent.figures.items()},
    }


def _recipients(case: Case, est: Establishment | None) -> list[Recipient]:
    if case.driver is not None:
        d = case.driver
        out = [Recipient(d.dsp_legal_name, d.dsp_address)]
        if d.client_name:
            out.append(Recipient(d.client_name, d.client_address))
        return out
    name = (case.warehouse.employer_legal_name if case.warehouse else "") or (est.employer_legal_name if est else "")
    return [Recipient(name, est.address if est else "")]


def default_recipient(case: Case, est: Establishment | None) -> Recipient:
    return _recipients(case, est)[0]


# -- building blocks -----------------------------------------------------------------------------------------

def prepare() -> None:
    """Fonts registered and the styles of every language built now (a pool worker's start, see pool.py)."""
    _register_fonts()
    for lang in ("fr", "en", "ar"):
        _doc(lang)


@functools.cache
def _doc(lang: str) -> _Doc:
    """The styles of ``lang``, built once per process: ReportLab reads them while laying out, never changes them."""
    return _Doc(lang)


class _Doc:
    """Paragraph styles and helpers for one letter in one language."""

    def __init__(self, lang: str) -> None:
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_LEFT, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        self.lang = lang
        self.rtl = lang == "ar"
        align = TA_RIGHT if self.rtl else TA_LEFT
        self.body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, spaceAfter=7, alignment=align)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8.5, leading=11, spaceAfter=2)
        self.head = ParagraphStyle("head", parent=self.body, fontName=FONT_BOLD, fontSize=13, leading=17,
                                   spaceAfter=4)
        self.title = ParagraphStyle("title", parent=self.body, fontName=FONT_BOLD, fontSize=12, leading=16,
                                    spaceBefore=6, spaceAfter=8)
        self.subhead = ParagraphStyle("subhead", parent=self.body, spaceBefore=8, spaceAfter=3)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=9, leading=11.5, spaceAfter=0)
        self.cell_right = ParagraphStyle("cellr", parent=self.cell, alignment=TA_RIGHT)
        self.grey = colors.HexColor("#555555")
        self.line = colors.HexColor("#999999")

    def p(self, markup: str, style: Any = None) -> Any:
        from reportlab.platypus import Paragraph

        style = style or self.body
        if self.rtl:
            markup = self._rtl_lines(markup, style)
        elif _ARABIC_RUN.search(markup):
            # An Arabic name inside a French or English sentence: joined and in its own right-to-left order.
            markup = _ARABIC_RUN.sub(lambda m: visual_arabic(m.group(0)), markup)
        return Paragraph(markup, style)

    def _rtl_lines(self, markup: str, style: Any) -> str:
        """Arabic: wrap the LOGICAL text into lines first, then put each line in visual order.

        Reordering a whole paragraph before ReportLab wraps it would print its lines bottom-up; so the
        lines are measured here (shaped glyph widths) and handed over one by one. Bold/italic markup is
        dropped in Arabic paragraphs (the Arabic templates use none); escaped values stay escaped.
        """
        import re
        from xml.sax.saxutils import escape, unescape

        from reportlab.pdfbase.pdfmetrics import stringWidth

        plain = unescape(re.sub(r"<(?!br/>)[^>]+>", "", markup))
        font = style.fontName
        out: list[str] = []
        for block in plain.split("<br/>"):
            line: list[str] = []
            for word in (x for x in block.split(" ") if x):  # not str.split(): keep no-break spaces in amounts
                trial = " ".join([*line, word])
                if line and stringWidth(visual_arabic(trial), font, style.fontSize) > TEXT_WIDTH:
                    out.append(escape(visual_arabic(" ".join(line))))
                    line = [word]
                else:
                    line.append(word)
            if line:
                out.append(escape(visual_arabic(" ".join(line))))
        return "<br/>".join(out)

    def t(self, section: str, key: str, **values: Any) -> Any:
        return self.p(tpl.text(self.lang, section, key, **values))


#: a run of Arabic-script text (words, and the spaces and marks between them) inside a left-to-right line
_ARABIC_RUN = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]"
                         r"(?:[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff\s\u200c\u200d]*"
                         r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff])?")


def _esc(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)


def _lines(text: str) -> str:
    return "<br/>".join(_esc(x.strip()) for x in (text or "").splitlines() if x.strip())


def _letterhead(doc: _Doc, clinic: ClinicProfile) -> list[Any]:
    from reportlab.platypus import Image, Table, TableStyle

    text = [f"<b>{_esc(clinic.name or '')}</b>"]
    if clinic.address:
        text.append(_lines(clinic.address))
    contact = []
    if clinic.phone:
        contact.append(tpl.text(doc.lang, "common", "phone", phone=clinic.phone))
    if clinic.email:
        contact.append(tpl.text(doc.lang, "common", "email", email=clinic.email))
    if contact:
        text.append(" · ".join(contact))
    block = doc.p("<br/>".join(text), doc.small)
    logo = Path(clinic.logo_path) if clinic.logo_path else None
    if logo is not None and logo.is_file():
        try:
            image = Image(_checked_logo(logo))
            scale = min(1.0, 60 / max(image.imageWidth, 1), 60 / max(image.imageHeight, 1))
            image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
            table = Table([[image, block]], colWidths=[70, None])
            table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            return [table, _rule(doc)]
        except Exception:  # noqa: BLE001 - an unreadable logo must not stop a legal letter; the text remains
            pass
    return [block, _rule(doc)]


#: A letterhead logo larger than this is refused (the letter is printed without it): a photo, not a logo.
MAX_LOGO_BYTES = 10_000_000


def _checked_logo(path: Path) -> io.BytesIO:
    """The logo's bytes, once decoded completely here, so a truncated or bogus file is left out of the letter
    instead of failing half-way through writing the PDF (ReportLab decodes images only when drawing them)."""
    from PIL import Image as PILImage

    if path.stat().st_size > MAX_LOGO_BYTES:
        raise ValueError("logo file too large")
    data = path.read_bytes()
    with PILImage.open(io.BytesIO(data)) as picture:
        picture.load()
    return io.BytesIO(data)


def _rule(doc: _Doc) -> Any:
    from reportlab.platypus import HRFlowable

    return HRFlowable(width="100%", thickness=0.6, color=doc.line, spaceBefore=4, spaceAfter=10)


def _address_block(doc: _Doc, recipient: Recipient) -> Any:
    return doc.p("<br/>".join(x for x in (f"<b>{_esc(recipient.name)}</b>", _lines(recipient.address)) if x))


def _signature(doc: _Doc, clinic: ClinicProfile, worker: str, lead: list[Any] | None = None) -> Any:
    """The closing and signature, kept on one page together with ``lead`` (the letter's last paragraph), so a
    page never holds the signature alone."""
    from reportlab.platypus import KeepTogether, Spacer

    parts = [*(lead or []), doc.t("common", "signature_intro"), Spacer(1, 28)]
    sign = "<br/>".join(x for x in (f"<b>{_esc(clinic.signatory)}</b>" if clinic.signatory else "",
                                    _esc(clinic.signatory_title), _esc(clinic.name)) if x)
    if sign:
        parts.append(doc.p(sign))
    parts.append(doc.p(tpl.text(doc.lang, "common", "cc_worker", worker=worker), doc.small))
    return KeepTogether(parts)  # the signature block never splits across pages


def _figure_rows(doc: _Doc, ent: Entitlements, *, internal: bool = False) -> list[tuple[str, str, str]]:
    """The figures table's rows. A debtor's copy (``internal`` False) never shows the claim deadline (a
    prescription date helps the other side) nor a fact the clinic does not know (the Minister notice)."""
    lang = doc.lang
    f = ent.figures

    def label(key: str) -> str:
        return tpl.text(lang, "figures", key)

    def b(key: str) -> str:
        return fmt.basis(f[key].basis, lang) if key in f else ""

    rows: list[tuple[str, str, str]] = []
    s = ent.service
    rows.append((label("service"), _esc(service_words(lang, s.years, s.months, s.days)),
                 b("notice_weeks_required")))
    rows.append((label("weekly_wage"), fmt.money(ent.weekly_wage_used.quantize(Decimal("0.01")), lang),
                 b("weekly_wage_used")))
    rows.append((label("notice_required"), weeks_words(lang, ent.notice_weeks_required),
                 b("notice_weeks_required")))
    if Flag.NOTICE_GIVEN_UNKNOWN.value not in ent.flags:
        rows.append((label("notice_given"), weeks_words(lang, ent.facts.notice_weeks_given), ""))
    elif internal:  # not known: computed as none; only the clinic's worksheet says so (never "0 weeks")
        rows.append((label("notice_given"), "?", ""))
    rows.append((label("individual_indemnity"), fmt.money(ent.individual_indemnity, lang), b("individual_indemnity")))
    if ent.collective_notice_weeks or ent.collective_indemnity:
        rows.append((label("collective_weeks"), weeks_words(lang, ent.collective_notice_weeks),
                     b("collective_notice_weeks")))
        unknown = Flag.COLLECTIVE_NOTICE_GIVEN_UNKNOWN.value in ent.flags
        if not unknown or internal:
            given = ent.facts.collective_notice_weeks_given
            value = (tpl.text(lang, "figures", "minister_none") if not given else weeks_words(lang, given))
            if unknown:
                value = "?"
            rows.append((label("minister_notice"), value, b("collective_notice_weeks")))
        rows.append((label("collective_indemnity"), fmt.money(ent.collective_indemnity, lang),
                     b("collective_indemnity")))
    if ent.severance_pay:
        rows.append((label("severance_pay"), fmt.money(ent.severance_pay, lang), b("severance_pay")))
    # Totals cite the rule that adds the parts up, and the balance the rule that a release cannot waive; the
    # parts above carry their own sections (the full list is in the annex's explanation).

    def last(key: str) -> str:
        return fmt.basis(f[key].basis[-1:], lang) if key in f else ""

    rows.append((f"<b>{label('amount_owed')}</b>", f"<b>{fmt.money(ent.amount_owed, lang)}</b>", last("amount_owed")))
    rows.append((label("payments"), fmt.money(ent.facts.employer_payments, lang), ""))
    rows.append((f"<b>{label('shortfall')}</b>", f"<b>{fmt.money(ent.shortfall, lang)}</b>", last("shortfall")))
    if internal:  # the clinic's worksheet only: a prescription date never goes to the debtor
        rows.append((label("claim_deadline"), fmt.date(ent.claim_deadline, lang), fmt.basis(_claim_basis(ent), lang)))
    return rows


def count_words(lang: str, unit: str, n: Decimal | int) -> str:
    """``n`` of ``unit`` ("year", "month", "day", "week") with CLDR's plural rule for ``lang``.

    French and English use the engine's catalogue (:func:`clinic_app.domain.explain.plural`); other languages
    their letter file's ``plurals`` section, keyed by CLDR category (Arabic has zero, one, two, few, many and
    other: "أسبوعان", "3 أسابيع", "11 أسبوعًا").
    """
    if lang in ("fr", "en"):
        from clinic_app.domain.explain import plural

        return plural(unit, n, lang)
    from babel.core import Locale

    forms = tpl.load(lang).get("plurals", {}).get(unit)
    if not forms:
        raise tpl.TemplateError(f"{lang}.json: plurals.{unit} is missing")
    category = Locale.parse(fmt.locale_of(lang)).plural_form(n)
    value = Decimal(n)
    # Western digits without a group separator: in a right-to-left line "1 076" would print as "076 1".
    shown = str(int(value)) if value == value.to_integral() else fmt.number(value, lang)
    return str(forms.get(category) or forms["other"]).format(n=shown)


def service_words(lang: str, years: int, months: int, days: int) -> str:
    """``5 ans, 8 mois et 17 jours`` / ``5 years, 8 months and 17 days``: the words the explanation uses.

    French and English come from :func:`clinic_app.domain.explain.service_text` (zero parts left out,
    singular and plural right), so the letter and the annex's explanation never word the service differently;
    other languages join their CLDR plural forms (:func:`count_words`) with ``figures.and``.
    """
    if lang in ("fr", "en"):
        from clinic_app.domain.explain import service_text
        from clinic_app.domain.types import Service

        return service_text(Service(years, months, days), lang)
    parts = [count_words(lang, unit, n) for unit, n in (("year", years), ("month", months), ("day", days)) if n]
    return str(tpl.load(lang).get("figures", {}).get("and", " ")).join(parts or [count_words(lang, "day", 0)])


def weeks_words(lang: str, n: Decimal) -> str:
    """``1,5 semaine`` / ``2 semaines`` (French singular below 2), ``1 week`` / ``0 weeks`` (English singular at 1),
    Arabic by CLDR category.

    French and English: templates ``figures.week`` (singular) and ``figures.weeks`` (plural); a template set
    without ``week`` uses ``weeks`` for every count.
    """
    if lang not in ("fr", "en"):
        return count_words(lang, "week", n)
    one = n < 2 if lang == "fr" else n == 1
    key = "week" if one and tpl.has(lang, "figures", "week") else "weeks"
    return tpl.text(lang, "figures", key, n=fmt.number(n, lang))


def _claim_basis(ent: Entitlements) -> tuple[str, ...]:
    """The section that sets the claim deadline, from the law table the engine applied."""
    from clinic_app.domain.law_tables import table_for

    table = table_for(ent.facts.jurisdiction, ent.facts.termination_date)
    return (table.claim_source.section,) if table is not None else ()


def _figures_table(doc: _Doc, ent: Entitlements, *, internal: bool = False) -> Any:
    from reportlab.platypus import Table, TableStyle

    head = [doc.p(f"<b>{tpl.text(doc.lang, 'common', 'item')}</b>", doc.cell),
            doc.p(f"<b>{tpl.text(doc.lang, 'common', 'amount')}</b>", doc.cell_right),
            doc.p(f"<b>{tpl.text(doc.lang, 'common', 'basis')}</b>", doc.cell)]
    fractions = (0.48, 0.24, 0.28)
    styles = (doc.cell, doc.cell_right, doc.cell)
    commands: list[tuple[Any, ...]] = [
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, doc.line), ("LINEBELOW", (0, 1), (-1, -1), 0.25, doc.line),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
    ]
    data = [head]
    for row, cells in enumerate(_figure_rows(doc, ent, internal=internal), start=1):
        out = []
        for col, markup in enumerate((cells[0], cells[1], _esc(cells[2]))):
            plain = None if doc.rtl else _plain_cell(markup, styles[col], TEXT_WIDTH * fractions[col] - 12)
            if plain is None:
                out.append(doc.p(markup, styles[col]))
            else:
                text, font = plain
                out.append(text)
                commands.append(("FONT", (col, row), (col, row), font, styles[col].fontSize,
                                 styles[col].leading))
        data.append(out)
    table = Table(data, colWidths=[f"{round(f * 100)}%" for f in fractions], repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def _plain_cell(markup: str, style: Any, width: float) -> tuple[str, str] | None:
    """The cell as a plain string and its font, when it holds no markup but a whole-cell ``<b>`` and fits on one
    line; else ``None`` (a wrapped Paragraph is used).

    Why: a table cell given as a string costs a fraction of a Paragraph's parsing and line breaking, and most
    cells of the figures table are one short amount, label or section (bench/bench_letters.py).
    """
    from xml.sax.saxutils import unescape

    from reportlab.pdfbase.pdfmetrics import stringWidth

    text, font = markup, style.fontName
    if text.startswith("<b>") and text.endswith("</b>"):
        text, font = text[3:-4], FONT_BOLD
    if "<" in text or ">" in text:
        return None
    plain = unescape(text)
    if "\n" in plain or stringWidth(plain, font, style.fontSize) > width:
        return None
    return plain, font


def _party(lang: str, party: Party | None) -> str:
    return tpl.text(lang, "indicators", f"party_{party.value}") if party is not None else ""


def _indicator_list(doc: _Doc, case: Case) -> list[Any]:
    from reportlab.platypus import ListFlowable, ListItem

    assert case.driver is not None
    c = case.driver.controls
    items = []
    for name in c.employee_indicators():
        value = getattr(c, name)
        items.append(tpl.text(doc.lang, "indicators", name,
                              party=_party(doc.lang, value if isinstance(value, Party) else None)))
    if not items:
        return []
    # The templates end each item with ";" (the last one with "."), but which item comes last depends on the
    # indicators recorded: the list ends with a full stop whichever it is.
    items = [x[:-1] + ";" if x.endswith(".") else x for x in items[:-1]] + \
        [items[-1][:-1] + "." if items[-1].endswith(";") else items[-1]]
    return [ListFlowable([ListItem(doc.p(x), leftIndent=12) for x in items], bulletType="bullet", start="•",
                         leftIndent=12, bulletFontName=FONT)]


def _payment_list(doc: _Doc, case: Case) -> list[Any]:
    """Each payment received (amount, what it was for, when), when the case records more than a bare total.

    Why list them: the employer must be able to match each amount the letter deducts with its own records.
    A single payment of unknown purpose and date is already stated by the ``payments`` sentence.
    """
    from reportlab.platypus import ListFlowable, ListItem

    payments = case.work.payments
    lang = doc.lang
    if not tpl.has(lang, "payments", "item") or not payments or (
            len(payments) == 1 and payments[0].paid_on is None and payments[0].purpose is PaymentPurpose.OTHER):
        return []
    items = []
    for pay in payments:
        purpose = tpl.text(lang, "payments", f"purpose_{pay.purpose.value}")
        when = tpl.text(lang, "payments", "paid_on", date=fmt.date(pay.paid_on, lang)) if pay.paid_on else ""
        note = tpl.text(lang, "payments", "note", note=pay.note) if pay.note else ""
        items.append(tpl.text(lang, "payments", "item", amount=fmt.money(pay.amount, lang), purpose=purpose,
                              when="{when}", note="{note}").replace("{when}", when).replace("{note}", note))
    return [ListFlowable([ListItem(doc.p(x), leftIndent=12) for x in items], bulletType="bullet", start="•",
                         leftIndent=12, bulletFontName=FONT)]


# -- letters --------------------------------------------------------------------------------------------------

def _common_values(case: Case, est: Establishment | None, ent: Entitlements, lang: str,
                   today: dt.date) -> dict[str, Any]:
    w = case.work
    vacation = ent.figures.get("vacation_rate")
    return {
        "worker": case.display_name or "—", "first_name": case.person.preferred_name or case.person.given_name,
        "today": fmt.date(today, lang),
        "hire_date": fmt.date(w.start_date, lang) if w.start_date else "—",
        "termination_date": fmt.date(w.termination_date, lang) if w.termination_date else "—",
        "paid": fmt.money(ent.facts.employer_payments, lang), "shortfall": fmt.money(ent.shortfall, lang),
        "amount_owed": fmt.money(ent.amount_owed, lang), "claim_deadline": fmt.date(ent.claim_deadline, lang),
        "rate": fmt.percent(ent.vacation_rate, lang),
        "vacation_basis": fmt.basis(vacation.basis if vacation else (), lang),
        "release_date": fmt.date(w.release_signed_on, lang) if w.release_signed_on else "—",
        "terminations": ent.facts.establishment_terminations, "law_version": ent.law_version,
        "no_cumulation_basis": fmt.basis(ent.figures["amount_owed"].basis[-1:], lang)
        if "amount_owed" in ent.figures else "",
        "interest_basis": fmt.basis(("C.c.Q. art. 1617, 1619",), lang),
        "fault_basis": fmt.basis(("LNT s. 82.1(3)",), lang),
        "collective_basis": fmt.basis(ent.figures["collective_notice_weeks"].basis, lang)
        if "collective_notice_weeks" in ent.figures else "",
    }


def _ending_key(case: Case) -> str:
    """Template key of the sentence saying how the employment ended: a layoff, a closure or an economic
    reason, or (any other recorded cause) the plain end date; the cause is a fact the volunteer recorded."""
    from clinic_app.domain.types import Cause

    if case.work.layoff:
        return "ending_layoff"
    if case.work.cause is Cause.CLOSURE:
        return "ending_closure"
    return "ending_other"


def _both_indemnities(ent: Entitlements) -> bool:
    """Both Quebec indemnities are owed, and the law gives only the greater (``combine`` = max)."""
    return (ent.facts.jurisdiction is Jurisdiction.QC and ent.individual_indemnity > 0
            and ent.collective_indemnity > 0)


def _minister_key(ent: Entitlements) -> str | None:
    """Which sentence says the Minister was not (or not enough) notified: only when that is the recorded fact,
    never when the notice is not known, and only when a collective notice was required."""
    if not ent.collective_notice_weeks or Flag.COLLECTIVE_NOTICE_GIVEN_UNKNOWN.value in ent.flags:
        return None
    given = ent.facts.collective_notice_weeks_given
    if not given:
        return "minister_none"
    return "minister_short" if given < ent.collective_notice_weeks else None


def _demand(doc: _Doc, case: Case, est: Establishment | None, clinic: ClinicProfile, ent: Entitlements,
            recipient: Recipient, today: dt.date, section: str) -> list[Any]:
    """A formal notice: facts and claims only. Never the prescription date (a letter does not interrupt it,
    C.c.Q. art. 2892, and the date helps the other side), never a doubt or a concession: an alleged fault is
    contested, money not yet due is demanded by its due date, interest and the additional indemnity are claimed.
    """
    from reportlab.platypus import Spacer

    lang = doc.lang
    v = _common_values(case, est, ent, lang, today)
    story: list[Any] = _letterhead(doc, clinic)
    story.append(doc.t("common", "date_line", today=v["today"]))
    story.append(doc.p(f"<b>{tpl.text(lang, 'common', 'by_registered_mail')}</b><br/>"
                       f"<b>{tpl.text(lang, 'common', 'reservation')}</b>", doc.small))
    story.append(Spacer(1, 4))
    story.append(_address_block(doc, recipient))
    story.append(doc.p(tpl.text(lang, section, "title"), doc.title))
    story.append(doc.p(f"<b>{tpl.text(lang, section, 'subject', **v)}</b>"))
    story.append(doc.t(section, "salutation"))
    if section == "demand_employer":
        wh = case.warehouse
        site = (wh.site_code if wh else "") or (est.code if est else "")
        v["site_part"] = tpl.text(lang, section, "site_part", site=site) if site else ""
        if wh and wh.job_title:
            job = wh.job_title.strip()
            if len(job) > MAX_JOB_TITLE:  # flagged by the pre-flight check; never printed over two pages
                job = job[:MAX_JOB_TITLE].rstrip() + "…"
            v["site_part"] += tpl.text(lang, section, "job_part", job=job)
        intro = tpl.text(lang, section, "intro", **{**v, "site_part": "{site_part}"}).replace("{site_part}",
                                                                                             v["site_part"])
        ending = _ending_key(case)
        if tpl.has(lang, section, ending):  # how it ended, from the recorded cause (not always a closure)
            intro += " " + tpl.text(lang, section, ending, **v)
        story.append(doc.p(intro))
        key = "facts" if ent.facts.establishment_terminations else "facts_no_count"
        story.append(doc.t(section, key, **v))
    else:
        d = case.driver
        assert d is not None
        station = d.station_code
        station_part = tpl.text(lang, section, "station_part", station=station) if station else ""
        values = {**v, "dsp": d.dsp_legal_name or "—", "client": d.client_name or "—"}
        story.append(doc.p(tpl.text(lang, section, "intro", **{**values, "station_part": "{station_part}"})
                           .replace("{station_part}", station_part)))
        indicators = _indicator_list(doc, case)
        story.append(doc.t(section, "status" if indicators else "no_indicators", **values))
        story += indicators
        story.append(doc.t(section, "solidary", **values))
    if Flag.SERIOUS_FAULT_ALLEGED.value in ent.flags:
        story.append(doc.t(section, "fault_contested", **v))
    minister = _minister_key(ent)
    if minister is not None:
        story.append(doc.t(section, minister, given=weeks_words(lang, ent.facts.collective_notice_weeks_given),
                           required=weeks_words(lang, ent.collective_notice_weeks), **v))
    story.append(_figures_table(doc, ent))
    story.append(Spacer(1, 8))
    if _both_indemnities(ent) and tpl.has(lang, "figures", "no_cumulation"):
        # The table lists both indemnities; say plainly that only the greater is claimed (LNT s. 84.0.14).
        story.append(doc.t("figures", "no_cumulation", **v))
    if ent.facts.employer_payments:
        story.append(doc.t(section, "payments", **v))
        story += _payment_list(doc, case)
    if case.work.release_signed:
        story.append(doc.t(section, "release", **v))
    story.append(doc.t(section, "vacation", **v))
    due = not_yet_due_date(ent, today)
    if due is not None:  # demanded by the date it is payable, never before (LNT s. 83 para 2, s. 84.0.13 para 2)
        demand = doc.t(section, "not_yet_due", due_date=fmt.date(due, lang), **v)
    else:
        demand = doc.t(section, "demand", **v)
    story.append(demand)
    story.append(_signature(doc, clinic, v["worker"], lead=[doc.t(section, "interest", **v)]))
    return story


def _debtor_working(ent: Entitlements, lang: str) -> list[str]:
    from clinic_app.domain.engine import compute
    from clinic_app.domain.explain import explain_for_debtor, working_of

    working = working_of(ent.explanation)
    if working is None:  # an Entitlements built by hand: compute the working again from its facts
        working = working_of(compute(ent.facts).explanation)
    assert working is not None
    return explain_for_debtor(working, lang)


def _annex(doc: _Doc, case: Case, est: Establishment | None, clinic: ClinicProfile, ent: Entitlements,
           today: dt.date) -> list[Any]:
    from reportlab.platypus import Spacer, Table, TableStyle

    lang = doc.lang
    v = _common_values(case, est, ent, lang, today)
    story: list[Any] = _letterhead(doc, clinic)
    story.append(doc.p(tpl.text(lang, "calculation_annex", "title"), doc.title))
    story.append(doc.p(f"<b>{tpl.text(lang, 'calculation_annex', 'subject', **v)}</b>"))
    story.append(doc.t("calculation_annex", "intro", **v))
    story.append(_figures_table(doc, ent))
    if _both_indemnities(ent):
        story.append(doc.t("figures", "no_cumulation", **v))
    if ent.facts.employer_payments:
        story += _payment_list(doc, case)
    weeks = case.work.recent_weekly_wages if case.work.wage_varies else []
    if weeks:
        story.append(Spacer(1, 8))
        story.append(doc.p(f"<b>{tpl.text(lang, 'calculation_annex', 'weeks_title')}</b>"))
        rows = [[doc.p(fmt.date(x.week_ending, lang) if x.week_ending else f"#{i + 1}", doc.cell),
                 doc.p(fmt.money(x.amount, lang), doc.cell_right)] for i, x in enumerate(weeks)]
        table = Table(rows, colWidths=["50%", "30%"], hAlign="LEFT")
        table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, doc.line)]))
        story.append(table)
    story.append(Spacer(1, 8))
    story.append(doc.t("demand_employer", "vacation", **v))
    story.append(doc.p(f"<b>{tpl.text(lang, 'calculation_annex', 'explanation_title')}</b>"))
    # The arithmetic only: the clinic's readings, doubts, due and prescription dates never go to the debtor.
    for line in _debtor_working(ent, lang):
        if line.strip():
            story.append(doc.p(_esc(line.strip()), doc.small))
    return story


def _summary(doc: _Doc, case: Case, est: Establishment | None, clinic: ClinicProfile, ent: Entitlements,
             today: dt.date) -> list[Any]:
    """The worker's page: dated, what is owed and from when, why, what happens next, the claim date (marked
    past when it is), the remedies still open, and for a prescribed claim the civil route."""
    from reportlab.platypus import ListFlowable, ListItem

    lang = doc.lang
    v = _common_values(case, est, ent, lang, today)
    s = ent.service
    v["service"] = service_words(lang, s.years, s.months, s.days)
    v["weeks_required"] = fmt.number(ent.notice_weeks_required, lang)
    v["notice_weeks"] = weeks_words(lang, ent.notice_weeks_required)
    v["collective_weeks"] = fmt.number(ent.collective_notice_weeks, lang)
    v["collective_weeks_words"] = weeks_words(lang, ent.collective_notice_weeks)
    collective = tpl.text(lang, "worker_summary", "collective_part", **v) if ent.collective_notice_weeks else ""
    v["clinic"] = clinic.name or ""
    v["phone"] = clinic.phone or ""
    prescribed = ent.claim_deadline < today
    demand_goes = ent.shortfall > 0 and ent.excluded_reason is None and not prescribed
    story: list[Any] = _letterhead(doc, clinic)
    story.append(doc.t("common", "date_line", today=v["today"]))
    story.append(doc.p(tpl.text(lang, "worker_summary", "title"), doc.title))
    story.append(doc.t("worker_summary", "hello", **v))
    story.append(doc.t("worker_summary", "owed" if ent.shortfall > 0 else "owed_zero", **v))
    due = not_yet_due_date(ent, today)
    if due is not None and ent.shortfall > 0:
        story.append(doc.t("worker_summary", "payable_from", due_date=fmt.date(due, lang), **v))
    story.append(doc.p(tpl.text(lang, "worker_summary", "why", **{**v, "collective_part": "{collective_part}"})
                       .replace("{collective_part}", collective)))
    if _both_indemnities(ent):  # a worker would otherwise add the two up
        story.append(doc.t("worker_summary", "no_cumulation", **v))
    if demand_goes and due is not None:
        story.append(doc.t("worker_summary", "next_due", due_date=fmt.date(due, lang), **v))
    elif demand_goes:
        story.append(doc.t("worker_summary", "next", **v))
    elif prescribed:
        story.append(doc.t("worker_summary", "next_prescribed", **v))
    story.append(doc.t("worker_summary", "deadline_past" if prescribed else "deadline", **v))
    inquiry = ent.facts.cnesst_inquiry_notice_date
    if (not prescribed and inquiry is not None and any(h.suspended for h in ent.heads)
            and tpl.has(lang, "worker_summary", "inquiry")):
        story.append(doc.t("worker_summary", "inquiry", inquiry_date=fmt.date(inquiry, lang), **v))
    if lang in ("fr", "en"):
        from clinic_app.domain.remedies import remedy_lines

        still_open = [r.text for r in remedy_lines(ent, lang, today) if not r.passed]
    else:  # the letter file's own deadline names; days counted with CLDR plurals
        labels = tpl.load(lang).get("deadlines", {})
        still_open = []
        for d in sorted((d for d in ent.deadlines if d.date >= today and d.kind in labels), key=lambda d: d.date):
            left = (d.date - today).days
            key = "remedy_today" if left == 0 else "remedy"
            still_open.append(tpl.text(lang, "worker_summary", key, label=labels[d.kind],
                                       date=fmt.date(d.date, lang), days=count_words(lang, "day", left)))
    if still_open:
        story.append(doc.t("worker_summary", "remedies_title"))
        if doc.rtl:  # a bullet list indents and bullets on the left: right-to-left lines start with "•" instead
            story.extend(doc.p("• " + x) for x in still_open)  # template text: values already escaped
        else:
            story.append(ListFlowable([ListItem(doc.p(_esc(x)), leftIndent=12) for x in still_open],
                                      bulletType="bullet", start="•", leftIndent=12, bulletFontName=FONT))
    civil = next((d.date for d in ent.deadlines if d.kind == "civil_reasonable_notice" and d.date >= today), None)
    if prescribed and civil is not None:
        story.append(doc.t("worker_summary", "civil_route", civil_date=fmt.date(civil, lang), **v))
    story.append(doc.t("worker_summary", "keep", **v))
    story.append(doc.t("worker_summary", "contact", **v))
    return story


def _worksheet(doc: _Doc, case: Case, est: Establishment | None, clinic: ClinicProfile, ent: Entitlements,
               today: dt.date, count_drivers: bool) -> list[Any]:
    """The clinic's internal worksheet: every figure with the claim date, each head's due and prescription
    dates, every remedy and whether it is still open, the points to check, the pre-flight decision for a
    demand, a draft of the s. 124 complaint facts when that remedy is open, and the full explanation (readings
    and doubts included). It never goes to a debtor: the pre-flight check allows it without consent."""
    from reportlab.platypus import Spacer

    from clinic_app.domain.remedies import flag_lines, head_lines, remedy_lines

    lang = doc.lang
    v = _common_values(case, est, ent, lang, today)
    w = "lawyer_worksheet"
    story: list[Any] = _letterhead(doc, clinic)
    story.append(doc.t("common", "date_line", today=v["today"]))
    story.append(doc.p(tpl.text(lang, w, "title"), doc.title))
    story.append(doc.t(w, "warning"))
    story.append(doc.p(f"<b>{tpl.text(lang, w, 'subject', **v)}</b>"))
    if est is not None and ent.facts.establishment_terminations:
        which = "count_drivers" if count_drivers and est.terminations_with_drivers is not None else "count_employer"
        count = tpl.text(lang, w, which, n=ent.facts.establishment_terminations)
        story.append(doc.p(tpl.text(lang, w, "count", count=count)))
    story.append(_figures_table(doc, ent, internal=True))
    story.append(Spacer(1, 6))
    if _both_indemnities(ent):
        story.append(doc.t("figures", "no_cumulation", **v))

    def section(title: str, lines: list[str]) -> None:
        if lines:
            story.append(doc.p(f"<b>{title}</b>", doc.subhead))
            story.extend(doc.p(_esc(x), doc.small) for x in lines)

    section(tpl.text(lang, w, "heads_title"), head_lines(ent, lang, today))
    section(tpl.text(lang, w, "remedies_title", today=v["today"]), [r.text for r in remedy_lines(ent, lang, today)])
    section(tpl.text(lang, w, "flags_title"), flag_lines(ent, lang))
    demand = LetterKind.DEMAND_DRIVER if case.driver is not None else LetterKind.DEMAND_EMPLOYER
    decision = preflight(case, est, demand.value, today, ent=ent, count_drivers=count_drivers)
    section(tpl.text(lang, w, "preflight_title", today=v["today"]),
            [*(decision.reasons(lang) or [tpl.text(lang, w, "preflight_ok")]), *decision.warning_texts(lang)])
    complaint = next((d for d in ent.deadlines if d.kind == "dismissal_complaint_45d" and d.date >= today), None)
    if complaint is not None and Flag.SERIOUS_FAULT_ALLEGED.value in ent.flags:
        employer = (case.warehouse.employer_legal_name if case.warehouse else "") or \
            (est.employer_legal_name if est else "") or "—"
        title = tpl.text(lang, w, "complaint_title", complaint_basis=fmt.basis((complaint.basis,), lang))
        story.append(doc.p(f"<b>{title}</b>", doc.subhead))
        story.append(doc.t(w, "complaint", employer=employer, service=service_words(lang, ent.service.years,
                                                                                     ent.service.months,
                                                                                     ent.service.days),
                           complaint_date=fmt.date(complaint.date, lang), **v))
    explanation = ent.explanation.get(lang) or ""
    section(tpl.text(lang, w, "explanation_title"), [x for x in explanation.splitlines() if x.strip()])
    return story


def _page_canvas(day: dt.date, lang: str, head: str, head_date: str) -> Any:
    """A canvas maker that dates the PDF ``day`` (midnight UTC) and numbers its pages "page x of y", with a
    running header (recipient, date, page) on every page after the first.

    Dated: ReportLab's invariant mode fixes the creation dates at 2000-01-01 so that the bytes do not depend on
    the clock; the letter's own date is just as fixed and tells a reader of the file's properties when it was
    written. Numbered: the total is known only at the end, so each page's drawing is kept and the numbers
    are drawn when the file is saved (ReportLab's usual two-step canvas).
    """
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    def shown(text: str) -> str:
        return visual_arabic(text) if lang == "ar" else text

    class _Canvas(Canvas):  # type: ignore[misc]  # ReportLab ships no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            stamp = self._doc._timeStamp  # read by the Info dictionary when the file is written
            stamp.YMDhms, stamp.dhh, stamp.dmm = (day.year, day.month, day.day, 0, 0, 0), 0, 0
            self._kept: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._kept.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._kept)
            for state in self._kept:
                self.__dict__.update(state)
                page = self._pageNumber
                self.saveState()
                self.setFont(FONT, 8)
                self.setFillGray(0.35)
                self.drawRightString(LETTER[0] - 20 * mm, 12 * mm,
                                     shown(tpl.text(lang, "common", "page", page=page, pages=total)))
                if page > 1 and head:
                    text = tpl.text(lang, "common", "running_head", recipient=head, today=head_date, page=page,
                                    pages=total)
                    draw = self.drawRightString if lang == "ar" else self.drawString
                    x = LETTER[0] - 22 * mm if lang == "ar" else 22 * mm
                    draw(x, LETTER[1] - 11 * mm, shown(_plain_arabic_runs(text)))
                self.restoreState()
                super().showPage()
            super().save()

    return _Canvas


def _plain_arabic_runs(text: str) -> str:
    """Arabic runs of a canvas-drawn left-to-right line shaped and ordered (a Paragraph does it in _Doc.p)."""
    return _ARABIC_RUN.sub(lambda m: visual_arabic(m.group(0)), text) if _ARABIC_RUN.search(text) else text


def _build_pdf(story: list[Any], *, title: str, author: str, lang: str, dated: dt.date,
               head: str = "") -> tuple[bytes, int]:
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    from clinic_app._version import __version__

    buffer = io.BytesIO()
    pages = {"n": 0}

    def count(canvas: Any, doc: Any) -> None:
        pages["n"] = doc.page

    doc = SimpleDocTemplate(buffer, pagesize=LETTER, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, title=title, author=author, subject=title,
                            creator=f"Clinic Intake {__version__}", producer=f"Clinic Intake {__version__} (ReportLab)",
                            invariant=1, lang={"fr": "fr-CA", "en": "en-CA", "ar": "ar"}.get(lang, "fr-CA"))
    from xml.sax.saxutils import unescape

    doc.build(story, onFirstPage=count, onLaterPages=count,
              canvasmaker=_page_canvas(dated, lang, unescape(head), fmt.date(dated, lang)))
    return buffer.getvalue(), pages["n"]


_SURROGATE = re.compile("[\ud800-\udfff]")


def _scrub(value: Any) -> Any:
    """``value`` with every lone surrogate in its strings replaced by U+FFFD (a copy only where one was found).

    JSON's ``"\\ud800"`` escapes and some clipboards produce them; no PDF (or UTF-8) can hold one, and
    ReportLab failed half-way through the letter. A replacement character prints where the bad one was.
    """
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for item in dataclasses.fields(value):
            old = getattr(value, item.name)
            new = _scrub(old)
            if new is not old:
                changes[item.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    if isinstance(value, list):
        scrubbed = [_scrub(v) for v in value]
        return scrubbed if any(a is not b for a, b in zip(scrubbed, value, strict=True)) else value
    return value


def render_letter(case: Case, establishment: Establishment | None, clinic: ClinicProfile, *, kind: LetterKind,
                  lang: str, recipient: Recipient | None = None, today: dt.date, count_drivers: bool = False,
                  consent_source: str = "case") -> RenderedLetter:
    """One letter as PDF bytes, with its SHA-256, the figures it states and the pre-flight decision.

    The pre-flight check (:func:`clinic_app.domain.letter_preflight.preflight`) runs first, on ``today``: a
    refused letter raises :class:`LetterRefused` (a :class:`LetterError`) with the reasons, and nothing is
    rendered. ``count_drivers``: the demand claims on the establishment's second count (drivers deemed its
    employees) instead of the employer's; the choice is recorded in ``figures["count"]``. ``consent_source``:
    ``"json"`` for ``clinic-app letter --input`` (consent stated in the JSON, see letter_input). Raises
    LetterError.
    """
    case, establishment, clinic, recipient = (_scrub(x) for x in (case, establishment, clinic, recipient))
    kind = LetterKind(kind)
    allowed = ("fr", "en", "ar") if kind is LetterKind.WORKER_SUMMARY else ("fr", "en")
    if lang not in allowed:
        raise LetterError("lang", lang=lang)
    if kind is LetterKind.DEMAND_EMPLOYER and case.driver is not None:
        raise LetterError("kind", kind=kind.value)
    if kind is LetterKind.DEMAND_DRIVER and case.driver is None:
        raise LetterError("kind", kind=kind.value)
    ent = case_entitlements(case, establishment, count_drivers=count_drivers, langs=("fr", "en"), as_of=today)
    if isinstance(ent, FieldError):
        raise LetterError("facts", error=ent)
    if kind in DEMANDS and ent.facts.jurisdiction is not Jurisdiction.QC:
        raise LetterError("federal")
    decision = preflight(case, establishment, kind.value, today, ent=ent, count_drivers=count_drivers,
                         consent_source=consent_source, clinic=clinic)
    if not decision.allowed:
        raise LetterRefused(decision)
    try:
        _register_fonts()
        doc = _doc(lang)
        explicit = recipient is not None
        recipient = recipient or default_recipient(case, establishment)
        if kind in DEMANDS and not recipient.name.strip():
            # A formal notice to nobody: say which fact to fill in rather than print an empty address block.
            field_name = ("recipient.name" if explicit else
                          "driver.dsp_legal_name" if case.driver is not None else "warehouse.employer_legal_name")
            raise LetterError("recipient", field=field_name)
        if kind is LetterKind.CALCULATION_ANNEX:
            story = _annex(doc, case, establishment, clinic, ent, today)
        elif kind is LetterKind.WORKER_SUMMARY:
            story = _summary(doc, case, establishment, clinic, ent, today)
        elif kind is LetterKind.LAWYER_WORKSHEET:
            story = _worksheet(doc, case, establishment, clinic, ent, today, count_drivers)
        else:
            story = _demand(doc, case, establishment, clinic, ent, recipient, today, kind.value)
        title = tpl.text(lang, kind.value, "title")
        addressee = recipient.name if kind in DEMANDS else case.display_name
        pdf, pages = _build_pdf(story, title=f"{title} — {case.display_name}", author=clinic.name or "", lang=lang,
                                dated=today, head=addressee)
    except tpl.TemplateError as exc:
        raise LetterError("template", message=str(exc)) from None
    figures = _figures_snapshot(ent, case)
    figures["count"] = _count_record(establishment, ent, count_drivers)
    return RenderedLetter(pdf=pdf, sha256=hashlib.sha256(pdf).hexdigest(), figures=figures, kind=kind, lang=lang,
                          recipient=addressee, pages=pages, warnings=tuple(w.code for w in decision.warnings),
                          preflight=decision)


def _count_record(est: Establishment | None, ent: Entitlements, count_drivers: bool) -> dict[str, Any]:
    """Which count of terminations the letter rests on, with both counts, so the record says why."""
    drivers = est.terminations_with_drivers if est is not None else None
    used = "drivers" if count_drivers and drivers is not None else "employer"
    return {"used": used, "terminations": ent.facts.establishment_terminations,
            "employer_count": est.establishment_terminations if est is not None else None,
            "drivers_count": drivers}


def letters_for_case(case: Case, est: Establishment | None, clinic: ClinicProfile, *, lang: str,
                     today: dt.date, summary_lang: str | None = None,
                     count_drivers: bool = False) -> CaseLetters:
    """Every letter of a case that the pre-flight check allows: the demand(s) (a driver's: one to the delivery
    company, one to the client), the calculation annex, and the worker's summary; the refused ones are listed
    in ``.refused`` with their reasons (the batch report shows them). The summary is in ``summary_lang`` when
    given, else in the worker's own language (fr, en or ar), else in ``lang``. Raises LetterError only for what
    stops every letter (incomplete facts, a language not offered)."""
    out: list[RenderedLetter] = []
    refused: list[Refusal] = []
    demand = LetterKind.DEMAND_DRIVER if case.driver is not None else LetterKind.DEMAND_EMPLOYER
    jobs: list[tuple[LetterKind, str, Recipient | None]] = [(demand, lang, r) for r in _recipients(case, est)]
    jobs.append((LetterKind.CALCULATION_ANNEX, lang, None))
    worker_lang = case.person.preferred_language.value
    jobs.append((LetterKind.WORKER_SUMMARY,
                 summary_lang or (worker_lang if worker_lang in ("fr", "en", "ar") else lang), None))
    for kind, letter_lang, recipient in jobs:
        try:
            out.append(render_letter(case, est, clinic, kind=kind, lang=letter_lang, recipient=recipient,
                                     today=today, count_drivers=count_drivers))
        except LetterRefused as err:
            refused.append(Refusal(kind, recipient.name if recipient else case.display_name, err.decision))
    return CaseLetters(out, refused)
