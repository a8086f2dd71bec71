import datetime as dt

from clinic_app.domain.case import Case, Person
from clinic_app.domain.duplicates import duplicate_key, is_possible_duplicate, normalize_name, phone_digits


def _case(given: str, family: str, phone: str = "", dob: dt.date | None = None) -> Case:
    return Case(person=Person(given_name=given, family_name=family, phone=phone, date_of_birth=dob))


def test_normalize_name_accents_case_and_separators() -> None:
    assert normalize_name("  Hélène  Tremblay-Roy ") == "helene tremblay roy"
    assert normalize_name("D\u2019Amours") == normalize_name("d'amours") == "d amours"
    assert normalize_name("Aït-Ahmed") == "ait ahmed"
    assert normalize_name("ÉMILE") == "emile"
    assert normalize_name("Straße") == "strasse"  # casefold, not lower


def test_phone_digits_last_ten() -> None:
    assert phone_digits("+1 (514) 555-0123") == "5145550123"
    assert phone_digits("514.555.0123 x45") == "5145550123"


def test_same_name_and_phone_is_duplicate() -> None:
    a = _case("Hélène", "Tremblay-Roy", "514-555-0123")
    b = _case("helene", "tremblay roy", "+1 514 555 0123")
    assert duplicate_key(a) == duplicate_key(b)
    assert is_possible_duplicate(a, b)


def test_same_name_and_dob_is_duplicate() -> None:
    dob = dt.date(1980, 5, 4)
    assert is_possible_duplicate(_case("Karim", "Saïdi", "", dob), _case("KARIM", "Saidi", "438-555-0100", dob))


def test_name_alone_or_phone_alone_is_not() -> None:
    assert not is_possible_duplicate(_case("Karim", "Saïdi"), _case("Karim", "Saïdi"))
    assert not is_possible_duplicate(_case("Karim", "Saïdi", "514-555-0123"), _case("Amina", "Saïdi", "514-555-0123"))
    assert not is_possible_duplicate(
        _case("Karim", "Saïdi", "", dt.date(1980, 5, 4)), _case("Karim", "Saïdi", "", dt.date(1980, 5, 5)))


def test_case_is_not_its_own_duplicate_and_empty_names_never_match() -> None:
    a = _case("Karim", "Saïdi", "514-555-0123")
    assert not is_possible_duplicate(a, a)
    assert not is_possible_duplicate(_case("", "", "514-555-0123"), _case("", "", "514-555-0123"))
