"""The one money formatter gives exactly what Babel's ``format_currency`` gives, in every language."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest
from babel.numbers import format_currency

from clinic_app.domain.money import MONEY_LOCALES, format_money


@pytest.mark.parametrize("lang", ["fr", "en", "ar"])
def test_the_formatter_is_babels_format_currency(lang: str) -> None:
    rng = random.Random(21)
    values = [Decimal(rng.randrange(-10**9, 10**9)) / 100 for _ in range(2000)]
    values += [Decimal(v) for v in ("0", "0.01", "-0.01", "5", "999.995", "1000", "1234567.891", "0.005",
                                    "-1234.5", "10400")]
    for value in values:
        assert format_money(value, lang) == format_currency(value, "CAD", locale=MONEY_LOCALES[lang]), value


def test_what_people_read() -> None:
    assert format_money(Decimal("1234.5"), "fr") == "1\u00a0234,50\u00a0$"
    assert format_money(Decimal("1234.5"), "en") == "$1,234.50"
    assert format_money(Decimal("-5"), "en") == "-$5.00"
    assert format_money(Decimal("10400"), "ar") == "$10,400.00"


def test_every_money_text_of_the_program_comes_from_it() -> None:
    """The explanation, the forms' parser module and the letters all answer with the one formatter."""
    from clinic_app.domain.explain import money as explanation_money
    from clinic_app.domain.parsing import format_money as forms_money
    from clinic_app.letters.formatting import money as letter_money

    for value in (Decimal("0"), Decimal("1680"), Decimal("-12.345"), Decimal("1234567.89")):
        for lang in ("fr", "en"):
            assert explanation_money(value, lang) == forms_money(value, lang) == letter_money(value, lang) \
                == format_money(value, lang)
