import datetime as dt
from decimal import Decimal

import pytest

from clinic_app.domain.parsing import (
    ParseError,
    field_label,
    format_money,
    normalize_phone,
    normalize_postal_code,
    parse_date,
    parse_money,
)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("1 234,56", "fr", "1234.56"), ("1234,56 $", "fr", "1234.56"), ("1,234.56", "en", "1234.56"),
    ("$1,234.56", "en", "1234.56"), ("1234.5", "fr", "1234.50"), ("1\u00a0234,56\u00a0$", "fr", "1234.56"),
    ("1\u202f234,56", "fr", "1234.56"), ("1,234", "en", "1234"), ("1,5", "en", "1.50"), ("10000000", "fr", "10000000"),
    ("1,234.56", "fr", "1234.56"), ("1.234,56", "en", "1234.56"),
])
def test_parse_money_accepts(text: str, lang: str, expected: str) -> None:
    assert parse_money(text, lang) == Decimal(expected)


@pytest.mark.parametrize(("text", "lang"), [
    ("-5", "fr"), ("10000000.01", "en"), ("1.234", "en"), ("1,234", "fr"), ("12a", "fr"), ("", "fr"),
    ("1.2.3", "en"), ("1,23,4", "en"),
])
def test_parse_money_refuses(text: str, lang: str) -> None:
    with pytest.raises(ParseError) as err:
        parse_money(text, lang, field="work.weekly_wage")
    assert err.value.field == "work.weekly_wage"
    assert err.value.message("fr").startswith("Salaire hebdomadaire : attendu un montant positif")
    assert err.value.message("en_CA").startswith("Weekly wage: expected a positive amount")


def test_format_money_matches_babel() -> None:
    from babel.numbers import format_currency

    for v in ("0", "5", "1234.56", "1234567.8", "999.999"):
        d = Decimal(v)
        assert format_money(d, "fr") == format_currency(d, "CAD", locale="fr_CA").replace("\u202f", "\u00a0")
        assert format_money(d, "en") == format_currency(d, "CAD", locale="en_CA")
    assert format_money(Decimal("1234.56"), "fr") == "1\u00a0234,56\u00a0$"
    assert format_money(Decimal("1234.56"), "en") == "$1,234.56"


def test_parse_date() -> None:
    assert parse_date("2025-01-22") == dt.date(2025, 1, 22)
    assert parse_date("22/01/2025") == dt.date(2025, 1, 22)
    for bad in ("2025-02-30", "31/04/2025", "janvier", "01/22"):
        with pytest.raises(ParseError):
            parse_date(bad)


def test_postal_code() -> None:
    assert normalize_postal_code("h2x1y4") == "H2X 1Y4"
    assert normalize_postal_code(" G1K-0K1 ") == "G1K 0K1"
    with pytest.raises(ParseError) as err:
        normalize_postal_code("K1A 0B1")
    assert err.value.message("fr") == ("Code postal : attendu une lettre, un chiffre, une lettre, un chiffre, "
                                       "une lettre, un chiffre, commençant par G, H ou J (ex. H2X 1Y4)")
    assert err.value.message("en").startswith("Postal code: expected letter, digit")


def test_phone() -> None:
    assert normalize_phone("(514) 555-0123") == "514-555-0123"
    assert normalize_phone("+1 514.555.0123 ext. 12") == "514-555-0123 x12"
    assert normalize_phone("15145550123") == "514-555-0123"
    for bad in ("555-0123", "514-555-012a", "014-555-0123"):
        with pytest.raises(ParseError) as err:
            normalize_phone(bad)
        assert "Téléphone" in err.value.message("fr")


def test_field_label() -> None:
    assert field_label("person.postal_code", "fr") == "Code postal"
    assert field_label("person.postal_code", "en-US") == "Postal code"
    assert field_label("person.postal_code", "de") == "Code postal"


def test_phone_numbers_from_abroad_are_kept_in_international_form() -> None:
    """People from abroad keep a number there: it is checked for its own country (phonenumbers) and kept."""
    assert normalize_phone("+33 1 23 45 67 89") == "+33 1 23 45 67 89"
    assert normalize_phone("+33123456789") == "+33 1 23 45 67 89"
    assert normalize_phone("+212 612-345678") == "+212 6 12 34 56 78"
    assert normalize_phone("+44 20 7946 0958 poste 3") == "+44 20 7946 0958 x3"
    assert normalize_phone("+1 (438) 555-0199") == "438-555-0199"  # North America: the clinic's usual form
    for bad in ("+33 1 23", "+999 1234567", "+44 20 7946 09581234", "+"):
        with pytest.raises(ParseError) as err:
            normalize_phone(bad)
        assert "+33 1 23 45 67 89" in err.value.message("fr") and "country code" in err.value.message("en")


def test_a_case_with_a_foreign_phone_number_is_valid() -> None:
    from tests.domain_case.test_validation import _fields, _good

    case = _good()
    case.person.phone = "+33 1 23 45 67 89"
    assert "person.phone" not in _fields(case)
    case.person.phone = "+33 1 23"
    assert _fields(case).get("person.phone") == "phone"
