"""Small reusable input widgets built on ``clinic_app.domain.parsing`` (MoneyEdit, DateEdit, PostalCodeEdit, PhoneEdit).

Each is a QLineEdit that parses on demand: ``value()`` returns the parsed value or None when empty and raises the
domain ``ParseError`` (which names the field and what is expected, fr/en) on bad input, so forms show one message
format. Parsing stays in the domain layer; the widgets only normalise the displayed text on focus-out.
"""

from clinic_app.ui.widgets.edits import DateEdit, MoneyEdit, ParsedLineEdit, PhoneEdit, PostalCodeEdit

__all__ = ["DateEdit", "MoneyEdit", "ParsedLineEdit", "PhoneEdit", "PostalCodeEdit"]
