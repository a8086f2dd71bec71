"""The coordinators' summary (pure numbers) and its PDF (text extracted with pypdf)."""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from decimal import Decimal

import pytest
from pypdf import PdfReader

from clinic_app.domain.case import CaseStatus
from clinic_app.domain.case_figures import case_entitlements, case_figures
from clinic_app.domain.errors import FieldError
from clinic_app.domain.parsing import format_money
from clinic_app.export.report import render_summary_pdf
from clinic_app.export.summary import summarise

from .helpers import demo_records

TODAY = dt.date(2025, 2, 20)  # within 30 days of the demo closures' 45-day complaint deadlines


def test_summary_counts_and_totals_match_the_cases() -> None:
    ests, cases, records = demo_records(400)
    by_id = {e.id: e for e in ests}
    s = summarise(records, TODAY)
    assert s.total_cases == 400
    assert s.by_kind == Counter(str(c.kind) for c in cases)
    assert s.by_status == Counter(str(c.status) for c in cases)
    assert s.by_site == Counter(c.site_or_company or "-" for c in cases)
    assert sum(s.by_badge.values()) == sum(1 for c in cases if c.warehouse is not None)
    owed = paid = short = Decimal(0)
    computed = 0
    expected_deadlines = set()
    for c in cases:
        f = case_figures(c, by_id.get(c.establishment_id or ""))
        if f.amount_owed is None:
            continue
        computed += 1
        owed += f.amount_owed
        paid += f.paid
        short += f.shortfall
        ent = case_entitlements(c, by_id.get(c.establishment_id or ""))
        assert not isinstance(ent, FieldError)
        if c.status is not CaseStatus.CLOSED:
            dates = [(d.kind, d.date) for d in ent.deadlines]
            expected_deadlines |= {(c.case_number, k, d) for k, d in dates
                                   if TODAY <= d <= TODAY + dt.timedelta(days=30)}
    assert (s.with_figures, s.owed, s.paid, s.shortfall) == (computed, owed, paid, short)
    assert 0 < computed < 400
    assert {(d.case_number, d.kind, d.date) for d in s.deadlines} == expected_deadlines
    assert expected_deadlines, "the demo data should have deadlines in the window"
    assert [d.date for d in s.deadlines] == sorted(d.date for d in s.deadlines)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pdf_report_states_the_totals_and_names_nobody(tmp_path, lang: str) -> None:
    _ests, cases, records = demo_records(150)
    s = summarise(records, TODAY)
    pdf = render_summary_pdf(s, lang)
    assert pdf.startswith(b"%PDF")
    out = tmp_path / "r.pdf"
    out.write_bytes(pdf)
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    flat = " ".join(text.split()).replace("\u00a0", " ")
    assert ("Sommaire des dossiers" if lang == "fr" else "Case summary") in flat
    for amount in (s.owed, s.paid, s.shortfall):
        assert format_money(amount, lang).replace("\u00a0", " ") in flat
    assert s.deadlines and s.deadlines[0].case_number in flat
    for site in s.by_site:
        assert site in flat
    for c in cases:
        for value in (c.person.family_name, c.person.phone, c.person.email):
            assert not value or value not in text


def test_summary_lists_open_cases_whose_claim_deadline_passed() -> None:
    """Issue 18: the Summary names the claims whose deadline passed (open cases with money to claim)."""
    ests, cases, records = demo_records(400)
    by_id = {e.id: e for e in ests}
    later = TODAY + dt.timedelta(days=800)  # every demo claim deadline has passed by then
    s = summarise(records, later)
    expected = set()
    for c in cases:
        f = case_figures(c, by_id.get(c.establishment_id or ""))
        if f.amount_owed is None or c.status is CaseStatus.CLOSED or not f.shortfall:
            continue
        ent = case_entitlements(c, by_id.get(c.establishment_id or ""))
        assert not isinstance(ent, FieldError)
        expected |= {(c.case_number, d.date) for d in ent.deadlines if d.kind == "claim" and d.date < later}
    assert expected and {(d.case_number, d.date) for d in s.passed} == expected
    assert [d.date for d in s.passed] == sorted((d.date for d in s.passed), reverse=True)
    assert summarise(records, TODAY - dt.timedelta(days=400)).passed == []



@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_pdf_report_lists_the_passed_claim_deadlines_too(lang: str) -> None:
    _ests, _cases, records = demo_records(400)
    later = TODAY + dt.timedelta(days=800)
    s = summarise(records, later)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(render_summary_pdf(s, lang))).pages)
    heading = "Délais de réclamation passés" if lang == "fr" else "Claim deadlines passed"
    assert heading in text and s.passed[0].case_number in text
    quiet = summarise(records, TODAY - dt.timedelta(days=400))
    quiet_pdf = PdfReader(io.BytesIO(render_summary_pdf(quiet, lang)))
    assert heading not in "".join(page.extract_text() for page in quiet_pdf.pages)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pdf_report_and_site_page_embed_every_font_and_state_their_language(tmp_path, lang: str) -> None:
    """pdffonts says "emb yes" for every font (no unembedded Helvetica), and the catalogue has /Lang."""
    import shutil
    import subprocess

    from clinic_app.domain.site_view import site_totals
    from clinic_app.export.site_report import render_site_pdf

    ests, _cases, records = demo_records(60)
    pdfs = {"report": render_summary_pdf(summarise(records, TODAY), lang)}
    est = next(r.establishment for r in records if r.establishment is not None)
    site_cases = [r.case for r in records if r.case.establishment_id == est.id]
    pdfs["site"] = render_site_pdf(site_totals(est, site_cases, TODAY), lang)
    for name, pdf in pdfs.items():
        out = tmp_path / f"{name}.pdf"
        out.write_bytes(pdf)
        reader = PdfReader(out)
        assert reader.trailer["/Root"]["/Lang"] == ("fr-CA" if lang == "fr" else "en-CA"), name
        fonts = set()
        for page in reader.pages:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                fonts.add(str(font["/BaseFont"]))
                descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
                descriptor = descendant.get("/FontDescriptor")
                assert descriptor is not None, (name, font["/BaseFont"])  # the 14 standard fonts have none
                descriptor = descriptor.get_object()
                assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), (name, fonts)
        assert fonts and not any("Helvetica" in f for f in fonts), fonts
        if shutil.which("pdffonts"):
            listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
            rows = [row.split() for row in listing.splitlines()[2:]]
            assert rows and all(row[-5] == "yes" for row in rows), listing  # the "emb" column
