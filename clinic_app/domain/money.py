"""Money as people read it: the program's one money formatter (``1 234,56 $`` / ``$1,234.56``).

Why one: the letters, the explanation, the forms, the lists, the reports and the exports used to format
money three ways by hand beside Babel, and could disagree. The rules (symbols, separators, where the ``$``
and the minus sign go) are CLDR's, read from Babel once per language; formatting a value is then a string
operation, because calling Babel for every figure (about 90 µs) would halve the engine's throughput with
its explanation. ``tests/domain/test_money.py`` checks that the result is Babel's ``format_currency`` exactly.

Rounding to the cent is Babel's too (half to even), for display only: stored and computed figures are never
rounded by this.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

#: the program's languages and the CLDR locale each prints money with (Arabic letters print money as
#: ``$10,400.00``: in right-to-left text a French ``10 400,00 $`` is reordered by the bidi algorithm)
MONEY_LOCALES = {"fr": "fr_CA", "en": "en_CA", "ar": "en_CA"}
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class _Shape:
    positive: tuple[str, str]  # text before and after the digits
    negative: tuple[str, str]
    group: str  # the locale's group and decimal symbols, for "," and "." of Python's ",.2f"
    decimal: str


@functools.cache
def _shape(locale: str) -> _Shape:
    from babel.numbers import format_currency

    def around(text: str) -> tuple[str, str]:
        start, end = text.index("1"), text.rindex("9") + 1
        return text[:start], text[end:]

    probe = format_currency(Decimal("1234567.89"), "CAD", locale=locale)
    group = probe[probe.index("1") + 1]
    decimal = probe[probe.rindex("9") - 2]
    return _Shape(around(probe), around(format_currency(Decimal("-1234567.89"), "CAD", locale=locale)),
                  group, decimal)


#: language -> (positive before, after, negative before, after, digits): see :func:`_digits_for`
_BY_LANG: dict[str, tuple[str, str, str, str, Callable[[str], str]]] = {}


def _digits_for(shape: _Shape) -> Callable[[str], str]:
    """Python's ``1,234.56`` -> the locale's digits (``1 234,56``), the cheapest way for this locale.

    Why not ``str.translate``: it cost half of formatting an amount (about 0.8 µs of 1.9), and the
    explanation formats about fifteen amounts per case. Two ``replace`` calls give the same text when the
    group symbol is not ".": "," becomes the group symbol first, then "." the decimal one.
    """
    if shape.group == "," and shape.decimal == ".":
        return str  # en_CA: already the locale's form
    if shape.group != ".":
        group, decimal = shape.group, shape.decimal
        return lambda text: text.replace(",", group).replace(".", decimal)
    table = str.maketrans({",": shape.group, ".": shape.decimal})
    return lambda text: text.translate(table)


def _for_lang(lang: str) -> tuple[str, str, str, str, Callable[[str], str]]:
    shape = _shape(MONEY_LOCALES.get(lang, "fr_CA"))
    found = _BY_LANG[lang] = (*shape.positive, *shape.negative, _digits_for(shape))
    return found


def format_money(value: Decimal | int, lang: str) -> str:
    """``value`` dollars in ``lang`` (``fr``, ``en``, ``ar``): ``1 234,56 $``, ``$1,234.56``, ``-$5.00``."""
    before, after, neg_before, neg_after, digits = _BY_LANG.get(lang) or _for_lang(lang)
    cents = (value if type(value) is Decimal else Decimal(value)).quantize(_CENT)  # (no copy of a Decimal)
    if cents < 0:
        return neg_before + digits(format(abs(cents), ",.2f")) + neg_after
    return before + digits(format(abs(cents), ",.2f")) + after  # abs: -0.00 prints as 0.00
