"""Letter wording as data: ``resources/letters/<lang>.json``, with named ``{placeholders}``.

Why JSON files rather than Python strings: staff change the wording of their letters (a clinic's tone, a
new paragraph) without touching code. Values filled in from a case are escaped for ReportLab's paragraph
markup before they are inserted, so a name such as ``<b>Ali & Sons</b>`` prints literally; the template
text itself may use ``<b>``, ``<i>`` and ``<br/>``.
"""

from __future__ import annotations

import json
import unicodedata
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from clinic_app.errors import ClinicError
from clinic_app.resources import resource_path


class TemplateError(ClinicError):
    """A template file is missing, not JSON, or lacks a text the letter needs."""

    code = "letter_template"


@cache
def load(lang: str) -> dict[str, Any]:
    path = resource_path("letters", f"{lang}.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TemplateError(f"{path.name}: {exc}") from None
    if not isinstance(data, dict):
        raise TemplateError(f"{path.name}: an object is expected")
    return data


class _Escaped(dict[str, str]):
    """Placeholder values, escaped; a placeholder the template names but the program lacks stays visible."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def embed(value: str) -> str:
    """``value`` in a bidi embedding of its own first strong direction (RLE or LRE ... PDF).

    This is what an FSI ... PDI isolate means, written with the explicit embeddings that python-bidi's
    ``bidi.algorithm`` understands (it knows no isolates, while its Unicode 6.3 ``bidi.get_display`` does not
    mirror brackets, which turned "(CNESST)" into ")CNESST(" in Arabic lines). Without it a phone number after
    Arabic words, ``514-555-0100``, printed as ``0100-555-514`` (rule W2 makes its digits Arabic numbers, which
    a hyphen does not join).
    """
    for char in value:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "\u202b" + value + "\u202c"
        if kind == "L":
            break
    return "\u202a" + value + "\u202c"


def text(lang: str, section: str, key: str, **values: Any) -> str:
    """The template text ``section.key`` in ``lang``, placeholders filled with escaped values."""
    try:
        raw = load(lang)[section][key]
    except KeyError:
        raise TemplateError(f"{lang}.json: {section}.{key} is missing") from None
    if lang == "ar":
        # Each value in its own bidi embedding, so a phone number, an amount or a Latin name keeps its own
        # direction inside the right-to-left sentence (see render.visual_arabic, which resolves and drops them).
        # A value "{key}" is the caller keeping the placeholder to substitute ready-made markup later (an
        # Arabic clause, say): it gets no embedding, which would force that clause left to right.
        filled = _Escaped({k: v if v == "{" + k + "}" else embed(escape(str(v))) for k, v in values.items()})
    else:
        filled = _Escaped({k: escape(str(v)) for k, v in values.items()})
    return str(raw).format_map(filled)


def has(lang: str, section: str, key: str) -> bool:
    return key in load(lang).get(section, {})
