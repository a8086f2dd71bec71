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
    table: dict[int, str]  # str.translate table: "," and "." to the locale's group and decimal symbols


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
                  str.maketrans({",": group, ".": decimal}))


def format_money(value: Decimal | int, lang: str) -> str:
    """``value`` dollars in ``lang`` (``fr``, ``en``, ``ar``): ``1 234,56 $``, ``$1,234.56``, ``-$5.00``."""
    shape = _shape(MONEY_LOCALES.get(lang, "fr_CA"))
    cents = Decimal(value).quantize(_CENT)
    before, after = shape.negative if cents < 0 else shape.positive
    return before + format(abs(cents), ",.2f").translate(shape.table) + after
