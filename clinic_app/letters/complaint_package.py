"""The CNESST complaint package of a site as files: a cover list, the workers' sheets, the consent forms, a CSV.

What goes in is decided by :func:`clinic_app.domain.complaint_package.build_package`; this module lays it out.
The workers' sheet gives, per worker and in the order of the CNESST's money-complaint form, the facts and each
amount claimed with its nature, due date and section; it states facts and claims only (no reading, no doubt,
no prescription date). The consent form is the written consent s. 102 requires, to print and sign, in the
person's language (French or English). The CSV of the rows, for the clinic's lawyer, is
:mod:`clinic_app.export.complaint_rows`.
Fonts are embedded (DejaVu Sans) so every name prints as typed.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from clinic_app._version import __version__
from clinic_app.domain.citations import cite_all
from clinic_app.domain.clinic import ClinicProfile
from clinic_app.domain.complaint_package import LEFT_OUT_REASONS, Package
from clinic_app.domain.explain import long_date
from clinic_app.domain.parsing import format_money
from clinic_app.letters.fonts import FONT, FONT_BOLD
from clinic_app.letters.fonts import register_fonts as _register_fonts  # the letters' one font registration

_T: dict[str, dict[str, str]] = {
    "cover_title": {"fr": "Plaintes pécuniaires à la CNESST — {code}", "en": "Money complaints to the CNESST — {code}"},
    "cover_intro": {
        "fr": "{clinic}, organisme sans but lucratif, dépose au nom des personnes salariées ci-dessous, avec leur "
              "consentement écrit (LNT, art. 102), une plainte pour les sommes qui leur sont dues par {employer}.",
        "en": "{clinic}, a non-profit organisation, files on behalf of the employees below, with their written "
              "consent (LNT s. 102), a complaint for the money owed to them by {employer}."},
    "as_of": {"fr": "Établi le {date}.", "en": "Prepared on {date}."},
    "included": {"fr": "Personnes incluses ({n})", "en": "Employees included ({n})"},
    "case": {"fr": "Dossier", "en": "Case"},
    "name": {"fr": "Nom", "en": "Name"},
    "total": {"fr": "Total réclamé", "en": "Total claimed"},
    "left_out": {"fr": "Dossiers non inclus ({n}) — à l'usage de la clinique",
                 "en": "Cases not included ({n}) — for the clinic's use"},
    "reason": {"fr": "Raison", "en": "Reason"},
    "sheet_title": {"fr": "Plainte pécuniaire — {name}", "en": "Money complaint — {name}"},
    "s_worker": {"fr": "1. Personne salariée", "en": "1. Employee"},
    "s_debtors": {"fr": "2. Employeur(s)", "en": "2. Employer(s)"},
    "s_employment": {"fr": "3. Emploi", "en": "3. Employment"},
    "s_sums": {"fr": "4. Sommes réclamées", "en": "4. Amounts claimed"},
    "s_paid": {"fr": "5. Sommes déjà versées", "en": "5. Amounts already paid"},
    "s_consent": {"fr": "6. Consentement", "en": "6. Consent"},
    "address": {"fr": "Adresse", "en": "Address"},
    "phone": {"fr": "Téléphone", "en": "Phone"},
    "language": {"fr": "Langue", "en": "Language"},
    "employer": {"fr": "Employeur", "en": "Employer"},
    "delivery_partner": {"fr": "Partenaire de livraison (employeur)", "en": "Delivery partner (employer)"},
    "client_company": {"fr": "Entreprise cliente, solidairement responsable (LNT, art. 95)",
                       "en": "Client company, jointly and severally liable (LNT s. 95)"},
    "job": {"fr": "Poste", "en": "Job"},
    "hired": {"fr": "Début de l'emploi", "en": "Start of employment"},
    "ended": {"fr": "Fin de l'emploi", "en": "End of employment"},
    "ended_layoff": {"fr": "Début de la mise à pied", "en": "First day of the layoff"},
    "union": {"fr": "Couverte par une convention collective", "en": "Covered by a collective agreement"},
    "yes": {"fr": "oui", "en": "yes"},
    "no": {"fr": "non", "en": "no"},
    "wage": {"fr": "Salaire hebdomadaire régulier", "en": "Regular weekly wage"},
    "nature": {"fr": "Nature", "en": "Nature"},
    "amount": {"fr": "Montant", "en": "Amount"},
    "due": {"fr": "Exigible le", "en": "Due on"},
    "basis": {"fr": "Article", "en": "Section"},
    "individual_indemnity": {"fr": "Indemnité compensatrice de préavis", "en": "Indemnity in lieu of notice"},
    "collective_indemnity": {"fr": "Indemnité de licenciement collectif", "en": "Collective dismissal indemnity"},
    "severance_pay": {"fr": "Indemnité de départ", "en": "Severance pay"},
    "vacation_indemnity": {"fr": "Indemnité de vacances", "en": "Vacation indemnity"},
    "paid_notice": {"fr": "Au titre du préavis", "en": "In lieu of notice"},
    "paid_vacation": {"fr": "Au titre des vacances", "en": "As vacation pay"},
    "consent_line": {"fr": "Consentement recueilli le {date} par {by}; formulaire signé joint.",
                     "en": "Consent taken on {date} by {by}; signed form attached."},
    "form_title": {"fr": "Consentement au dépôt d'une plainte (LNT, art. 102)",
                   "en": "Consent to the filing of a complaint (LNT s. 102)"},
    "form_body": {
        "fr": "Je soussigné(e), {name}, autorise {clinic}, organisme sans but lucratif, à déposer en mon nom auprès "
              "de la CNESST une plainte pour les sommes qui me sont dues par {employer} à la suite de la fin de mon "
              "emploi, et à recevoir les communications qui s'y rapportent.",
        "en": "I, {name}, authorise {clinic}, a non-profit organisation, to file on my behalf with the CNESST a "
              "complaint for the money owed to me by {employer} after the end of my employment, and to receive the "
              "communications about it."},
    "signature": {"fr": "Signature : ______________________________    Date : ______________",
                  "en": "Signature: ______________________________    Date: ______________"},
    "page": {"fr": "Page {n}", "en": "Page {n}"},
}


_LANGUAGES = {"fr": {"fr": "français", "en": "French"}, "en": {"fr": "anglais", "en": "English"},
              "ar": {"fr": "arabe", "en": "Arabic"}, "other": {"fr": "autre", "en": "other"}}


def _t(key: str, lang: str, **kw: Any) -> str:
    text = _T[key][lang]
    return text.format(**kw) if kw else text


@dataclass(frozen=True)
class PackageFiles:
    """The package's files as bytes, by file name."""

    files: dict[str, bytes]

    def sha256(self, name: str) -> str:
        return hashlib.sha256(self.files[name]).hexdigest()


class _Doc:
    def __init__(self, title: str, lang: str) -> None:
        from reportlab.lib.pagesizes import LETTER
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import cm
        from reportlab.platypus import SimpleDocTemplate

        _register_fonts()
        self.lang = lang
        self.buf = io.BytesIO()
        self.doc = SimpleDocTemplate(self.buf, pagesize=LETTER, leftMargin=2 * cm, rightMargin=2 * cm,
                                     topMargin=1.6 * cm, bottomMargin=1.6 * cm, title=title, author="Clinic Intake",
                                     creator=f"Clinic Intake {__version__}", invariant=1,
                                     lang="fr-CA" if lang == "fr" else "en-CA")
        self.body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8.5, leading=10.5)
        self.h1 = ParagraphStyle("h1", parent=self.body, fontName=FONT_BOLD, fontSize=14, leading=18, spaceAfter=6)
        self.h2 = ParagraphStyle("h2", parent=self.body, fontName=FONT_BOLD, fontSize=10.5, leading=14,
                                 spaceBefore=8, spaceAfter=3)
        self.width = self.doc.width

    def p(self, text: str, style: Any = None) -> Any:
        from xml.sax.saxutils import escape

        from reportlab.platypus import Paragraph

        return Paragraph(escape(text), style or self.body)

    def table(self, rows: list[list[str]], widths: list[float], header: bool = True) -> Any:
        from reportlab.lib import colors
        from reportlab.platypus import Table, TableStyle

        cells = [[self.p(c, self.small) for c in row] for row in rows]
        table = Table(cells, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
        style: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb"))]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e9ecef")))
        table.setStyle(TableStyle(style))
        return table

    def build(self, story: list[Any]) -> bytes:
        from reportlab.lib.units import cm

        def footer(canvas: Any, doc: Any) -> None:
            canvas.saveState()
            canvas.setFont(FONT, 7.5)
            canvas.drawRightString(doc.pagesize[0] - 2 * cm, 0.9 * cm, _t("page", self.lang, n=canvas.getPageNumber()))
            canvas.restoreState()

        self.doc.build(story, onFirstPage=footer, onLaterPages=footer)
        return self.buf.getvalue()


def _money(value: Decimal, lang: str) -> str:
    return format_money(value, lang)


def _cover(package: Package, clinic: ClinicProfile, lang: str) -> bytes:
    est = package.establishment
    doc = _Doc(_t("cover_title", lang, code=est.code), lang)
    story: list[Any] = [doc.p(_t("cover_title", lang, code=est.code), doc.h1),
                        doc.p(_t("cover_intro", lang, clinic=clinic.name or "—", employer=est.employer_legal_name)),
                        doc.p(_t("as_of", lang, date=long_date(package.as_of, lang))),
                        doc.p(_t("included", lang, n=len(package.rows)), doc.h2)]
    rows = [[_t("case", lang), _t("name", lang), _t("total", lang)]]
    rows += [[r.case_number, r.name, _money(r.total, lang)] for r in package.rows]
    story.append(doc.table(rows, [doc.width * 0.22, doc.width * 0.53, doc.width * 0.25]))
    return doc.build(story)


def _left_out(package: Package, lang: str) -> bytes:
    doc = _Doc(_t("left_out", lang, n=len(package.left_out)), lang)
    rows = [[_t("case", lang), _t("reason", lang)]]
    rows += [[x.case_number, LEFT_OUT_REASONS[x.reason][lang]] for x in package.left_out]
    return doc.build([doc.p(_t("left_out", lang, n=len(package.left_out)), doc.h1),
                      doc.table(rows, [doc.width * 0.25, doc.width * 0.75])])


def _sheets(package: Package, lang: str) -> bytes:
    from reportlab.platypus import KeepTogether, PageBreak

    doc = _Doc(_t("cover_title", lang, code=package.establishment.code), lang)
    story: list[Any] = []
    half = doc.width * 0.38
    for i, r in enumerate(package.rows):
        if i:
            story.append(PageBreak())
        story += [doc.p(_t("sheet_title", lang, name=r.name), doc.h1), doc.p(f"{_t('case', lang)} {r.case_number}"),
                  doc.p(_t("s_worker", lang), doc.h2),
                  doc.table([[_t("name", lang), r.name], [_t("address", lang), r.address],
                             [_t("phone", lang), r.phone],
                             [_t("language", lang), _LANGUAGES.get(r.language, {}).get(lang, r.language)]],
                            [half, doc.width - half], header=False),
                  doc.p(_t("s_debtors", lang), doc.h2),
                  doc.table([[_t(d.role, lang), f"{d.name} — {d.address}" if d.address else d.name]
                             for d in r.debtors], [half, doc.width - half], header=False),
                  doc.p(_t("s_employment", lang), doc.h2),
                  doc.table([[_t("job", lang), r.job or "—"], [_t("hired", lang), long_date(r.hire_date, lang)],
                             [_t("ended_layoff" if r.layoff else "ended", lang), long_date(r.end_date, lang)],
                             [_t("union", lang), _t("yes" if r.union_member else "no", lang)],
                             [_t("wage", lang), _money(r.weekly_wage, lang)]],
                            [half, doc.width - half], header=False)]
        sums = [[_t("nature", lang), _t("amount", lang), _t("due", lang), _t("basis", lang)]]
        sums += [[_t(h.head.value, lang), _money(h.amount, lang), long_date(h.due_date, lang),
                  cite_all(list(h.basis[:3]), lang)] for h in r.heads]
        sums.append([_t("total", lang), _money(r.total, lang), "", ""])
        story.append(KeepTogether([doc.p(_t("s_sums", lang), doc.h2),
                                   doc.table(sums, [doc.width * 0.34, doc.width * 0.18, doc.width * 0.2,
                                                    doc.width * 0.28])]))
        story += [doc.p(_t("s_paid", lang), doc.h2),
                  doc.table([[_t("paid_notice", lang), _money(r.paid_notice, lang)],
                             [_t("paid_vacation", lang), _money(r.paid_vacation, lang)]],
                            [half, doc.width - half], header=False),
                  doc.p(_t("s_consent", lang), doc.h2),
                  doc.p(_t("consent_line", lang, date=long_date(r.consent_given_at.date(), lang),
                           by=r.consent_recorded_by or "—"))]
    return doc.build(story)


def _consent_forms(package: Package, clinic: ClinicProfile, lang: str, *, own_language: bool) -> bytes:
    from reportlab.platypus import PageBreak, Spacer

    doc = _Doc(_t("form_title", lang), lang)
    story: list[Any] = []
    for i, r in enumerate(package.rows):
        form_lang = r.language if own_language and r.language in ("fr", "en") else lang
        if i:
            story.append(PageBreak())
        story += [doc.p(_t("form_title", form_lang), doc.h1),
                  doc.p(_t("form_body", form_lang, name=r.name, clinic=clinic.name or "—",
                           employer=" / ".join(d.name for d in r.debtors))),
                  Spacer(1, 40), doc.p(_t("signature", form_lang)), Spacer(1, 14),
                  doc.p(f"{_t('case', form_lang)} {r.case_number}", doc.small)]
    return doc.build(story)


def render_package(package: Package, clinic: ClinicProfile, lang: str, *,
                   consent_in_own_language: bool = False) -> PackageFiles:
    """Every file of the package (names are stable: the service writes them into the chosen folder)."""
    lang = "en" if lang == "en" else "fr"
    files = {
        "0-cover.pdf": _cover(package, clinic, lang),
        "1-workers.pdf": _sheets(package, lang) if package.rows else b"",
        "2-consent-forms.pdf": _consent_forms(package, clinic, lang, own_language=consent_in_own_language)
        if package.rows else b"",
        "9-not-included-internal.pdf": _left_out(package, lang),
    }
    return PackageFiles({k: v for k, v in files.items() if v})


__all__ = ["PackageFiles", "render_package"]
