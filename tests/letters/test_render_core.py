"""Letters: text layer checked with pypdf (names, addresses, amounts, sections, dates), adversarial input,
reproducibility, Arabic order, signature block kept whole, and the ``letter`` command."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from clinic_app.domain.case import Case, CaseKind, Establishment, Language, Party, Payment, PaymentPurpose
from clinic_app.domain.case_figures import case_entitlements
from clinic_app.domain.clinic import ClinicProfile
from clinic_app.domain.types import Jurisdiction
from clinic_app.letters.formatting import money
from clinic_app.letters.kinds import LetterKind
from clinic_app.letters.render import LetterError, Recipient, letters_for_case, render_letter, visual_arabic

TODAY = dt.date(2025, 3, 3)
CLINIC = ClinicProfile(name="Clinique juridique du Mile-End", address="123 rue Exemple\nMontréal QC H2X 1Y4",
                       phone="514-555-0100", email="info@example.org", signatory="Me Jeanne Roy",
                       signatory_title="Avocate")


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "l.pdf"
    path.write_bytes(pdf)
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))


def _est(n: int = 310) -> Establishment:
    return Establishment(code="YUL2", employer_legal_name="Entrepôts Démo du Québec S.E.C.",
                         address="4500 boul. Industriel\nLaval QC H7L 0A1", establishment_terminations=n,
                         collective_notice_weeks_given=Decimal(0))


def _warehouse(est: Establishment) -> Case:
    case = Case.new(CaseKind.WAREHOUSE)
    case.person.given_name, case.person.family_name = "Hélène", "Tremblay-Côté"
    case.warehouse.employer_legal_name, case.warehouse.site_code = est.employer_legal_name, "YUL2"
    case.establishment_id = est.id
    w = case.work
    w.start_date, w.termination_date = dt.date(2019, 5, 6), dt.date(2025, 1, 22)
    w.weekly_wage, w.notice_weeks_given = Decimal("780.00"), Decimal(0)
    w.payments = [Payment(Decimal("1234.56"), PaymentPurpose.CLOSURE_PACKAGE)]
    return case


def _driver(est: Establishment) -> Case:
    case = Case.new(CaseKind.DRIVER)
    case.person.given_name, case.person.family_name = "Karim", "Haddad"
    case.person.preferred_language = Language.AR
    d = case.driver
    d.dsp_legal_name, d.dsp_address = "Livraisons Rapides Démo inc.", "55 rue Fictive\nLaval QC H7N 0H8"
    d.client_name, d.client_address = "Entrepôts Démo du Québec S.E.C.", "1 place Démo\nMontréal QC H3B 0A1"
    d.station_code = "DXT4"
    d.controls.schedule_set_by, d.controls.could_refuse_routes = Party.DSP, False
    d.controls.monitoring_app = True
    case.establishment_id = est.id
    w = case.work
    w.start_date, w.termination_date = dt.date(2021, 9, 1), dt.date(2025, 1, 22)
    w.weekly_wage = Decimal("650")
    return case


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_demand_states_names_addresses_every_amount_sections_and_dates(lang: str, tmp_path: Path) -> None:
    est = _est()
    case = _warehouse(est)
    ent = case_entitlements(case, est)
    letter = render_letter(case, est, CLINIC, kind=LetterKind.DEMAND_EMPLOYER, lang=lang, today=TODAY)
    text = _flat(_text(letter.pdf, tmp_path))
    for expected in ("Hélène Tremblay-Côté", "Entrepôts Démo du Québec S.E.C.", "4500 boul. Industriel",
                     "Laval QC H7L 0A1", CLINIC.name, "Me Jeanne Roy", "YUL2"):
        assert expected in text, expected
    for amount in (ent.individual_indemnity, ent.collective_indemnity, ent.amount_owed, ent.shortfall,
                   ent.facts.employer_payments):
        assert _flat(money(amount, lang)) in text, amount
    if lang == "fr":
        assert "3 120,00 $" in text and "1 234,56 $" in text
        assert "22 janvier 2025" in text and "3 mars 2025" in text and "22 janvier 2026" in text
        assert "LNT, art. 84.0.1, 84.0.4 et 84.0.13" in text and "LNT, art. 115" in text and "MISE EN DEMEURE" in text
    else:
        assert "$3,120.00" in text and "$1,234.56" in text
        assert "January 22, 2025" in text and "March 3, 2025" in text
        assert "LNT ss. 84.0.1, 84.0.4 and 84.0.13" in text and "FORMAL NOTICE" in text
    assert letter.figures["shortfall"] == str(ent.shortfall)


def test_driver_letters_go_to_both_companies_with_the_indicators(tmp_path: Path) -> None:
    est = _est(400)
    case = _driver(est)
    letters = letters_for_case(case, est, CLINIC, lang="fr", today=TODAY)
    kinds = [(x.kind, x.recipient) for x in letters]
    assert kinds[:2] == [(LetterKind.DEMAND_DRIVER, "Livraisons Rapides Démo inc."),
                         (LetterKind.DEMAND_DRIVER, "Entrepôts Démo du Québec S.E.C.")]
    assert [x.kind for x in letters[2:]] == [LetterKind.CALCULATION_ANNEX, LetterKind.WORKER_SUMMARY]
    assert letters[3].lang == "ar"  # the worker's language, not the letter's
    text = _flat(_text(letters[1].pdf, tmp_path))
    assert "1 place Démo" in text and "LNT, art. 95" in text and "LNT, art. 1(10)" in text
    assert "application de surveillance" in text and "ne pouvaient pas être refusés" in text


def test_arabic_summary_is_shaped_and_in_visual_order(tmp_path: Path) -> None:
    est = _est()
    case = _driver(est)
    case.person.given_name = "كريم"
    letter = render_letter(case, est, CLINIC, kind=LetterKind.WORKER_SUMMARY, lang="ar", today=TODAY)
    text = _text(letter.pdf, tmp_path)
    import arabic_reshaper

    # The page draws the glyphs in visual (right-to-left) order; pypdf reads them back into reading order.
    # So the greeting comes back as the reshaped (joined letter forms) text in logical order only if it was
    # drawn in visual order; drawn unreordered, it would come back reversed.
    greeting = arabic_reshaper.reshape("مرحبا كريم،")
    assert greeting != "مرحبا كريم،"  # joined presentation forms, not isolated letters
    assert greeting in text
    assert greeting[::-1] not in text
    assert arabic_reshaper.reshape("ما يمنحك إياه القانون") in text
    assert visual_arabic("x") == "x"
    shortfall = case_entitlements(case, est).shortfall
    assert money(shortfall, "ar").lstrip("$") in text  # the amount kept whole (not "400.00 10")


def test_user_text_is_printed_literally_never_as_markup(tmp_path: Path) -> None:
    est = _est()
    case = _warehouse(est)
    case.person.given_name, case.person.family_name = "<b>Ali", "& Sons</b> <font size=40>x"
    est = copy.deepcopy(est)
    est.address = "<para>1 & 2 rue <i>Test</i>"
    letter = render_letter(case, est, CLINIC, kind=LetterKind.DEMAND_EMPLOYER, lang="en", today=TODAY,
                           recipient=Recipient("<b>Ali & Sons</b>", est.address))
    text = _flat(_text(letter.pdf, tmp_path))
    assert "<b>Ali & Sons</b>" in text and "<para>1 & 2 rue <i>Test</i>" in text


@pytest.mark.parametrize("variant", ["long", "emoji", "empty", "accents"])
def test_adversarial_inputs_render(variant: str, tmp_path: Path) -> None:
    est = _est()
    case = _warehouse(est)
    clinic = CLINIC
    if variant == "long":
        case.person.given_name = "Marie-" * 50
        case.person.family_name = "Long" * 75
        est.address = ("Très longue adresse " * 20 + "\n") * 5
    elif variant == "emoji":
        case.person.given_name = "Zoë 😀"
        case.person.family_name = "Nguyễn 🚚"
    elif variant == "empty":
        clinic = ClinicProfile()
        est.address = ""
    else:
        case.person.family_name = "Ćeśłàvï Ŋguyễn Ørsted Ñúñez"
    letters = [render_letter(case, est, clinic, kind=kind, lang="fr", today=TODAY)
               for kind in (LetterKind.DEMAND_EMPLOYER, LetterKind.CALCULATION_ANNEX, LetterKind.WORKER_SUMMARY)]
    assert all(x.pdf.startswith(b"%PDF-") for x in letters)
    if variant in ("accents", "emoji"):
        text = _flat(_text(letters[0].pdf, tmp_path))
        assert case.person.family_name.split(" 🚚")[0] in text


def test_same_inputs_give_the_same_bytes_and_a_change_changes_them() -> None:
    est = _est()
    case = _warehouse(est)
    a = render_letter(case, est, CLINIC, kind=LetterKind.DEMAND_EMPLOYER, lang="fr", today=TODAY)
    b = render_letter(copy.deepcopy(case), est, CLINIC, kind=LetterKind.DEMAND_EMPLOYER, lang="fr", today=TODAY)
    assert a.pdf == b.pdf and a.sha256 == b.sha256
    case.work.weekly_wage = Decimal("781.00")
    c = render_letter(case, est, CLINIC, kind=LetterKind.DEMAND_EMPLOYER, lang="fr", today=TODAY)
    assert c.sha256 != a.sha256


def test_signature_block_stays_whole_when_pushed_to_a_page_break(tmp_path: Path) -> None:
    est = _est()
    case = _warehouse(est)
    pages_seen = set()
    for lines in range(0, 70, 3):  # grow the letterhead so the signature lands at every height of a page
        clinic = copy.deepcopy(CLINIC)
        clinic.address = "\n".join(f"Ligne {i}" for i in range(lines + 2))
        pdf = render_letter(case, est, clinic, kind=LetterKind.DEMAND_EMPLOYER, lang="fr", today=TODAY).pdf
        path = tmp_path / "s.pdf"
        path.write_bytes(pdf)
        pages = [p.extract_text() for p in PdfReader(path).pages]
        intro = [i for i, t in enumerate(pages) if "Veuillez agréer" in t]
        name = [i for i, t in enumerate(pages) if "Me Jeanne Roy" in t]
        cc = [i for i, t in enumerate(pages) if "c. c." in t]
        assert intro and name and cc
        assert intro[-1] == name[-1] == cc[-1], f"signature split across pages with {lines} extra lines"
        pages_seen.add(intro[-1])
    assert len(pages_seen) >= 2, "the letterhead growth never moved the signature to another page"


def test_incomplete_facts_name_the_missing_field_and_wrong_kind_is_refused() -> None:
    est = _est()
    case = _warehouse(est)
    case.work.weekly_wage = None
    with pytest.raises(LetterError) as err:
        render_letter(case, est, CLINIC, kind=LetterKind.DEMAND_EMPLOYER, lang="fr", today=TODAY)
    assert "salaire" in err.value.message("fr") and "wage" in err.value.message("en")
    with pytest.raises(LetterError):
        render_letter(_warehouse(est), est, CLINIC, kind=LetterKind.DEMAND_DRIVER, lang="fr", today=TODAY)
    with pytest.raises(LetterError):
        render_letter(_warehouse(est), est, CLINIC, kind=LetterKind.DEMAND_EMPLOYER, lang="ar", today=TODAY)
    federal = _warehouse(est)
    federal.work.jurisdiction = Jurisdiction.CA_FED
    fed_est = copy.deepcopy(est)
    fed_est.jurisdiction = Jurisdiction.CA_FED
    with pytest.raises(LetterError) as err:
        render_letter(federal, fed_est, CLINIC, kind=LetterKind.DEMAND_EMPLOYER, lang="en", today=TODAY)
    assert "federally regulated" in err.value.message("en")
    annex = render_letter(federal, fed_est, CLINIC, kind=LetterKind.CALCULATION_ANNEX, lang="en", today=TODAY)
    assert annex.pdf.startswith(b"%PDF-")


EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "letter-case.json"


def test_letter_command_renders_the_documented_example(cli, tmp_path: Path) -> None:
    out = tmp_path / "ex.pdf"
    done = cli("letter", "--input", str(EXAMPLE), "--lang", "fr", "--out", str(out), "--today", "2025-03-03")
    assert done.returncode == 0, done.stderr
    text = _flat(_text(out.read_bytes(), tmp_path))
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert data["person"]["family_name"] in text and "1 234,56 $" in text
    again = tmp_path / "again.pdf"
    cli("letter", "--input", str(EXAMPLE), "--lang", "fr", "--out", str(again), "--today", "2025-03-03")
    assert again.read_bytes() == out.read_bytes()


@pytest.mark.parametrize("change, field", [
    ({"hire_date": "2025-02-30"}, "hire_date"),
    ({"person": "Hélène"}, "person"),
    ({"person": {"given_name": 12}}, "person.given_name"),
    ({"employer": {"name": "x" * 400}}, "employer.name"),
])
def test_letter_command_names_the_bad_field(cli, tmp_path: Path, change: dict, field: str) -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data.update(change)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    done = cli("letter", "--input", str(bad), "--lang", "en", "--out", str(tmp_path / "x.pdf"))
    assert done.returncode == 1 and field in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "x.pdf").exists()
