"""The conflict-of-interest check: may the clinic act for this person against these parties?

A clinic may not act against a party it already acts for, nor take two sides of one dispute (the bar's rules
that LegalServer and Clio check at intake). Here the person and every party of a case (the employer, the
delivery partner, the client company) are compared with the clinic's own list (adverse parties, and parties
it acts for) and with the people and parties of the cases already on file.

Names are compared the way people write them differently: accents, capitals and punctuation ignored; a
person's given and family names in any order ("Tremblay Hélène" = "Hélène Tremblay"); a company's legal form
left out ("Livraisons Rapides inc." = "LIVRAISONS RAPIDES LTÉE"). A hit says what matched and why; the
volunteer decides (cleared, or refer out), and that decision is recorded by the service, audited.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum


class PartyRole(StrEnum):
    ADVERSE = "adverse"  # the clinic acts against this party (an employer, a delivery partner)
    CLIENT = "client"  # the clinic acts for this party (a union, an association, a person)


class Decision(StrEnum):
    CLEARED = "cleared"  # checked: no real conflict, the clinic may act
    REFER_OUT = "refer_out"  # a conflict: the person is referred to another clinic


@dataclass(frozen=True, slots=True)
class ListedParty:
    """One entry of the clinic-maintained list."""

    name: str
    role: PartyRole
    note: str = ""


@dataclass(frozen=True, slots=True)
class ConflictHit:
    """One match: ``checked`` (a name of this case) matched ``matched`` from ``source``, for reason ``kind``."""

    kind: str  # see _WHY
    checked: str
    matched: str
    source: str  # "list", or the case number of an existing case

    def message(self, lang: str) -> str:
        return _WHY[self.kind]["en" if lang == "en" else "fr"].format(checked=self.checked, matched=self.matched,
                                                                        source=self.source)


_WHY: dict[str, dict[str, str]] = {
    "person_is_adverse": {
        "fr": "La personne « {checked} » figure dans la liste des parties adverses (« {matched} »).",
        "en": "The person “{checked}” is on the list of adverse parties (“{matched}”)."},
    "person_is_party": {
        "fr": "La personne « {checked} » est une partie adverse dans le dossier {source} (« {matched} »).",
        "en": "The person “{checked}” is an adverse party in case {source} (“{matched}”)."},
    "party_is_client": {
        "fr": "La partie « {checked} » figure dans la liste des parties que la clinique représente (« {matched} ») : "
              "la clinique agirait contre elle.",
        "en": "The party “{checked}” is on the list of parties the clinic acts for (“{matched}”): the clinic would "
              "act against it."},
    "party_is_client_person": {
        "fr": "La partie « {checked} » est la personne du dossier {source} (« {matched} ») : la clinique la "
              "représente déjà.",
        "en": "The party “{checked}” is the person of case {source} (“{matched}”): the clinic already acts for them."},
}

#: Legal forms left out of company names (Quebec, Canadian, common English), compared after normalisation.
LEGAL_FORMS = frozenset({
    "inc", "incorporated", "incorporee", "ltd", "ltee", "limited", "limitee", "corp", "corporation", "co", "cie",
    "compagnie", "company", "llc", "llp", "lp", "senc", "sencrl", "sec", "snc", "sa", "sarl", "enr", "enrg",
    "enregistree", "ulc", "plc", "gmbh", "the", "la", "le", "les",
})
_NON_WORD = re.compile(r"[^0-9a-z]+")


def _fold(text: str) -> str:
    """Lower case, accents removed, ligatures unfolded, so "ÉMILE", "emile" and "Émile" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("œ", "oe").replace("æ", "ae")


@functools.lru_cache(maxsize=65_536)
def company_key(name: str) -> str:
    """A company's name without its legal form, accents, capitals or punctuation ("S.E.N.C." -> "senc" dropped)."""
    folded = _fold(name)
    # Dotted abbreviations first ("s.e.n.c." -> "senc"), then words.
    folded = re.sub(r"\b((?:[a-z]\.){2,})", lambda m: m.group(1).replace(".", ""), folded)
    words = [w for w in _NON_WORD.split(folded) if w]
    kept = [w for w in words if w not in LEGAL_FORMS]
    return " ".join(kept or words)


@functools.lru_cache(maxsize=65_536)
def person_key(name: str) -> frozenset[str]:
    """A person's name as a set of words (order does not matter), hyphens splitting compound names too."""
    return frozenset(w for w in _NON_WORD.split(_fold(name)) if len(w) > 1)


def same_person(a: str, b: str) -> bool:
    """Same words in any order, or one name's words all in the other's when both have at least two words
    (a middle name given once, not the other time)."""
    ka, kb = person_key(a), person_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    return min(len(ka), len(kb)) >= 2 and (ka <= kb or kb <= ka)


def same_company(a: str, b: str) -> bool:
    ka, kb = company_key(a), company_key(b)
    return bool(ka) and ka == kb


def same_party(a: str, b: str) -> bool:
    """A party may be a company or a person (a sole proprietor): either comparison."""
    return same_company(a, b) or same_person(a, b)


class PartyIndex:
    """The clinic's list, indexed once per check by company key and by name word, so a check against thousands
    of listed parties compares each name with the few entries that could match, not with all of them.

    ``candidates`` returns, in list order, every entry :func:`same_party` (or :func:`same_person`) could accept:
    the same company key, or a name whose words contain all of the given name's words or are all among them.
    The exact comparison is still made by the caller. Build it once for a list that does not change (the
    service keeps one per stored list) and pass it to :func:`check` in place of the list.
    """

    def __init__(self, listed: list[ListedParty]) -> None:
        self.listed = listed
        self.by_company: dict[str, list[int]] = {}
        self.by_word: dict[str, list[int]] = {}
        self.sizes: list[int] = []
        for i, entry in enumerate(listed):
            self.by_company.setdefault(company_key(entry.name), []).append(i)
            words = person_key(entry.name)
            self.sizes.append(len(words))
            for word in words:
                self.by_word.setdefault(word, []).append(i)

    def candidates(self, name: str, *, companies: bool) -> list[ListedParty]:
        found: set[int] = set(self.by_company.get(company_key(name), ())) if companies else set()
        words = person_key(name)
        shared: dict[int, int] = {}
        for word in words:
            for i in self.by_word.get(word, ()):
                shared[i] = shared.get(i, 0) + 1
        # all of the name's words in the entry's, or all of the entry's words in the name's
        found.update(i for i, n in shared.items() if n == len(words) or n == self.sizes[i])
        return [self.listed[i] for i in sorted(found)]


def check(person: str, parties: Sequence[str], listed: Iterable[ListedParty] | PartyIndex, *,
          people_on_file: Iterable[tuple[str, str]] = (),
          parties_on_file: Iterable[tuple[str, str]] = ()) -> list[ConflictHit]:
    """Every conflict between this case (``person``, ``parties``) and the list and the cases on file.

    ``people_on_file`` and ``parties_on_file`` are ``(case number, name)`` pairs of the existing cases (the
    case being checked excluded by the caller).
    """
    hits: list[ConflictHit] = []
    parties = [p for p in dict.fromkeys(p.strip() for p in parties) if p]
    index = listed if isinstance(listed, PartyIndex) else PartyIndex(list(listed))
    if person.strip():
        for entry in index.candidates(person, companies=False):
            if entry.role is PartyRole.ADVERSE and same_person(person, entry.name):
                hits.append(ConflictHit("person_is_adverse", person, entry.name, "list"))
        for number, name in parties_on_file:
            if same_person(person, name):
                hits.append(ConflictHit("person_is_party", person, name, number))
    for party in parties:
        for entry in index.candidates(party, companies=True):
            if entry.role is PartyRole.CLIENT and same_party(party, entry.name):
                hits.append(ConflictHit("party_is_client", party, entry.name, "list"))
        for number, name in people_on_file:
            if same_person(party, name):
                hits.append(ConflictHit("party_is_client_person", party, name, number))
    return list(dict.fromkeys(hits))
