"""Arabic summary: numbers and Latin values filled into right-to-left sentences keep their own order, brackets mirror.

Why: the bidi algorithm turns digits that follow Arabic letters into "Arabic numbers" (rule W2), which a
hyphen does not join, so without isolation the clinic's phone 514-555-0100 printed as 0100-555-514: a wrong
number on a page a worker keeps. The letter puts every filled value in a bidi isolate.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import arabic_reshaper
import pytest
from pypdf import PdfReader

from clinic_app.domain.case import Case, CaseKind, Establishment, Language
from clinic_app.domain.clinic import ClinicProfile
from clinic_app.letters import templates
from clinic_app.letters.kinds import LetterKind
from clinic_app.letters.render import render_letter, visual_arabic
from tests.letters import consenting

TODAY = dt.date(2025, 3, 3)


def _case() -> tuple[Case, Establishment]:
    est = Establishment(code="YUL2", employer_legal_name="Entrepôts Démo S.E.C.", address="1 rue Démo\nLaval QC",
                        establishment_terminations=5)
    case = Case.new(CaseKind.WAREHOUSE)
    consenting(case)
    case.person.given_name, case.person.family_name = "أمينة", "Benali"
    case.person.preferred_language = Language.AR
    case.warehouse.employer_legal_name = est.employer_legal_name
    case.establishment_id = est.id
    case.work.start_date, case.work.termination_date = dt.date(2020, 6, 1), dt.date(2025, 1, 22)
    case.work.weekly_wage = Decimal("612.40")
    return case, est


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("phone", ["514-555-0100", "438-555-0199 x12"])
def test_phone_numbers_in_arabic_lines_keep_their_order(phone: str) -> None:
    case, est = _case()
    clinic = ClinicProfile(name="Clinique Démo", address="123 rue Exemple", phone=phone,
                           email="info@example.org", signatory="Me Jeanne Roy")
    letter = render_letter(case, est, clinic, kind=LetterKind.WORKER_SUMMARY, lang="ar", today=TODAY)
    assert letter.lang == "ar"
    text = _text(letter.pdf)
    digits = phone.split(" ")[0]
    reversed_groups = "-".join(reversed(digits.split("-")))
    # The letterhead ("phone: ...") and the closing line ("questions: clinic, phone") both print it.
    assert text.count(digits) >= 2, text
    assert reversed_groups not in text


def test_visual_order_of_a_reshaped_arabic_name() -> None:
    """The drawn string is the reshaped name reversed (visual order), never the logical order."""
    name = "أمينة"
    shaped = arabic_reshaper.reshape(name)
    assert visual_arabic(name) == shaped[::-1]
    # A Latin value isolated inside an Arabic sentence is not reversed; the Arabic around it is.
    line = templates.text("ar", "worker_summary", "hello", first_name="Amina")
    drawn = visual_arabic(line)
    assert "Amina" in drawn
    assert arabic_reshaper.reshape("مرحبا")[::-1] in drawn
    assert not any(0x2066 <= ord(c) <= 0x2069 or 0x202a <= ord(c) <= 0x202e or c in "\u200e\u200f"
                   for c in drawn), "bidi controls left in"
    # An Arabic value keeps right-to-left order inside its embedding too.
    assert arabic_reshaper.reshape("أمينة بن علي")[::-1] in visual_arabic(
        templates.text("ar", "worker_summary", "hello", first_name="أمينة بن علي"))


def test_brackets_are_mirrored_in_arabic_lines() -> None:
    """Drawn left to right, "(CNESST)" must still look like (CNESST), not )CNESST( (pypdf's own reordering of
    right-to-left text scrambles brackets on extraction, so the drawn line is checked)."""
    line = templates.text("ar", "worker_summary", "next")
    assert "(CNESST)" in line
    drawn = visual_arabic(line)
    assert "(CNESST)" in drawn and ")CNESST(" not in drawn
    service = visual_arabic(templates.text("ar", "worker_summary", "why", service="4 سنة", weeks_required="2",
                                           collective_part=""))
    assert service.count("(") == service.count(")") == 1
    assert service.index("(") < service.index(")")  # mirrored: an RTL parenthesis still opens on the left


def test_arabic_values_are_isolated_and_escaped() -> None:
    line = templates.text("ar", "worker_summary", "hello", first_name="<b>Ali & Sons</b>")
    assert "\u202a&lt;b&gt;Ali &amp; Sons&lt;/b&gt;\u202c" in line
    assert "\u202bأمينة\u202c" in templates.text("ar", "worker_summary", "hello", first_name="أمينة")
    assert templates.embed("514-555-0100") == "\u202a514-555-0100\u202c"  # no strong letter: left to right
    # French and English lines carry no bidi control characters.
    assert "\u202a" not in templates.text("fr", "worker_summary", "hello", first_name="Ali")


def test_an_arabic_clause_substituted_later_keeps_right_to_left_order() -> None:
    """render fills "why" with "{collective_part}" kept, then puts the Arabic clause in: before the fix the kept
    placeholder was embedded left to right and the clause's words came out in reverse order."""
    part = templates.text("ar", "worker_summary", "collective_part", collective_weeks_words="16")
    line = templates.text("ar", "worker_summary", "why", service="5 سنة", notice_weeks="4",
                          collective_part="{collective_part}").replace("{collective_part}", part)
    drawn = visual_arabic(line)
    import json

    from clinic_app.resources import resource_path

    raw = json.loads(resource_path("letters", "ar.json").read_text(encoding="utf-8"))["worker_summary"]
    plain = raw["why"].format(service="5 سنة", notice_weeks="4",
                              collective_part=raw["collective_part"].format(collective_weeks_words="16"))
    assert drawn == visual_arabic(plain)  # the same as the sentence written out by hand, comma included


def test_the_arabic_page_footer_is_arabic() -> None:
    case, est = _case()
    text = _text(render_letter(case, est, ClinicProfile(name="C"), kind=LetterKind.WORKER_SUMMARY, lang="ar",
                               today=TODAY).pdf)
    assert "Page 1" not in text
    assert visual_arabic(templates.text("ar", "common", "page", page=1, pages=1)) in text or \
        arabic_reshaper.reshape("صفحة") in text
