"""Letters that are safe to send (issue 16), read back from the PDF text in French and English: what a debtor
receives states facts and claims only (no prescription date, no doubt, no concession), refused letters are not
produced, and the worksheet that holds the rest never goes out."""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal

import pytest
from pypdf import PdfReader

from clinic_app.domain.case import Case, CaseKind, Cause, Consent, Establishment, Language, Payment, PaymentPurpose
from clinic_app.domain.clinic import ClinicProfile
from clinic_app.letters import formatting as fmt
from clinic_app.letters.kinds import LetterKind
from clinic_app.letters.render import (
    LetterError,
    LetterRefused,
    count_words,
    letters_for_case,
    render_letter,
    reshape_arabic,
    visual_arabic,
)
from tests.letters import consenting

TODAY = dt.date(2025, 3, 3)
CLINIC = ClinicProfile(name="Clinique juridique Démo", address="123 rue Exemple\nMontréal QC H2X 1Y4",
                       phone="514-555-0100", signatory="Me Jeanne Roy", signatory_title="Avocate")
LANGS = ["fr", "en"]
DEBTOR = [LetterKind.DEMAND_EMPLOYER, LetterKind.CALCULATION_ANNEX]


def _case(*, minister: Decimal | None = Decimal(0), terminations: int = 120) -> tuple[Case, Establishment]:
    est = Establishment(code="YUL5", employer_legal_name="Entrepôts Démo S.E.C.", address="1 rue Démo\nLaval QC",
                        establishment_terminations=terminations, collective_notice_weeks_given=minister)
    case = consenting(Case.new(CaseKind.WAREHOUSE))
    case.person.given_name, case.person.family_name = "Hélène", "Ouellet"
    case.warehouse.employer_legal_name, case.warehouse.site_code = est.employer_legal_name, "YUL5"
    case.establishment_id = est.id
    w = case.work
    w.start_date, w.termination_date = dt.date(2020, 1, 6), dt.date(2025, 1, 22)
    w.weekly_wage = Decimal("800.00")
    w.notice_weeks_given = Decimal(0)
    return case, est


def _pages(pdf: bytes) -> list[str]:
    return [re.sub(r"\s+", " ", (p.extract_text() or "").replace("\u00a0", " "))
            for p in PdfReader(io.BytesIO(pdf)).pages]


def _text(case: Case, est: Establishment, kind: LetterKind, lang: str, today: dt.date = TODAY, **kw) -> str:
    return " ".join(_pages(render_letter(case, est, CLINIC, kind=kind, lang=lang, today=today, **kw).pdf))


def _date(day: dt.date, lang: str) -> str:
    return fmt.date(day, lang)


# -- 2. wording ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", DEBTOR)
@pytest.mark.parametrize("lang", LANGS)
def test_no_prescription_date_nor_claim_sentence_in_what_the_debtor_receives(lang: str, kind: LetterKind) -> None:
    case, est = _case()
    text = _text(case, est, kind, lang)
    assert _date(dt.date(2026, 1, 22), lang) not in text  # the one-year claim date
    for banned in ("vaut réclamation", "this letter is a claim", "Délai pour réclamer", "Deadline to claim",
                   "LNT, art. 115", "LNT s. 115", "prescri", "lecture", "Reading", "tranché", "settled",
                   "sans préjudice", "without prejudice", "WITHOUT PREJUDICE"):
        assert banned.lower() not in text.lower(), banned


@pytest.mark.parametrize(("lang", "title"), [("fr", "MISE EN DEMEURE"), ("en", "FORMAL NOTICE (DEMAND LETTER)")])
def test_the_demand_is_titled_a_formal_notice(lang: str, title: str) -> None:
    case, est = _case()
    assert title in _text(case, est, LetterKind.DEMAND_EMPLOYER, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_minister_notice_row_and_sentence_only_when_that_is_the_fact(lang: str) -> None:
    row = {"fr": "Avis de licenciement collectif au ministre", "en": "Notice of collective dismissal to the Minister"}
    none_given = {"fr": "n'a pas été donné au ministre", "en": "was not given to the Minister"}
    short = {"fr": "était plus court que celui exigé", "en": "was shorter than required"}
    case, est = _case(minister=Decimal(0))
    text = _text(case, est, LetterKind.DEMAND_EMPLOYER, lang)
    assert row[lang] in text and none_given[lang] in text and short[lang] not in text
    case, est = _case(minister=Decimal(4))
    text = _text(case, est, LetterKind.DEMAND_EMPLOYER, lang)
    assert row[lang] in text and short[lang] in text and none_given[lang] not in text
    case, est = _case(minister=None)  # not known: no row, no assertion either way
    text = _text(case, est, LetterKind.DEMAND_EMPLOYER, lang)
    assert row[lang] not in text and none_given[lang] not in text and short[lang] not in text


@pytest.mark.parametrize(("lang", "cited"), [("fr", "C.c.Q., art. 1617 et 1619"), ("en", "C.C.Q. arts. 1617 and 1619")])
def test_interest_and_the_additional_indemnity_are_claimed_in_one_sentence(lang: str, cited: str) -> None:
    case, est = _case()
    text = _text(case, est, LetterKind.DEMAND_EMPLOYER, lang)
    sentence = next(s for s in re.split(r"(?<=[.)])\s(?=[A-Z])", text) if cited in s)
    assert ("intérêts" in sentence and "indemnité additionnelle" in sentence) if lang == "fr" else \
        ("interest" in sentence and "additional indemnity" in sentence)


@pytest.mark.parametrize("kind", [*DEBTOR, LetterKind.WORKER_SUMMARY, LetterKind.LAWYER_WORKSHEET])
@pytest.mark.parametrize("lang", LANGS)
def test_no_cumulation_wherever_both_indemnities_appear(lang: str, kind: LetterKind) -> None:
    case, est = _case()
    text = _text(case, est, kind, lang)
    assert ("ne s'additionnent pas" if lang == "fr" else "do not add up") in text


def test_french_elision_and_no_point_median() -> None:
    case, est = _case()
    case.work.cause = Cause.SERIOUS_FAULT  # alleged: "une faute grave de Hélène" must read "d'Hélène"
    text = _text(case, est, LetterKind.DEMAND_EMPLOYER, "fr")
    assert "d'Hélène" in text and "de Hélène" not in text
    assert not re.search(r"\w·\w", text)  # no point médian (the letterhead's " · " separator is spaced)
    sheet = _text(case, est, LetterKind.LAWYER_WORKSHEET, "fr")
    assert "qu'Hélène" in sheet and "que Hélène" not in sheet
    driver = consenting(Case.new(CaseKind.DRIVER))
    driver.person.given_name = "Ali"
    driver.driver.dsp_legal_name, driver.driver.client_name = "Livraisons Démo inc.", "Client Démo"
    driver.driver.controls.monitoring_app = True
    driver.work.start_date, driver.work.termination_date = dt.date(2022, 1, 3), dt.date(2025, 1, 22)
    driver.work.weekly_wage = Decimal("900")
    assert not re.search(r"\w·\w", _text(driver, None, LetterKind.DEMAND_DRIVER, "fr"))


def test_elide_is_the_one_rule() -> None:
    assert fmt.elide("de", "Hélène") == "d'" and fmt.elide("que", "Ali") == "qu'" and fmt.elide("le", "Ugo") == "l'"
    assert fmt.elide("De", "Émile") == "D'" and fmt.elide("de", "Marc") == "de " and fmt.elide("le", "8 mai") == "le "
    assert fmt.elide("à", "Ali") == "à "


@pytest.mark.parametrize(("lang", "page"), [("fr", "page 2 de 2"), ("en", "page 2 of 2")])
def test_running_header_after_the_first_page_and_the_closing_never_alone(lang: str, page: str) -> None:
    case, est = _case()
    case.work.payments = [Payment(Decimal("10.00"), PaymentPurpose.CLOSURE_PACKAGE, dt.date(2025, 1, 30),
                                  note=f"versement {i}") for i in range(12)]
    pages = _pages(render_letter(case, est, CLINIC, kind=LetterKind.DEMAND_EMPLOYER, lang=lang, today=TODAY).pdf)
    assert len(pages) >= 2
    assert est.employer_legal_name not in pages[0].split("Page 1")[-1]  # no running header on page 1
    head = f"{est.employer_legal_name} — {_date(TODAY, lang)} — {page}"
    assert head in pages[1]
    closing = "Veuillez agréer" if lang == "fr" else "Yours truly"
    [signed] = [p for p in pages if closing in p]
    assert ("intérêts" if lang == "fr" else "interest") in signed  # the last paragraph goes with the signature


def test_english_driver_demand_says_jointly_and_severally() -> None:
    case = consenting(Case.new(CaseKind.DRIVER))
    case.person.given_name = "Karim"
    case.driver.dsp_legal_name, case.driver.client_name = "Livraisons Démo inc.", "Client Démo"
    case.work.start_date, case.work.termination_date = dt.date(2022, 1, 3), dt.date(2025, 1, 22)
    case.work.weekly_wage = Decimal("900")
    text = _text(case, None, LetterKind.DEMAND_DRIVER, "en")
    assert "jointly and severally liable" in text and "solidarily" not in text


# -- 1. pre-flight inside the renderer ------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_a_refused_demand_raises_with_the_reason_in_the_users_language(lang: str) -> None:
    case, est = _case()
    case.consent = Consent()
    with pytest.raises(LetterRefused) as caught:
        render_letter(case, est, CLINIC, kind=LetterKind.DEMAND_EMPLOYER, lang=lang, today=TODAY)
    assert isinstance(caught.value, LetterError)
    assert ("consentement" if lang == "fr" else "consent") in caught.value.message(lang)
    assert render_letter(case, est, CLINIC, kind=LetterKind.WORKER_SUMMARY, lang=lang, today=TODAY).pdf


def test_the_batch_produces_what_is_allowed_and_lists_each_refusal() -> None:
    case, est = _case()
    case.consent = Consent()
    letters = letters_for_case(case, est, CLINIC, lang="fr", today=TODAY)
    assert [x.kind for x in letters] == [LetterKind.WORKER_SUMMARY]
    assert [r.kind for r in letters.refused] == [LetterKind.DEMAND_EMPLOYER, LetterKind.CALCULATION_ANNEX]
    assert all("consentement" in r.message("fr") and "consent" in r.message("en") for r in letters.refused)


@pytest.mark.parametrize("lang", LANGS)
def test_money_not_yet_due_is_demanded_by_its_due_date(lang: str) -> None:
    case, est = _case()
    case.work.layoff = True  # a layoff of 6 months or more: the indemnities are due 6 months later
    letter = render_letter(case, est, CLINIC, kind=LetterKind.DEMAND_EMPLOYER, lang=lang, today=TODAY)
    text = " ".join(_pages(letter.pdf))
    due = _date(dt.date(2025, 7, 22), lang)
    assert (f"exigibles à compter du {due}" if lang == "fr" else f"payable from {due}") in text
    assert (f"au plus tard le {due}" if lang == "fr" else f"no later than {due}") in text
    assert ("dans les dix (10) jours" if lang == "fr" else "within ten (10) days") not in text
    assert "not_yet_due" in letter.warnings
    summary = _text(case, est, LetterKind.WORKER_SUMMARY, lang)
    assert due in summary and ("dans les 10 jours" if lang == "fr" else "within 10 days") not in summary


# -- 3. two annexes -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_the_worksheet_holds_what_the_debtor_never_sees(lang: str) -> None:
    case, est = _case(minister=None)
    text = _text(case, est, LetterKind.LAWYER_WORKSHEET, lang)
    assert ("DOCUMENT INTERNE" if lang == "fr" else "INTERNAL DOCUMENT") in text
    assert _date(dt.date(2026, 1, 22), lang) in text  # the claim (prescription) date
    assert ("non connu" if lang == "fr" else "not known").lower() in text.lower()  # the doubts
    assert ("Recours civil" if lang == "fr" else "Civil claim") in text  # the other remedies
    annex = _text(case, est, LetterKind.CALCULATION_ANNEX, lang)
    assert ("non connu" if lang == "fr" else "not known").lower() not in annex.lower()


# -- 4. contest, not concede ---------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_an_alleged_fault_is_contested_and_the_s124_complaint_drafted(lang: str) -> None:
    case, est = _case()
    case.work.cause = Cause.SERIOUS_FAULT
    text = _text(case, est, LetterKind.DEMAND_EMPLOYER, lang)
    assert ("Nous la contestons" if lang == "fr" else "We contest it") in text
    assert ("il vous appartient de prouver" if lang == "fr" else "it is for you to prove") in text
    sheet = _text(case, est, LetterKind.LAWYER_WORKSHEET, lang)
    assert ("LNT, art. 124" if lang == "fr" else "LNT s. 124") in sheet
    assert _date(dt.date(2025, 3, 8), lang) in sheet  # 45 days after the termination


@pytest.mark.parametrize("lang", LANGS)
def test_a_prescribed_claim_gets_no_demand_but_a_summary_with_the_civil_route(lang: str) -> None:
    case, est = _case()
    later = dt.date(2026, 3, 1)
    with pytest.raises(LetterRefused):
        render_letter(case, est, CLINIC, kind=LetterKind.DEMAND_EMPLOYER, lang=lang, today=later)
    text = _text(case, est, LetterKind.WORKER_SUMMARY, lang, today=later)
    assert ("Date passée" if lang == "fr" else "Date passed") in text
    assert _date(dt.date(2028, 1, 22), lang) in text and ("2091" in text and "2092" in text)
    assert ("Important date" if lang == "en" else "Date importante") not in text


# -- 5. language, dates, plurals ----------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_the_worker_summary_is_dated_and_lists_the_remedies_still_open(lang: str) -> None:
    case, est = _case()
    text = _text(case, est, LetterKind.WORKER_SUMMARY, lang)
    assert _date(TODAY, lang) in text.split("Hélène")[0]  # dated, before the greeting
    assert ("Vos recours encore ouverts" if lang == "fr" else "Your remedies still open") in text


def test_summary_language_is_the_one_asked_for_else_the_persons() -> None:
    case, est = _case()
    case.person.preferred_language = Language.EN
    default = letters_for_case(case, est, CLINIC, lang="fr", today=TODAY)
    asked = letters_for_case(case, est, CLINIC, lang="fr", today=TODAY, summary_lang="fr")
    assert [x.lang for x in default if x.kind is LetterKind.WORKER_SUMMARY] == ["en"]
    assert [x.lang for x in asked if x.kind is LetterKind.WORKER_SUMMARY] == ["fr"]


@pytest.mark.parametrize(("n", "expected"), [(1, "أسبوع واحد"), (2, "أسبوعان"), (3, "3 أسابيع"), (10, "10 أسابيع"),
                                             (11, "11 أسبوعًا"), (100, "100 أسبوع"),
                                             (1076, "1076 أسبوعًا")])
def test_arabic_weeks_follow_cldr_plurals(n: int, expected: str) -> None:
    assert count_words("ar", "week", n) == expected


def test_arabic_summary_counts_years_and_months_by_cldr() -> None:
    from clinic_app.letters.render import service_words

    assert service_words("ar", 3, 10, 8) == "3 سنوات و10 أشهر و8 أيام"
    assert "3 سنة" not in service_words("ar", 3, 0, 0)


def test_an_arabic_name_in_a_french_letter_is_shaped_and_ordered() -> None:
    case, est = _case()
    case.person.family_name = "عبد الله"
    text = _text(case, est, LetterKind.DEMAND_EMPLOYER, "fr")
    # joined: the presentation forms are printed, never the bare letters (which print unjoined)
    assert reshape_arabic("عبد") in text and "عبد" not in text
    assert visual_arabic("عبد الله") != "عبد الله"


# -- 6. which count -----------------------------------------------------------------------------------------

def test_the_demand_records_which_count_it_uses() -> None:
    case, est = _case(terminations=8)
    est.terminations_with_drivers = 40
    employer = render_letter(case, est, CLINIC, kind=LetterKind.DEMAND_EMPLOYER, lang="fr", today=TODAY)
    drivers = render_letter(case, est, CLINIC, kind=LetterKind.DEMAND_EMPLOYER, lang="fr", today=TODAY,
                            count_drivers=True)
    assert employer.figures["count"] == {"used": "employer", "terminations": 8, "employer_count": 8,
                                         "drivers_count": 40}
    assert drivers.figures["count"]["used"] == "drivers" and drivers.figures["count"]["terminations"] == 40
    assert Decimal(drivers.figures["collective_indemnity"]) > Decimal(employer.figures["collective_indemnity"])
    assert "two_counts" in employer.warnings


@pytest.mark.parametrize("lang", LANGS)
def test_a_huge_job_title_is_cut_with_an_ellipsis_and_flagged(lang: str) -> None:
    case, est = _case()
    case.warehouse.job_title = "Préposé " * 1250  # 10,000 characters
    letter = render_letter(case, est, CLINIC, kind=LetterKind.DEMAND_EMPLOYER, lang=lang, today=TODAY)
    text = " ".join(_pages(letter.pdf))
    assert "…" in text and text.count("Préposé") <= 20
    assert "job_title_cut" in letter.warnings
    assert any("10000" in t or "10 000" in t for t in letter.preflight.warning_texts(lang))


@pytest.mark.parametrize("lang", LANGS)
def test_an_unknown_notice_is_never_printed_as_zero_weeks_to_the_debtor(lang: str) -> None:
    case, est = _case()
    case.work.notice_weeks_given = None
    for kind in DEBTOR:
        text = _text(case, est, kind, lang)
        assert ("Préavis donné" if lang == "fr" else "Notice given") not in text
    assert ("Préavis donné" if lang == "fr" else "Notice given") in _text(case, est, LetterKind.LAWYER_WORKSHEET, lang)


def test_the_arabic_summary_lists_the_remedies_still_open_with_cldr_days() -> None:
    case, est = _case()
    case.person.preferred_language = Language.AR
    text = _text(case, est, LetterKind.WORKER_SUMMARY, "ar", today=dt.date(2025, 3, 6))
    # the 45-day complaints end on 8 March 2025: two days left, "يومان" (dual), shaped
    assert reshape_arabic("يومان") in text or visual_arabic("يومان") in text
    assert reshape_arabic("سبل الانتصاف").split()[0] in text or visual_arabic("سبل الانتصاف").split()[0] in text
