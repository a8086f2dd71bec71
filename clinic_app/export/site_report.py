"""One page about one establishment, for a meeting or the press: counts and amounts, never a person's name.

What it shows is :class:`clinic_app.domain.site_view.SiteTotals`: the establishment's facts (and which are
missing), its cases by status, how many consents allow the clinic to act, the amount owed and the total claim on
the employer's count and with the delivery drivers deemed employees (the difference is the argument), and the
money by the month it falls due. The chart compares the two counts. ReportLab graphics keep it vector.
"""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from clinic_app._version import __version__
from clinic_app.domain.explain import long_date
from clinic_app.domain.parsing import format_money
from clinic_app.domain.site_view import MISSING_LABELS, SiteTotals
from clinic_app.export.labels import STATUS_ORDER, value_label
from clinic_app.letters.fonts import FONT, FONT_BOLD, embedded_sample_styles, pdf_language

_T: dict[str, dict[str, str]] = {
    "title": {"fr": "Établissement {code}", "en": "Establishment {code}"},
    "made": {"fr": "Au {date}. Produit par Clinic Intake {version}. Aucun nom de personne n'y figure.",
             "en": "As of {date}. Made by Clinic Intake {version}. No person's name appears in it."},
    "facts": {"fr": "Faits de l'établissement", "en": "Facts of the establishment"},
    "employer": {"fr": "Employeur", "en": "Employer"},
    "address": {"fr": "Adresse", "en": "Address"},
    "closure": {"fr": "Fermeture", "en": "Closure"},
    "count": {"fr": "Fins d'emploi selon l'employeur", "en": "Terminations, the employer's count"},
    "count_drivers": {"fr": "Fins d'emploi en comptant les livreurs", "en": "Terminations counting the drivers"},
    "minister": {"fr": "Avis au ministre (semaines)", "en": "Notice to the Minister (weeks)"},
    "inquiry": {"fr": "Avis d'enquête de la CNESST", "en": "CNESST notice of inquiry"},
    "client": {"fr": "Entreprise cliente", "en": "Client company"},
    "minister_date": {"fr": "Avis au ministre donné le", "en": "Notice to the Minister given on"},
    "union": {"fr": "Syndicat accrédité", "en": "Certified union"},
    "agreement": {"fr": "Convention collective", "en": "Collective agreement"},
    "unknown": {"fr": "inconnu", "en": "not known"},
    "none": {"fr": "aucun", "en": "none"},
    "missing": {"fr": "Faits manquants : {what}.", "en": "Missing facts: {what}."},
    "cases": {"fr": "Dossiers", "en": "Cases"},
    "warehouse": {"fr": "Entrepôt", "en": "Warehouse"},
    "drivers": {"fr": "Livreurs", "en": "Drivers"},
    "consents": {"fr": "Consentements permettant d'agir", "en": "Consents allowing the clinic to act"},
    "computed": {"fr": "Dossiers calculables", "en": "Cases with complete figures"},
    "passed": {"fr": "Réclamation d'un an passée", "en": "One-year claim passed"},
    "not_yet_due": {"fr": "Sommes pas encore exigibles", "en": "Money not yet due"},
    "money": {"fr": "Ce qui est dû", "en": "What is owed"},
    "owed": {"fr": "Montant dû (préavis)", "en": "Amount owed (notice)"},
    "claim": {"fr": "Total réclamé (avec les vacances)", "en": "Total claim (with vacation)"},
    "by_employer": {"fr": "Compte de l'employeur", "en": "Employer's count"},
    "by_drivers": {"fr": "Livreurs comptés", "en": "Drivers counted"},
    "difference": {"fr": "Différence", "en": "Difference"},
    "no_second": {"fr": "Aucun second compte (livreurs réputés salariés) n'est inscrit.",
                  "en": "No second count (drivers deemed employees) is recorded."},
    "chart": {"fr": "Montant dû selon le compte (milliers de $)", "en": "Amount owed by count (thousands of $)"},
    "due": {"fr": "Exigibilité par mois", "en": "Falling due by month"},
    "month": {"fr": "Mois", "en": "Month"},
    "heads": {"fr": "Chefs", "en": "Heads"},
    "amount": {"fr": "Montant", "en": "Amount"},
    "status": {"fr": "Statut", "en": "Status"},
}


MAX_MONTHS = 8  # rows of the "falling due" table before the rest is grouped (the page stays one page)


def _t(key: str, lang: str, **kw: Any) -> str:
    text = _T[key][lang]
    return text.format(**kw) if kw else text


def _chart(totals: SiteTotals, lang: str, width: float) -> Any:
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    names = [_t("by_employer", lang)]
    values = [float(totals.owed) / 1000]
    if totals.owed_drivers is not None:
        names.append(_t("by_drivers", lang))
        values.append(float(totals.owed_drivers) / 1000)
    height = 40 + 28 * len(names)
    d = Drawing(width, height)
    d.add(String(0, height - 12, _t("chart", lang), fontName=FONT_BOLD, fontSize=10))
    chart = HorizontalBarChart()
    chart.x, chart.y = 110, 10
    chart.width, chart.height = width - 130, height - 36
    chart.data = [values]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 8
    chart.bars[0].fillColor = colors.HexColor("#2b5797")
    chart.barLabelFormat = "%.0f"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 8
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    return d


def render_site_pdf(totals: SiteTotals, lang: str) -> bytes:
    """The establishment's one-pager as PDF bytes (pure: no store)."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from clinic_app.export.report import _table

    lang = "en" if lang == "en" else "fr"
    est = totals.establishment
    styles = embedded_sample_styles()  # embedded DejaVu, never the 14 unembedded standard fonts
    h1, h2, body = styles["Title"], styles["Heading3"], styles["BodyText"]

    def money(value: Decimal) -> str:
        return format_money(value, lang)

    def known(value: object) -> str:
        return _t("unknown", lang) if value is None else str(value)

    buf = io.BytesIO()
    title = _t("title", lang, code=est.code)
    doc = SimpleDocTemplate(buf, pagesize=LETTER, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.5 * cm,
                            bottomMargin=1.5 * cm, title=title, author="Clinic Intake", subject=title,
                            creator=f"Clinic Intake {__version__}", lang=pdf_language(lang),
                            initialFontName=FONT)  # not Helvetica
    width = doc.width
    inquiry = (long_date(est.cnesst_inquiry_notice_date, lang) if est.cnesst_inquiry_notice_date
               else _t("none", lang))
    story: list[Any] = [
        Paragraph(escape(title), h1),
        Paragraph(escape(_t("made", lang, date=long_date(totals.as_of, lang), version=__version__)), body),
        Paragraph(escape(_t("facts", lang)), h2),
        _table([[_t("employer", lang), escape(est.employer_legal_name)],
                *([[_t("client", lang), escape(est.client_company)]] if est.client_company else []),
                [_t("address", lang), escape(est.address.replace("\n", ", "))],
                [_t("closure", lang), long_date(est.closure_date, lang) if est.closure_date else _t("unknown", lang)],
                [_t("count", lang), known(est.establishment_terminations)],
                [_t("count_drivers", lang), known(est.terminations_with_drivers)],
                [_t("minister", lang), known(est.collective_notice_weeks_given)],
                [_t("minister_date", lang), long_date(est.minister_notice_date, lang) if est.minister_notice_date
                 else _t("unknown", lang)],
                [_t("inquiry", lang), inquiry],
                *([[_t("union", lang), escape(est.union_name)]] if est.union_name else []),
                *([[_t("agreement", lang), escape(est.collective_agreement)]] if est.collective_agreement else [])],
               [7 * cm, width - 7 * cm], header=False, numeric_from=99),
    ]
    if totals.missing:
        what = "; ".join(MISSING_LABELS[m][lang] for m in totals.missing)
        story.append(Paragraph(escape(_t("missing", lang, what=what)), styles["Italic"]))
    story += [
        Paragraph(escape(_t("cases", lang)), h2),
        _table([[_t("cases", lang), str(totals.cases)],
                [_t("warehouse", lang), str(totals.warehouse)],
                [_t("drivers", lang), str(totals.drivers)],
                [_t("consents", lang), str(totals.consents_acting)],
                [_t("computed", lang), str(totals.computed)],
                [_t("passed", lang), str(totals.claim_passed)],
                [_t("not_yet_due", lang), str(totals.not_yet_due)]]
               + [[f"{_t('status', lang)} : {value_label(s, lang)}" if lang == "fr"
                   else f"{_t('status', lang)}: {value_label(s, lang)}", str(totals.by_status[s])]
                  for s in STATUS_ORDER if totals.by_status.get(s)],
               [9 * cm, 4 * cm], header=False),
        Paragraph(escape(_t("money", lang)), h2),
    ]
    head = ["", _t("by_employer", lang)]
    owed_row = [_t("owed", lang), money(totals.owed)]
    claim_row = [_t("claim", lang), money(totals.claim)]
    if totals.owed_drivers is not None and totals.claim_drivers is not None and totals.difference is not None:
        head += [_t("by_drivers", lang), _t("difference", lang)]
        owed_row += [money(totals.owed_drivers), money(totals.difference)]
        claim_row += [money(totals.claim_drivers), money(totals.claim_drivers - totals.claim)]
    story.append(_table([head, owed_row, claim_row], [6 * cm] + [(width - 6 * cm) / (len(head) - 1)] * (len(head) - 1)))
    if totals.owed_drivers is None:
        story.append(Paragraph(escape(_t("no_second", lang)), styles["Italic"]))
    story += [Spacer(1, 6), _chart(totals, lang, width)]
    if totals.due_by_month:
        rows = [[_t("month", lang), _t("heads", lang), _t("amount", lang)]]
        months = list(totals.due_by_month.items())
        shown, rest = months[:MAX_MONTHS], months[MAX_MONTHS:]
        rows += [[f"{month.year}-{month.month:02d}", str(n), money(amount)] for month, (n, amount) in shown]
        if rest:  # one page: later months together
            rows.append([f"{rest[0][0].year}-{rest[0][0].month:02d} +", str(sum(n for _m, (n, _a) in rest)),
                         money(sum((a for _m, (_n, a) in rest), Decimal(0)))])
        story += [Paragraph(escape(_t("due", lang)), h2), _table(rows, [4 * cm, 3 * cm, 5 * cm])]
    doc.build(story)
    return buf.getvalue()


__all__ = ["render_site_pdf"]
