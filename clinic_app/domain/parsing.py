"""Parsing of what volunteers type: money, dates, postal codes, phones; field labels fr/en.

Why here and not in the GUI: the forms, the CLI and the bundle import all read the same formats, and the
messages (French and English, naming the field and what is expected) must be the same everywhere.

Money reading of an ambiguous ``1,234`` (one comma followed by exactly three digits): in French the comma
is the decimal separator, so it is refused as more than 2 decimals; in English it is a thousands separator
(1234). A comma followed by one or two digits is always a decimal separator.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from clinic_app.errors import ClinicError

MAX_MONEY = Decimal("10000000")

FIELD_LABELS: dict[str, dict[str, str]] = {
    "person.given_name": {"fr": "Prénom", "en": "Given name"},
    "person.family_name": {"fr": "Nom de famille", "en": "Family name"},
    "person.date_of_birth": {"fr": "Date de naissance", "en": "Date of birth"},
    "person.phone": {"fr": "Téléphone", "en": "Phone"},
    "person.email": {"fr": "Courriel", "en": "Email"},
    "person.postal_code": {"fr": "Code postal", "en": "Postal code"},
    "work.start_date": {"fr": "Date d'embauche", "en": "Start date"},
    "work.last_day_worked": {"fr": "Dernier jour travaillé", "en": "Last day worked"},
    "work.termination_date": {"fr": "Date de fin d'emploi", "en": "Termination date"},
    "work.term_end_date": {"fr": "Fin du contrat à durée déterminée", "en": "Fixed-term end date"},
    "work.notice_received_on": {"fr": "Avis reçu le", "en": "Notice received on"},
    "work.hourly_rate": {"fr": "Taux horaire", "en": "Hourly rate"},
    "work.weekly_hours": {"fr": "Heures par semaine", "en": "Hours per week"},
    "work.weekly_wage": {"fr": "Salaire hebdomadaire", "en": "Weekly wage"},
    "work.recent_weekly_wages": {"fr": "Salaires des dernières semaines", "en": "Recent weekly wages"},
    "work.release_signed_on": {"fr": "Quittance signée le", "en": "Release signed on"},
    "consent": {"fr": "Consentement", "en": "Consent"},
    "warehouse.employer_legal_name": {"fr": "Nom légal de l'employeur", "en": "Employer legal name"},
    "warehouse.site_code": {"fr": "Code du site", "en": "Site code"},
    "driver.dsp_legal_name": {"fr": "Nom légal de l'entreprise de livraison", "en": "Delivery company legal name"},
    "driver.client_name": {"fr": "Donneur d'ouvrage", "en": "Client company"},
    "money": {"fr": "Montant", "en": "Amount"},
    "date": {"fr": "Date", "en": "Date"},
}

_EXPECTED: dict[str, dict[str, str]] = {
    "money": {"fr": "attendu un montant positif d'au plus 10 000 000 $ avec au plus 2 décimales (ex. 1 234,56)",
              "en": "expected a positive amount up to $10,000,000 with at most 2 decimals (e.g. 1,234.56)"},
    "date": {"fr": "attendu une date réelle AAAA-MM-JJ ou JJ/MM/AAAA (ex. 2025-01-22)",
             "en": "expected a real date YYYY-MM-DD or DD/MM/YYYY (e.g. 2025-01-22)"},
    "postal_code": {"fr": "attendu une lettre, un chiffre, une lettre, un chiffre, une lettre, un chiffre, "
                          "commençant par G, H ou J (ex. H2X 1Y4)",
                    "en": "expected letter, digit, letter, digit, letter, digit, starting with G, H or J "
                          "(e.g. H2X 1Y4)"},
    "phone": {"fr": "attendu un numéro à 10 chiffres (ex. 514-555-0123), ou un numéro étranger avec + et "
                    "l'indicatif du pays (ex. +33 1 23 45 67 89)",
              "en": "expected a 10-digit number (e.g. 514-555-0123), or a number abroad with + and the country "
                    "code (e.g. +33 1 23 45 67 89)"},
}


def lang_of(lang: str) -> str:
    """'en', 'en_CA', 'EN-us' -> 'en'; anything else -> 'fr' (the clinic's default)."""
    return "en" if (lang or "").lower().startswith("en") else "fr"


def field_label(path: str, lang: str) -> str:
    """Human label of a dotted field path; falls back to the path's last part."""
    labels = FIELD_LABELS.get(path)
    return labels[lang_of(lang)] if labels else path.rsplit(".", 1)[-1]


class ParseError(ClinicError):
    """Bad input for one field: ``.field`` (dotted path), ``.code`` (kind of expectation), ``.message(lang)``."""

    def __init__(self, field: str, code: str, detail: dict[str, str] | None = None) -> None:
        super().__init__(f"{field}: {code}")
        self.field = field
        self.code = code
        self.detail = detail or {}

    def message(self, lang: str) -> str:
        lg = lang_of(lang)
        expected = self.detail.get(lg) or _EXPECTED.get(self.code, {}).get(lg, self.code)
        sep = " : " if lg == "fr" else ": "
        return f"{field_label(self.field, lg)}{sep}{expected}"


_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")


def parse_money(text: str, lang: str, field: str = "money") -> Decimal:
    """Read a money amount typed in French or English format (see the module docstring for ``1,234``)."""
    s = _SPACES.sub("", (text or "").strip()).replace("$", "")
    if not s or not re.fullmatch(r"[0-9.,]+", s):
        raise ParseError(field, "money")
    if "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):  # 1.234,56
            s = s.replace(".", "").replace(",", ".")
        else:  # 1,234.56
            s = s.replace(",", "")
    elif "," in s:
        parts = s.split(",")
        if len(parts) > 2 or (lang_of(lang) == "en" and len(parts[1]) == 3):
            if not all(len(p) == 3 for p in parts[1:]):
                raise ParseError(field, "money")
            s = s.replace(",", "")
        else:
            s = s.replace(",", ".")
    if s.count(".") > 1:
        raise ParseError(field, "money")
    try:
        value = Decimal(s)
    except InvalidOperation:
        raise ParseError(field, "money") from None
    if value > MAX_MONEY or -value.as_tuple().exponent > 2:  # type: ignore[operator]
        raise ParseError(field, "money")
    return value.quantize(Decimal("0.01")) if value.as_tuple().exponent != 0 else value


def format_money(value: Decimal, lang: str) -> str:
    """``1 234,56 $`` (fr) or ``$1,234.56`` (en): the program's one money formatter (:mod:`.money`)."""
    from clinic_app.domain.money import format_money as one_formatter

    return one_formatter(value, lang_of(lang))


def parse_date(text: str, field: str = "date") -> dt.date:
    """ISO ``2025-01-22`` or ``22/01/2025`` (day first, as in Quebec); impossible dates refused."""
    s = (text or "").strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
    n = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", s)
    try:
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if n:
            return dt.date(int(n[3]), int(n[2]), int(n[1]))
    except ValueError:
        pass
    raise ParseError(field, "date")


def normalize_postal_code(text: str, field: str = "person.postal_code") -> str:
    """``h2x1y4`` -> ``H2X 1Y4``; Quebec codes only (first letter G, H or J)."""
    s = re.sub(r"[\s\-\u00a0]", "", (text or "")).upper()
    if not re.fullmatch(r"[GHJ]\d[A-Z]\d[A-Z]\d", s):
        raise ParseError(field, "postal_code")
    return f"{s[:3]} {s[3:]}"


#: the region a number without a country code belongs to
PHONE_REGION = "CA"


def normalize_phone(text: str, field: str = "person.phone") -> str:
    """A phone number of any country, checked with ``phonenumbers`` (Google's libphonenumber data).

    Why not only North American numbers: people who came from abroad keep a number there (family, a second
    line), and refusing it lost what was typed. Without a country code the number is Canadian: ``514 555
    0123``, ``+1 514 555 0123`` -> ``514-555-0123`` (the clinic's usual form, also for the rest of North
    America); a number of another country is kept in international form, ``+33 1 23 45 67 89``. An extension
    is kept as `` x123``. A number that cannot exist (wrong length for its country, unknown code) is refused.
    """
    import phonenumbers

    s = (text or "").strip()
    ext = ""
    m = re.search(r"(?i)\s*(?:x|ext\.?|poste|#)\s*(\d{1,6})\s*$", s)
    if m:
        ext, s = f" x{m[1]}", s[: m.start()]
    if not s or re.search(r"[^\d\s+().\-/]", s):
        raise ParseError(field, "phone")
    try:
        number = phonenumbers.parse(s, PHONE_REGION)
    except phonenumbers.NumberParseException:
        raise ParseError(field, "phone") from None
    if number.country_code == 1:  # as before: ten digits, the area code not starting with 0 or 1
        digits = phonenumbers.national_significant_number(number)
        if len(digits) != 10 or digits[0] in "01":
            raise ParseError(field, "phone")
        return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}{ext}"
    if not phonenumbers.is_valid_number(number):
        raise ParseError(field, "phone")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL) + ext
