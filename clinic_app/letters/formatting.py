"""Dates, money and legal references as a letter in French, English or Arabic prints them (Babel).

``1 234,56 $`` and ``22 janvier 2025`` in French; ``$1,234.56`` and ``January 22, 2025`` in English.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_decimal

from clinic_app.domain.money import format_money

_LOCALES = {"fr": "fr_CA", "en": "en_CA", "ar": "ar"}


def locale_of(lang: str) -> str:
    return _LOCALES.get(lang, "fr_CA")


def money(value: Decimal, lang: str) -> str:
    """The program's one money formatter (:mod:`clinic_app.domain.money`). Arabic letters write ``$10,400.00``
    with Western digits: in right-to-left text the bidi algorithm keeps "10,400.00" whole (a comma between
    digits joins them), where the French "10 400,00 $" would print as "400,00 10"."""
    return format_money(value, lang)


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


#: French words that elide before a vowel or a mute h: "de Hélène" -> "d'Hélène", "que Ali" -> "qu'Ali"
_ELIDING = {"de": "d'", "le": "l'", "la": "l'", "que": "qu'", "lorsque": "lorsqu'", "puisque": "puisqu'",
            "jusque": "jusqu'"}
_VOWELS = frozenset("aeiouàâäéèêëîïôöùûüœæh")


def starts_with_vowel_sound(word: str) -> bool:
    """Whether French elides before ``word`` (vowel or h, accents included; "Y" and digits do not elide).

    Names are treated as having a mute h (``d'Hélène``, ``d'Hugo``), which is the usage for first names.
    """
    first = word.lstrip("\u202a\u202b\u202c\"«( ")[:1].lower()
    return bool(first) and first in _VOWELS


def elide(word: str, following: str) -> str:
    """``word`` as written before ``following`` in French: ``elide("de", "Hélène")`` -> ``"d'"`` (no space
    after), ``elide("de", "Marc")`` -> ``"de "``. Capitals kept (``"Que"`` -> ``"Qu'"``). Other words and other
    languages' callers get ``word + " "`` unchanged. The one place letters decide de/d', le/l', que/qu'.
    """
    elided = _ELIDING.get(word.lower())
    if elided is None or not starts_with_vowel_sound(following):
        return word + " "
    return (elided[0].upper() + elided[1:]) if word[:1].isupper() else elided
