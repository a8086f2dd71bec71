"""The coordinators' summary report as a PDF (ReportLab, with ReportLab graphics charts).

What it shows is :func:`clinic_app.export.summary.summarise` over every live case, the same numbers as the
summary screen: cases by site or company, by kind, status and badge; total owed, paid and shortfall; and
the deadlines of the next 30 days, by case number. It names nobody: the report is printed and left on
desks, so it lists case numbers, never names.

Why ReportLab's own graphics and not an image library: the charts stay vector (sharp when printed), and
no other dependency is needed. The text is in the letters' DejaVu fonts, embedded (the built-in Helvetica is
named by a PDF but not carried, and covers Latin-1 only); the document's language is set (``/Lang``).
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from clinic_app._version import __version__
from clinic_app.domain.parsing import format_money
from clinic_app.export.atomic import write_bytes_atomic
from clinic_app.export.columns import ExportRecord
from clinic_app.export.labels import STATUS_ORDER, deadline_label, value_label
from clinic_app.export.summary import DEADLINE_WINDOW_DAYS, Summary, summarise
from clinic_app.letters.fonts import FONT, FONT_BOLD, embedded_sample_styles, pdf_language

if TYPE_CHECKING:
    from clinic_app.storage import CaseStore

__all__ = ["render_report", "render_summary_pdf", "summary_of_store"]

_T: dict[str, dict[str, str]] = {
    "title": {"fr": "Sommaire des dossiers", "en": "Case summary"},
    "generated": {"fr": "Produit le {date} par Clinic Intake {version}. Aucun nom de personne n'y figure.",
                  "en": "Made on {date} by Clinic Intake {version}. No person's name appears in it."},
    "totals": {"fr": "Totaux", "en": "Totals"},
    "cases": {"fr": "Dossiers", "en": "Cases"},
    "with_figures": {"fr": "Dossiers calculables (faits complets)", "en": "Cases with complete facts"},
    "owed": {"fr": "Montant dû", "en": "Amount owed"},
    "paid": {"fr": "Déjà versé", "en": "Already paid"},
    "shortfall": {"fr": "Reste à payer", "en": "Shortfall"},
    "money_note": {"fr": "Les montants portent sur les dossiers calculables seulement.",
                   "en": "Amounts cover the cases with complete facts only."},
    "by_site": {"fr": "Par site ou entreprise", "en": "By site or company"},
    "site": {"fr": "Site ou entreprise", "en": "Site or company"},
    "by_kind": {"fr": "Par type", "en": "By kind"},
    "kind": {"fr": "Type", "en": "Kind"},
    "by_status": {"fr": "Par statut", "en": "By status"},
    "status": {"fr": "Statut", "en": "Status"},
    "by_badge": {"fr": "Par badge (entrepôts)", "en": "By badge (warehouse)"},
    "badge": {"fr": "Badge", "en": "Badge"},
    "deadlines": {"fr": "Échéances des {n} prochains jours", "en": "Deadlines in the next {n} days"},
    "no_deadlines": {"fr": "Aucune échéance dans cette période.", "en": "No deadline in this period."},
    "passed": {"fr": "Délais de réclamation passés (dossiers ouverts, une somme à réclamer)",
               "en": "Claim deadlines passed (open cases with money to claim)"},
    "more_passed": {"fr": "... et {n} autres, passés plus tôt : la vue Délais (menu Affichage) les liste tous.",
                    "en": "... and {n} more, passed earlier: the Deadlines view (View menu) lists them all."},
    "date": {"fr": "Date", "en": "Date"},
    "case": {"fr": "Dossier", "en": "Case"},
    "deadline": {"fr": "Échéance", "en": "Deadline"},
    "chart_sites": {"fr": "Dossiers par site ou entreprise", "en": "Cases by site or company"},
    "chart_money": {"fr": "Montant dû et reste à payer par site (k$)",
                    "en": "Amount owed and shortfall by site (k$)"},
    "chart_status": {"fr": "Dossiers par statut", "en": "Cases by status"},
    "page": {"fr": "Page {n}", "en": "Page {n}"},
    "more_deadlines": {"fr": "... et {n} autres échéances : l'écran de sommaire les liste toutes, tout comme un "
                             "export avec la colonne next_deadline.",
                       "en": "... and {n} more deadlines: the summary screen lists them all, as does an export "
                             "with the next_deadline column."},
    "others": {"fr": "Autres", "en": "Others"},
}

#: Deadlines listed case by case (a closure can put hundreds in the same week; the table above counts them
#: all by date, and the summary screen and exports list every one).
MAX_DEADLINE_ROWS = 300
#: passed claim deadlines listed on paper (the most recently passed first); the Summary screen lists them all
MAX_PASSED_ROWS = 100
#: Sites shown one by one in the charts; the rest are summed as "Others" (tables list them all).
CHART_SITES = 14
_BLUE, _ORANGE, _GREY = "#1f5f99", "#d9822b", "#5a6570"
_STATUS_COLOURS = ("#9aa5b1", "#1f5f99", "#3f8f5b", "#d9822b", "#5a6570")


def _t(key: str, lang: str, **kw: Any) -> str:
    text = _T[key].get(lang, _T[key]["fr"])
    return text.format(**kw) if kw else text


def summary_of_store(store: CaseStore, today: dt.date, *,
                     progress: Callable[[int, int], bool | None] | None = None) -> Summary:
    """The summary of every live case of ``store``: added up in SQL from the stored figures, after stale ones
    are recomputed; when they cannot be (another program holds the write lock, a read-only copy), by
    :func:`summarise` over every case and the engine (progress every 500 cases; False cancels)."""
    from clinic_app.export.errors import ExportCancelled
    from clinic_app.export.exports import export_records
    from clinic_app.export.summary import CLAIM, DEADLINE_WINDOW_DAYS, MAX_PASSED_LISTED, summarise_stored
    from clinic_app.storage import CaseQuery, StorageError

    try:
        store.refresh_stale_figures()
    except StorageError:
        pass  # never totals from stale figures: the engine below
    else:
        stored = store.summary_rows(today, today + dt.timedelta(days=DEADLINE_WINDOW_DAYS), claim_kind=CLAIM,
                                    passed_limit=MAX_PASSED_LISTED)
        return summarise_stored(stored, today)

    total = store.count_cases(CaseQuery(limit=None)) if progress is not None else 0

    def records() -> Iterable[ExportRecord]:
        for i, rec in enumerate(export_records(store), start=1):
            if progress is not None and i % 500 == 0 and progress(i, total) is False:
                raise ExportCancelled
            yield rec

    return summarise(records(), today)


def _top(counter: Counter[str] | dict[str, Any], n: int) -> list[tuple[str, Any]]:
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def _site_bars(summary: Summary, lang: str, width: float) -> Any:
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    items = _top(summary.by_site, CHART_SITES)
    rest = summary.total_cases - sum(v for _k, v in items)
    if rest > 0:
        items.append((_t("others", lang), rest))
    items.reverse()  # the largest at the top
    row = 16
    height = 40 + row * max(len(items), 1)
    d = Drawing(width, height)
    d.add(String(0, height - 12, _t("chart_sites", lang), fontName=FONT_BOLD, fontSize=10))
    chart = HorizontalBarChart()
    chart.x, chart.y = 110, 18
    chart.width, chart.height = width - 150, height - 40
    chart.data = [[v for _k, v in items] or [0]]
    chart.categoryAxis.categoryNames = [k for k, _v in items] or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 8
    chart.bars[0].fillColor = colors.HexColor(_BLUE)
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    return d


def _money_bars(summary: Summary, lang: str, width: float) -> Any:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    items = _top(summary.owed_by_site, CHART_SITES)
    names = [k for k, _v in items] or [""]
    owed = [float(v) / 1000 for _k, v in items] or [0.0]
    short = [float(summary.shortfall_by_site.get(k, Decimal(0))) / 1000 for k, _v in items] or [0.0]
    height = 200
    d = Drawing(width, height)
    d.add(String(0, height - 12, _t("chart_money", lang), fontName=FONT_BOLD, fontSize=10))
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 40
    chart.width, chart.height = width - 60, height - 80
    chart.data = [owed, short]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 30 if len(names) > 8 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(names) > 8 else "n"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 8
    chart.bars[0].fillColor = colors.HexColor(_BLUE)
    chart.bars[1].fillColor = colors.HexColor(_ORANGE)
    chart.groupSpacing = 6
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 190, height - 10
    legend.fontName = FONT
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.colorNamePairs = [(colors.HexColor(_BLUE), _t("owed", lang)),
                             (colors.HexColor(_ORANGE), _t("shortfall", lang))]
    d.add(legend)
    return d


def _status_pie(summary: Summary, lang: str, width: float) -> Any:
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.charts.piecharts import Pie
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    keys = [s for s in STATUS_ORDER if summary.by_status.get(s)] + \
        sorted(k for k in summary.by_status if k not in STATUS_ORDER)
    height = 150
    d = Drawing(width, height)
    d.add(String(0, height - 12, _t("chart_status", lang), fontName=FONT_BOLD, fontSize=10))
    if not keys:
        return d
    pie = Pie()
    pie.x, pie.y = 20, 10
    pie.width = pie.height = 110
    pie.data = [summary.by_status[k] for k in keys]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    for i, _k in enumerate(keys):
        pie.slices[i].fillColor = colors.HexColor(_STATUS_COLOURS[i % len(_STATUS_COLOURS)])
    d.add(pie)
    legend = Legend()
    legend.x, legend.y = 160, 110
    legend.fontName = FONT
    legend.fontSize = 9
    legend.alignment = "right"
    legend.colorNamePairs = [
        (colors.HexColor(_STATUS_COLOURS[i % len(_STATUS_COLOURS)]),
         f"{value_label(k, lang)}: {summary.by_status[k]}") for i, k in enumerate(keys)]
    d.add(legend)
    return d


def _table(rows: Sequence[Sequence[Any]], widths: Sequence[float], *, numeric_from: int = 1,
           header: bool = True) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    first = 1 if header else 0
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("ROWBACKGROUNDS", (0, first), (-1, -1), [colors.white, colors.HexColor("#f1f3f5")]),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header:
        style += [("FONT", (0, 0), (-1, 0), FONT_BOLD, 9),
                  ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor(_GREY))]
    table = Table([list(r) for r in rows], colWidths=list(widths), repeatRows=first, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


def render_summary_pdf(summary: Summary, lang: str, *, generated: dt.datetime | None = None) -> bytes:
    """The report of ``summary`` as PDF bytes (pure: no store)."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.units import cm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer

    lang = "en" if lang == "en" else "fr"
    generated = generated or dt.datetime.now().astimezone()
    styles = embedded_sample_styles()  # embedded DejaVu, never the 14 unembedded standard fonts
    h1, h2, body = styles["Title"], styles["Heading2"], styles["BodyText"]

    def money(value: Decimal) -> str:
        return format_money(value, lang)

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=LETTER, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm,
                            bottomMargin=1.8 * cm, title=_t("title", lang), author="Clinic Intake",
                            subject=_t("title", lang), creator=f"Clinic Intake {__version__}",
                            lang=pdf_language(lang), initialFontName=FONT)  # not Helvetica
    width = doc.width

    def footer(canvas: Any, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.drawString(2 * cm, 1.1 * cm, f"{_t('title', lang)} - {summary.today.isoformat()}")
        canvas.drawRightString(LETTER[0] - 2 * cm, 1.1 * cm, _t("page", lang, n=canvas.getPageNumber()))
        canvas.restoreState()

    story: list[Any] = [
        Paragraph(escape(_t("title", lang)), h1),
        Paragraph(escape(_t("generated", lang, date=generated.strftime("%Y-%m-%d %H:%M"), version=__version__)),
                  body),
        Spacer(1, 8),
        Paragraph(escape(_t("totals", lang)), h2),
        _table([[_t("cases", lang), str(summary.total_cases)],
                [_t("with_figures", lang), str(summary.with_figures)],
                [_t("owed", lang), money(summary.owed)],
                [_t("paid", lang), money(summary.paid)],
                [_t("shortfall", lang), money(summary.shortfall)]], [9 * cm, 5 * cm], header=False),
        Paragraph(escape(_t("money_note", lang)), styles["Italic"]),
        Spacer(1, 10),
        _site_bars(summary, lang, width),
        Spacer(1, 6),
        _money_bars(summary, lang, width),
        Spacer(1, 6),
        _status_pie(summary, lang, width),
    ]
    site_rows: list[list[Any]] = [[_t("site", lang), _t("cases", lang), _t("owed", lang), _t("shortfall", lang)]]
    for site, n in sorted(summary.by_site.items(), key=lambda kv: (-kv[1], kv[0])):
        site_rows.append([site, str(n), money(summary.owed_by_site.get(site, Decimal(0))),
                          money(summary.shortfall_by_site.get(site, Decimal(0)))])
    story += [Paragraph(escape(_t("by_site", lang)), h2), _table(site_rows, [6 * cm, 2.5 * cm, 4 * cm, 4 * cm])]

    def counts(title: str, head: str, counter: Counter[str], order: Sequence[str] = ()) -> Any:
        keys = [k for k in order if k in counter] + sorted(k for k in counter if k not in order)
        rows = [[_t(head, lang), _t("cases", lang)]] + [[value_label(k, lang), str(counter[k])] for k in keys]
        return KeepTogether([Paragraph(escape(_t(title, lang)), h2), _table(rows, [6 * cm, 2.5 * cm])])

    story += [counts("by_kind", "kind", summary.by_kind, ("warehouse", "driver")),
              counts("by_status", "status", summary.by_status, STATUS_ORDER),
              counts("by_badge", "badge", summary.by_badge, ("blue", "white", "-"))]
    story.append(Paragraph(escape(_t("deadlines", lang, n=DEADLINE_WINDOW_DAYS)), h2))
    if summary.deadlines:
        cell = styles["BodyText"].clone("cell", fontSize=8, leading=9.5)
        grouped: dict[tuple[dt.date, str], int] = Counter((d.date, d.kind) for d in summary.deadlines)
        rows = [[_t("date", lang), _t("deadline", lang), _t("cases", lang)]]
        for (day, kind), n in sorted(grouped.items()):
            rows.append([day.isoformat(), Paragraph(escape(deadline_label(kind, lang)), cell), str(n)])
        story.append(_table(rows, [2.3 * cm, width - 4.8 * cm, 2.5 * cm], numeric_from=2))
        story.append(Spacer(1, 8))
        shown = summary.deadlines[:MAX_DEADLINE_ROWS]
        rows = [[_t("date", lang), _t("case", lang), _t("site", lang), _t("deadline", lang)]]
        for d in shown:
            rows.append([d.date.isoformat(), d.case_number or d.case_uuid[:8], d.site,
                         Paragraph(escape(deadline_label(d.kind, lang)), cell)])
        story.append(_table(rows, [2.3 * cm, 3.2 * cm, 3.2 * cm, width - 8.7 * cm], numeric_from=99))
        hidden = len(summary.deadlines) - len(shown)
        if hidden > 0:
            story.append(Paragraph(escape(_t("more_deadlines", lang, n=hidden)), styles["Italic"]))
    else:
        story.append(Paragraph(escape(_t("no_deadlines", lang)), body))
    if summary.passed:  # what may still be saved (an inquiry, the civil route) is for staff to look at now
        story.append(Paragraph(escape(_t("passed", lang)), h2))
        shown_passed = summary.passed[:MAX_PASSED_ROWS]
        rows = [[_t("date", lang), _t("case", lang), _t("site", lang)]]
        rows += [[d.date.isoformat(), d.case_number or d.case_uuid[:8], d.site] for d in shown_passed]
        story.append(_table(rows, [2.3 * cm, 3.2 * cm, width - 5.5 * cm], numeric_from=99))
        if summary.passed_total > len(shown_passed):
            story.append(Paragraph(escape(_t("more_passed", lang, n=summary.passed_total - len(shown_passed))),
                                   styles["Italic"]))
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


def render_report(store: CaseStore, path: str | os.PathLike[str], lang: str, *, today: dt.date | None = None,
                  progress: Callable[[int, int], bool | None] | None = None) -> Summary:
    """Write the summary report of every live case in ``store`` to ``path`` (atomically); returns the summary."""
    today = today or dt.date.today()
    summary = summary_of_store(store, today, progress=progress)
    write_bytes_atomic(path, render_summary_pdf(summary, lang))
    store.record_audit("report", detail=f"summary report n={summary.total_cases} lang={lang}")
    return summary
