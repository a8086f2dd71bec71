"""Details a reader of the letter sees: each payment listed, plurals, the file's dates, the signature kept with
the closing whatever pushes it, the same bytes in another process, every template placeholder filled."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from babel.numbers import format_currency
from pypdf import PdfReader

from clinic_app.domain.case import Case, CaseKind, Establishment, Language, Payment, PaymentPurpose
from clinic_app.domain.clinic import ClinicProfile
from clinic_app.letters.kinds import LetterKind
from clinic_app.letters.render import render_letter, service_words, weeks_words

REPO = Path(__file__).resolve().parents[2]
TODAY = dt.date(2025, 3, 3)
CLINIC = ClinicProfile(name="Clinique juridique Démo", address="123 rue Exemple\nMontréal QC H2X 1Y4",
                       phone="514-555-0100", email="info@example.org", signatory="Me Jeanne Roy",
                       signatory_title="Avocate")
CLOSING = {"fr": "Veuillez agréer", "en": "Yours"}


def _case(payments: list[Payment] | None = None) -> tuple[Case, Establishment]:
    est = Establishment(code="YUL5", employer_legal_name="Entrepôts Démo S.E.C.", address="1 rue Démo\nLaval QC",
                        establishment_terminations=120)
    case = Case.new(CaseKind.WAREHOUSE)
    case.person.given_name, case.person.family_name = "Marc-André", "Gagnon"
    case.warehouse.employer_legal_name, case.warehouse.site_code = est.employer_legal_name, "YUL5"
    case.establishment_id = est.id
    case.work.start_date, case.work.termination_date = dt.date(2024, 1, 22), dt.date(2025, 1, 22)
    case.work.weekly_wage = Decimal("700.00")
    case.work.payments = payments or []
    return case, est


def _pages(pdf: bytes) -> list[str]:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return [re.sub(r"\s+", " ", (p.extract_text() or "").replace("\u00a0", " ")) for p in pages]


def _money(value: str, lang: str) -> str:
    return format_currency(Decimal(value), "CAD", locale="fr_CA" if lang == "fr" else "en_CA").replace("\u00a0", " ")


@pytest.mark.parametrize("kind", [LetterKind.DEMAND_EMPLOYER, LetterKind.CALCULATION_ANNEX])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_payment_is_listed_with_what_it_was_for_and_when(lang: str, kind: LetterKind) -> None:
    payments = [Payment(Decimal("1500.00"), PaymentPurpose.CLOSURE_PACKAGE, dt.date(2025, 2, 5)),
                Payment(Decimal("234.56"), PaymentPurpose.VACATION, None, note="chèque n° 42 <b>")]
    case, est = _case(payments)
    text = " ".join(_pages(render_letter(case, est, CLINIC, kind=kind, lang=lang, today=TODAY).pdf))
    assert _money("1500.00", lang) in text and _money("234.56", lang) in text
    # v3: a vacation payment reduces only the vacation indemnity, never the notice claim
    assert _money("1734.56", lang) not in text
    if lang == "fr":
        assert "indemnité de fermeture, versé le 5 février 2025" in text
        assert "indemnité de vacances (chèque n° 42 <b>)" in text
    else:
        assert "closure package, paid on February 5, 2025" in text
        assert "vacation pay (chèque n° 42 <b>)" in text


def test_a_bare_total_is_not_listed_again() -> None:
    case, est = _case([Payment(Decimal("100.00"))])
    text = " ".join(_pages(render_letter(case, est, CLINIC, kind=LetterKind.DEMAND_EMPLOYER, lang="en",
                                         today=TODAY).pdf))
    assert "other payment" not in text


@pytest.mark.parametrize(("lang", "n", "want"), [("fr", "0", "0 semaine"), ("fr", "1", "1 semaine"),
                                                  ("fr", "2", "2 semaines"), ("en", "1", "1 week"),
                                                  ("en", "0", "0 weeks"), ("en", "16", "16 weeks"),
                                                  ("fr", "1.5", "1,5 semaine")])
def test_weeks_are_worded_in_the_singular_or_plural(lang: str, n: str, want: str) -> None:
    assert weeks_words(lang, Decimal(n)) == want


def test_service_is_worded_like_the_explanation_without_parentheses() -> None:
    assert service_words("fr", 1, 0, 1) == "1 an et 1 jour"
    assert service_words("en", 5, 8, 17) == "5 years, 8 months and 17 days"
    case, est = _case()
    for lang in ("fr", "en"):
        for kind in (LetterKind.DEMAND_EMPLOYER, LetterKind.CALCULATION_ANNEX, LetterKind.WORKER_SUMMARY):
            text = " ".join(_pages(render_letter(case, est, CLINIC, kind=kind, lang=lang, today=TODAY).pdf))
            assert "(s)" not in text, (kind, lang)


def test_pdf_dates_are_the_letter_date() -> None:
    case, est = _case()
    meta = PdfReader(io.BytesIO(render_letter(case, est, CLINIC, kind=LetterKind.DEMAND_EMPLOYER, lang="fr",
                                              today=dt.date(2025, 2, 10)).pdf)).metadata
    assert meta["/CreationDate"].startswith("D:20250210000000")
    assert meta["/ModDate"].startswith("D:20250210000000")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_signature_stays_with_the_closing_whatever_the_number_of_payments(lang: str) -> None:
    """Payments push the end of the letter down line by line across a page break; the closing, the signatory,
    the title and the copy line must always share one page (and that page must change along the way)."""
    pages_of_signature = set()
    for count in range(0, 36, 1):
        payments = [Payment(Decimal("10.00") + i, PaymentPurpose.CLOSURE_PACKAGE, dt.date(2025, 2, 1))
                    for i in range(count)]
        case, est = _case(payments)
        pages = _pages(render_letter(case, est, CLINIC, kind=LetterKind.DEMAND_EMPLOYER, lang=lang,
                                     today=TODAY).pdf)
        where = [i for i, page in enumerate(pages) if "Me Jeanne Roy" in page]
        assert len(where) == 1, (count, where)
        page = pages[where[0]]
        assert CLOSING[lang] in page and "Avocate" in page and "Marc-André Gagnon" in page, count
        pages_of_signature.add(where[0])
    assert len(pages_of_signature) >= 2, "the payments never pushed the signature to another page"


def test_same_bytes_in_another_process_with_another_hash_seed(tmp_path: Path) -> None:
    example = REPO / "docs" / "examples" / "letter-case.json"
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"l{seed}.pdf"
        done = subprocess.run([sys.executable, "-m", "clinic_app", "letter", "--input", str(example), "--lang", "fr",
                               "--out", str(out), "--today", "2025-02-10"], capture_output=True, text=True,
                              cwd=REPO, env={"PYTHONPATH": str(REPO), "PYTHONHASHSEED": seed,
                                             "CLINIC_APP_HOME": str(tmp_path / "home")}, timeout=120)
        assert done.returncode == 0, done.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    data = json.loads(example.read_text(encoding="utf-8"))
    assert data["person"]["family_name"] in " ".join(_pages(outs[0]))


@pytest.mark.parametrize("lang", ["fr", "en", "ar"])
def test_no_placeholder_is_left_unfilled(lang: str) -> None:
    case, est = _case([Payment(Decimal("100"), PaymentPurpose.SEVERANCE, dt.date(2025, 2, 1))])
    case.person.preferred_language = Language(lang)
    case.work.release_signed, case.work.release_signed_on = True, dt.date(2025, 2, 2)
    kinds = [LetterKind.WORKER_SUMMARY] if lang == "ar" else list(LetterKind)
    for kind in kinds:
        if kind is LetterKind.DEMAND_DRIVER:
            continue  # a warehouse case; the driver's letter is checked with its own case in test_render_core
        text = " ".join(_pages(render_letter(case, est, CLINIC, kind=kind, lang=lang, today=TODAY).pdf))
        assert not re.search(r"\{[a-z_]+\}", text), (kind, lang, text)


def test_logo_is_printed_and_a_broken_logo_is_left_out(tmp_path: Path) -> None:
    """A truncated image used to fail the whole letter when ReportLab decoded it while drawing."""
    good = REPO / "resources" / "icons" / "clinic-app-64.png"
    truncated = tmp_path / "logo.png"
    truncated.write_bytes(good.read_bytes()[:300])
    not_image = tmp_path / "logo.jpg"
    not_image.write_text("not a picture", encoding="utf-8")
    case, est = _case()
    counts = {}
    for name, path in (("good", good), ("truncated", truncated), ("text", not_image),
                       ("missing", tmp_path / "nope.png"), ("folder", tmp_path)):
        clinic = ClinicProfile(name="Clinique juridique Démo", signatory="Me Jeanne Roy", logo_path=str(path))
        letter = render_letter(case, est, clinic, kind=LetterKind.DEMAND_EMPLOYER, lang="fr", today=TODAY)
        reader = PdfReader(io.BytesIO(letter.pdf))
        counts[name] = len(reader.pages[0].images)
        assert "Clinique juridique Démo" in (reader.pages[0].extract_text() or "")
    assert counts == {"good": 1, "truncated": 0, "text": 0, "missing": 0, "folder": 0}


#: Pieces of hostile or unusual text: markup, entities, placeholders, control and bidi characters, a lone
#: surrogate (JSON's "\ud800" decodes to one), emoji, combining marks, Arabic, a 400-character word.
PIECES = ["a", "é", "<", ">", "&", "\x00", "\x0b", "\x1b", "\t", "\n", "\r\n", "\ud800", "\u200f", "\u202e", "محمد",
          "😀", "x" * 400, " ", "'", '"', "\\", "{", "}", "{worker}", "%s", "<br/>", "<para>", "&amp;", "\u0301",
          "\ufeff", "\u00a0", "\u2028"]


def test_hostile_text_in_every_field_never_breaks_a_letter() -> None:
    """Seeded random mixes of PIECES in every text field of the case, site, clinic and recipient, for every kind;
    any exception fails (before the fix, a lone surrogate raised UnicodeEncodeError half-way through)."""
    import random

    from clinic_app.domain.case import ControlIndicators, Party
    from clinic_app.letters.render import Recipient

    rng = random.Random(7)

    def text() -> str:
        return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 8)))

    for i in range(36):
        case, est = _case([Payment(Decimal("12.34"), PaymentPurpose.OTHER, dt.date(2025, 2, 1), note=text())])
        if i % 2:
            case.kind, case.warehouse = CaseKind.DRIVER, None
            case.driver = Case.new(CaseKind.DRIVER).driver
            case.driver.dsp_legal_name, case.driver.dsp_address = text() + "D", text()  # named: see below
            case.driver.client_name, case.driver.client_address, case.driver.station_code = text(), text(), text()
            case.driver.controls = ControlIndicators(schedule_set_by=Party.DSP, monitoring_app=True)
        else:
            case.warehouse.employer_legal_name, case.warehouse.site_code = text() + "E", text()
            case.warehouse.job_title = text()
        p = case.person
        p.given_name, p.family_name, p.preferred_name, p.address_line, p.city = text(), text(), text(), text(), text()
        est.address, est.code, est.employer_legal_name = text(), text(), text()
        clinic = ClinicProfile(name=text(), address=text(), phone=text(), email=text(), signatory=text(),
                               signatory_title=text())
        recipient = Recipient(text() + "R", text()) if i % 3 == 0 else None  # a nameless one is refused
        demand = LetterKind.DEMAND_DRIVER if case.driver is not None else LetterKind.DEMAND_EMPLOYER
        for kind, lang in ((demand, "fr"), (LetterKind.CALCULATION_ANNEX, "en"), (LetterKind.WORKER_SUMMARY, "ar")):
            letter = render_letter(case, est, clinic, kind=kind, lang=lang, recipient=recipient, today=TODAY)
            assert letter.pdf.startswith(b"%PDF-") and letter.pages >= 1


def test_a_lone_surrogate_prints_as_a_replacement_character() -> None:
    case, est = _case()
    case.person.given_name = "Ali\ud800"
    text = " ".join(_pages(render_letter(case, est, CLINIC, kind=LetterKind.DEMAND_EMPLOYER, lang="fr",
                                         today=TODAY).pdf))
    assert "Ali\ufffd Gagnon" in text
    assert case.person.given_name == "Ali\ud800"  # the caller's case is not changed


def test_dates_read_as_a_quebec_letter_writes_them() -> None:
    from clinic_app.letters.formatting import date

    assert date(dt.date(2025, 1, 22), "fr") == "22 janvier 2025"
    assert date(dt.date(2025, 2, 1), "fr") == "1er février 2025"
    assert date(dt.date(2025, 2, 1), "en") == "February 1, 2025"
    case, est = _case()
    text = " ".join(_pages(render_letter(case, est, CLINIC, kind=LetterKind.DEMAND_EMPLOYER, lang="fr",
                                         today=dt.date(2025, 3, 1)).pdf))
    assert "Le 1er mars 2025" in text


def test_figures_snapshot_is_json_and_states_what_the_letter_printed() -> None:
    case, est = _case([Payment(Decimal("100.00"), PaymentPurpose.SEVERANCE, dt.date(2025, 2, 1))])
    case.work.weekly_wage, case.work.wage_varies = None, True
    from clinic_app.domain.case import WeeklyWage

    case.work.recent_weekly_wages = [WeeklyWage(Decimal("700")), WeeklyWage(Decimal("650")), WeeklyWage(Decimal("601"))]
    letter = render_letter(case, est, CLINIC, kind=LetterKind.DEMAND_EMPLOYER, lang="fr", today=TODAY)
    figures = json.loads(json.dumps(letter.figures))
    assert figures == letter.figures
    assert figures["weekly_wage_used"] == "650.33"  # 1951 / 3, rounded as printed
    assert figures["payments"] == [{"amount": "100.00", "purpose": "severance", "paid_on": "2025-02-01"}]
    assert figures["service"] == {"years": 1, "months": 0, "days": 1}
    assert "LNT s. 83" in figures["basis"]["individual_indemnity"]
    text = " ".join(_pages(letter.pdf))
    for key in ("amount_owed", "shortfall", "individual_indemnity", "collective_indemnity", "weekly_wage_used"):
        assert _money(figures[key], "fr") in text, key


@pytest.mark.parametrize(("layoff", "cause", "fr", "en"), [
    (False, "closure", "fermeture de l'établissement", "closure of the establishment"),
    (True, "closure", "mise à pied à compter du 22 janvier 2025", "laid off from January 22, 2025"),
    (False, "other", "Son emploi a pris fin le 22 janvier 2025.", "The employment ended on January 22, 2025."),
])
def test_the_letter_says_how_the_employment_ended_as_recorded(layoff: bool, cause: str, fr: str, en: str) -> None:
    from clinic_app.domain.types import Cause

    case, est = _case()
    case.work.layoff, case.work.cause = layoff, Cause(cause)
    for lang, want, never in (("fr", fr, "fermeture"), ("en", en, "closure")):
        text = " ".join(_pages(render_letter(case, est, CLINIC, kind=LetterKind.DEMAND_EMPLOYER, lang=lang,
                                             today=TODAY).pdf))
        assert want in text
        if cause != "closure":
            assert never not in text, "a closure is stated that was not recorded"


def test_a_demand_to_nobody_is_refused_naming_the_missing_fact() -> None:
    from clinic_app.letters.render import LetterError, Recipient

    case, est = _case()
    case.warehouse.employer_legal_name, est.employer_legal_name = "", "  "
    with pytest.raises(LetterError) as caught:
        render_letter(case, est, CLINIC, kind=LetterKind.DEMAND_EMPLOYER, lang="fr", today=TODAY)
    assert "warehouse.employer_legal_name" in caught.value.message("fr")
    assert "recipient's name is missing" in caught.value.message("en")
    with pytest.raises(LetterError) as caught:
        render_letter(case, est, CLINIC, kind=LetterKind.DEMAND_EMPLOYER, lang="en", today=TODAY,
                      recipient=Recipient("", "1 rue Démo"))
    assert "recipient.name" in caught.value.message("en")
    # The annex and the worker's summary do not need a recipient.
    assert render_letter(case, est, CLINIC, kind=LetterKind.CALCULATION_ANNEX, lang="fr", today=TODAY).pdf


def test_table_cells_are_plain_only_when_they_fit_on_one_line() -> None:
    from reportlab.lib.styles import ParagraphStyle

    from clinic_app.letters.render import FONT, FONT_BOLD, _plain_cell, _register_fonts

    _register_fonts()
    style = ParagraphStyle("cell", fontName=FONT, fontSize=9, leading=11.5)
    assert _plain_cell("Total &amp; dû", style, 200) == ("Total & dû", FONT)
    assert _plain_cell("<b>8 536,50 $</b>", style, 200) == ("8 536,50 $", FONT_BOLD)
    assert _plain_cell("Indemnité " * 30, style, 200) is None  # a long (staff-edited) label wraps instead
    assert _plain_cell("a <i>b</i>", style, 200) is None
    # In a letter, a long label is still printed whole (wrapped), not cut at the column's edge.
    case, est = _case()
    text = " ".join(_pages(render_letter(case, est, CLINIC, kind=LetterKind.CALCULATION_ANNEX, lang="fr",
                                         today=TODAY).pdf))
    assert "Indemnité compensatrice de préavis individuel" in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_demand_says_the_two_indemnities_do_not_add_up(lang: str) -> None:
    want = {"fr": "Les deux indemnités ne s'additionnent pas : seule la plus élevée est réclamée (LNT, art. 84.0.14).",
            "en": "The two indemnities do not add up: only the greater one is claimed (LNT s. 84.0.14)."}[lang]
    case, est = _case()  # 120 terminations: both indemnities owed
    text = " ".join(_pages(render_letter(case, est, CLINIC, kind=LetterKind.DEMAND_EMPLOYER, lang=lang,
                                         today=TODAY).pdf))
    assert want in text
    est.establishment_terminations = 3  # no collective dismissal: nothing to explain
    text = " ".join(_pages(render_letter(case, est, CLINIC, kind=LetterKind.DEMAND_EMPLOYER, lang=lang,
                                         today=TODAY).pdf))
    assert want not in text


@pytest.mark.parametrize("with_pay_slip", [False, True])
def test_the_list_of_control_indicators_ends_with_a_full_stop(with_pay_slip: bool) -> None:
    from clinic_app.domain.case import PaidBy, Party

    case, est = _case()
    case.kind, case.warehouse = CaseKind.DRIVER, None
    case.driver = Case.new(CaseKind.DRIVER).driver
    case.driver.dsp_legal_name, case.driver.client_name = "Livraisons Démo inc.", "Entrepôts Démo S.E.C."
    case.driver.controls.schedule_set_by, case.driver.controls.tools_supplied_by = Party.CLIENT, Party.DSP
    if with_pay_slip:
        case.driver.controls.paid_by = PaidBy.PAY_SLIP
    text = " ".join(_pages(render_letter(case, est, CLINIC, kind=LetterKind.DEMAND_DRIVER, lang="en",
                                         today=TODAY).pdf))
    last = "pay came with a pay slip." if with_pay_slip else "the tools were supplied by the delivery company."
    assert "the schedule was set by the client company;" in text and last in text
    assert "company; A business" not in text and "slip; " not in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_annex_gives_the_arithmetic_but_no_reading_prescription_or_remedy(lang: str) -> None:
    """The calculation annex goes to the debtor: the clinic's readings, due and prescription dates stay home."""
    case, est = _case([])
    from clinic_app.domain.case import WeeklyWage
    case.work.wage_varies = True
    case.work.recent_weekly_wages = [WeeklyWage(Decimal(x)) for x in ("650", "700", "760")]
    case.work.layoff = True
    case.work.notice_weeks_given = None  # not known: the debtor must not read that
    text = " ".join(_pages(render_letter(case, est, CLINIC, kind=LetterKind.CALCULATION_ANNEX, lang=lang,
                                         today=TODAY).pdf))
    for word in ("Lecture", "Reading", "prescri", "Prescri", "2925", "grief", "grievance", "exigible le",
                 "due on", "not known", "inconnu"):
        assert word not in text, word
    assert ("×" in text) and ("84.0.14" in text or "84.0.13" in text or "83" in text)
