"""One way to cite the law, per language: "LNT, art. 82, al. 3" in French, "LNT s. 82 para. 3" in English.

Why one formatter: the entitlement panel, the explanation and the letters all print the section a figure
rests on. The law tables keep one language-neutral spelling of each section (``"LNT s. 82 para 3"``, the
form the JSON contract's ``basis`` uses); every text a person reads goes through :func:`cite`, so French never
shows "s. 82" and the two languages cannot drift apart.

Codes: LNT (Act respecting labour standards, the same acronym in both languages), CLC (Canada Labour Code,
"CCT" in French), CLSR (Canada Labour Standards Regulations, "RNCT" in French), C.c.Q. (Civil Code of Québec,
"C.C.Q." in English).
"""

from __future__ import annotations

import re
from functools import lru_cache

#: code in the tables -> language -> how the code is written
_CODES: dict[str, dict[str, str]] = {
    "LNT": {"fr": "LNT", "en": "LNT"},
    "CLC": {"fr": "CCT", "en": "CLC"},
    "CLSR": {"fr": "RNCT", "en": "CLSR"},
    "C.c.Q.": {"fr": "C.c.Q.", "en": "C.C.Q."},
}
_GROUP = re.compile(r"^(LNT|CLC|CLSR|C\.c\.Q\.)\s+(.*)$")
_ITEM = re.compile(r"^(?:s\.|art\.)?\s*([0-9][0-9.]*(?:\([0-9a-z.]+\))*)(?:\s+para\.?\s+(\d+))?$")


def _items(rest: str) -> list[tuple[str, str | None]]:
    """``"s. 230(1), s. 235(1)"`` or ``"art. 2091, 2092, 2925"`` -> [(section, paragraph or None), ...]."""
    out: list[tuple[str, str | None]] = []
    for part in rest.split(","):
        match = _ITEM.match(part.strip())
        if match is None:
            raise ValueError(part)
        out.append((match.group(1), match.group(2)))
    return out


def _join(parts: list[str], lang: str) -> str:
    if len(parts) == 1:
        return parts[0]
    conj = " et " if lang == "fr" else " and "
    return ", ".join(parts[:-1]) + conj + parts[-1]


@lru_cache(maxsize=512)
def cite(section: str, lang: str) -> str:
    """``section`` as the tables spell it (``"LNT s. 82 para 3"``; groups joined by ``"; "``) in ``lang``.

    A spelling this function does not know is returned unchanged rather than guessed.
    """
    lang = "en" if lang == "en" else "fr"
    groups: list[str] = []
    for group in section.split(";"):
        match = _GROUP.match(group.strip())
        if match is None:
            return section
        code, rest = match.groups()
        try:
            items = _items(rest)
        except ValueError:
            return section
        name = _CODES[code][lang]
        if lang == "fr":
            parts = [num + (f", al. {para}" if para else "") for num, para in items]
            groups.append(f"{name}, art. {_join(parts, lang)}")
        elif code == "C.c.Q.":
            parts = [num + (f" para. {para}" if para else "") for num, para in items]
            word = "arts." if len(parts) > 1 else "art."
            groups.append(f"{name} {word} {_join(parts, lang)}")
        else:
            parts = [num + (f" para. {para}" if para else "") for num, para in items]
            word = "ss." if len(parts) > 1 else "s."
            groups.append(f"{name} {word} {_join(parts, lang)}")
    return "; ".join(groups)


def cite_all(sections: tuple[str, ...] | list[str], lang: str) -> str:
    """Several sections cited together: those of one code merged ("LNT, art. 74 et 76"), codes in order.

    Cached on the sections as a tuple: the explanation cites each head of claim and the vacation sections
    this way, always from the same few combinations of a law table's sections.
    """
    return _cite_all(tuple(sections), lang)


@lru_cache(maxsize=512)
def _cite_all(sections: tuple[str, ...], lang: str) -> str:
    merged: dict[str, list[str]] = {}
    for section in sections:
        for group in section.split(";"):
            code, _, rest = group.strip().partition(" ")
            merged.setdefault(code, []).append(rest)
    return cite("; ".join(f"{code} {', '.join(rests)}" for code, rests in merged.items()), lang)
