"""Dates, money and legal references as a letter in French, English or Arabic prints them (Babel).

``1 234,56 $`` and ``22 janvier 2025`` in French; ``$1,234.56`` and ``January 22, 2025`` in English.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

_LOCALES = {"fr": "fr_CA", "en": "en_CA", "ar": "ar"}


def locale_of(lang: str) -> str:
    return _LOCALES.get(lang, "fr_CA")


def money(value: Decimal, lang: str) -> str:
    if lang == "ar":
        # Western digits, written $10,400.00: in right-to-left text the bidi algorithm keeps "10,400.00" whole
        # (a comma between digits joins them), where the French "10 400,00 $" would print as "400,00 10".
        return format_currency(value, "CAD", locale="en_CA")
    return format_currency(value, "CAD", locale=locale_of(lang))


def date(value: dt.date, lang: str) -> str:
    """``22 janvier 2025`` / ``January 22, 2025``; French writes the first of the month ``1er`` (CLDR: ``1``)."""
    text = format_date(value, "long", locale=locale_of(lang))
    if lang == "fr" and value.day == 1 and text.startswith("1 "):
        text = "1er " + text[2:]
    return text


def number(value: Decimal, lang: str) -> str:
    return format_decimal(value.normalize() if value == value.to_integral() else value,
                          locale=locale_of("fr" if lang == "ar" else lang))


def percent(rate: Decimal, lang: str) -> str:
    return number((rate * 100).normalize(), lang)


def basis(refs: tuple[str, ...] | list[str], lang: str) -> str:
    """The sections of a figure through the domain's one citation formatter (``LNT, art. 83`` /
    ``LNT s. 83``; ``CCT`` / ``CLC``), duplicates dropped, order kept. Arabic letters cite as in French."""
    from clinic_app.domain.citations import cite_all

    return cite_all(list(dict.fromkeys(refs)), "en" if lang == "en" else "fr") if refs else ""
