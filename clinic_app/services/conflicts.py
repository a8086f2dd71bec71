"""The conflict check at intake and on demand, the clinic's list of parties, and the volunteer's decision.

Why a service: the intake form (before a new case is first saved), ``clinic-app conflicts`` and any later screen
must check the same way against the same list. The list (adverse parties, parties the clinic acts for) is kept
in the database's settings as JSON, so every laptop that shares the database shares it; a decision (cleared,
refer out) is recorded with who and when, and audited (names of fields only, never the names checked).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from clinic_app.domain.case import Case
from clinic_app.domain.conflicts import ConflictHit, Decision, ListedParty, PartyIndex, PartyRole, check
from clinic_app.errors import ClinicError

if TYPE_CHECKING:
    from clinic_app.storage import CaseStore

LIST_KEY = "conflicts.parties"
DECISION_KEY = "conflicts.decision.{uuid}"
MAX_NAME = 300


class BadParty(ClinicError):
    """A party name that cannot be listed (empty or too long)."""

    code = "bad_party"
    exit_status = 2

    def __init__(self, why: str) -> None:
        self.why = why
        super().__init__(self.message("fr"))

    def message(self, lang: str = "fr") -> str:
        texts = {"empty": ("le nom de la partie est vide", "the party's name is empty"),
                 "long": (f"le nom de la partie dépasse {MAX_NAME} caractères",
                          f"the party's name is longer than {MAX_NAME} characters")}
        fr, en = texts[self.why]
        return en if lang == "en" else fr


def parties_of(case: Case) -> list[str]:
    """The parties this case is against: the employer, or the delivery partner and its client company."""
    out = []
    if case.warehouse is not None:
        out.append(case.warehouse.employer_legal_name)
    if case.driver is not None:
        out += [case.driver.dsp_legal_name, case.driver.client_name]
    return [p for p in out if p.strip()]


def _parse(raw: str | None) -> list[ListedParty]:
    if not raw:
        return []
    try:
        items = json.loads(raw)
        return [ListedParty(str(i["name"]), PartyRole(i["role"]), str(i.get("note", ""))) for i in items]
    except (ValueError, KeyError, TypeError):
        return []


#: the last list read and its index, keyed by the stored text: a check at intake does not parse and index
#: thousands of parties again while the list has not changed (any change changes the text)
_LAST: dict[str, tuple[list[ListedParty], PartyIndex]] = {}


def _listed(store: CaseStore) -> tuple[list[ListedParty], PartyIndex]:
    raw = store.get_setting(LIST_KEY) or ""
    cached = _LAST.get(raw)
    if cached is None:
        parsed = _parse(raw)
        cached = (parsed, PartyIndex(parsed))
        _LAST.clear()
        _LAST[raw] = cached
    return cached


def listed_parties(store: CaseStore) -> list[ListedParty]:
    """The clinic's list; an unreadable stored value counts as an empty list (it is rewritten on the next add)."""
    return list(_listed(store)[0])


def save_listed_parties(store: CaseStore, parties: list[ListedParty]) -> None:
    store.set_setting(LIST_KEY, json.dumps([{"name": p.name, "role": p.role.value, "note": p.note}
                                            for p in parties], ensure_ascii=False))
    store.record_audit("conflict_list", None, ("parties",))


def add_party(store: CaseStore, name: str, role: PartyRole, note: str = "") -> ListedParty:
    name = " ".join(name.split())
    if not name:
        raise BadParty("empty")
    if len(name) > MAX_NAME:
        raise BadParty("long")
    entry = ListedParty(name, role, note.strip()[:MAX_NAME])
    parties = [p for p in listed_parties(store) if not (p.name == name and p.role is role)]
    save_listed_parties(store, [*parties, entry])
    return entry


def remove_party(store: CaseStore, name: str, role: PartyRole) -> bool:
    parties = listed_parties(store)
    kept = [p for p in parties if not (p.name == name and p.role is role)]
    if len(kept) != len(parties):
        save_listed_parties(store, kept)
        return True
    return False


#: the cases a name search looks at, the most recent first: a company every driver names (thousands of cases
#: mention it) must not make each check sort them all; a person named like a party is found among these
SEARCH_CAP = 500


def check_names(store: CaseStore, person: str, parties: list[str], *,
                exclude_uuid: str | None = None) -> list[ConflictHit]:
    """The check for a person and parties typed (the command, or a case not saved yet)."""
    from clinic_app.storage import CaseQuery

    people: list[tuple[str, str]] = []
    for party in parties:  # people on file named like a party: the index answers, no full scan
        for row in store.list_cases(CaseQuery(text=party, limit=50, search_cap=SEARCH_CAP)):
            if row.uuid != exclude_uuid:
                people.append((row.case_number, row.display_name))
    on_file: list[tuple[str, str]] = []
    if person.strip():  # parties on file named like the person: establishments' employers and case parties
        for est in store.list_establishments():
            on_file.append((est.code, est.employer_legal_name))
        for row in store.list_cases(CaseQuery(text=person, limit=50, search_cap=SEARCH_CAP)):
            if row.uuid == exclude_uuid:
                continue
            other = store.get_case(row.uuid)
            on_file += [(row.case_number, p) for p in parties_of(other)]
    return check(person, parties, _listed(store)[1], people_on_file=people, parties_on_file=on_file)


def check_case(store: CaseStore, case: Case) -> list[ConflictHit]:
    """The check for a case: its person's name against the parties, its parties against the people."""
    person = f"{case.person.given_name} {case.person.family_name}".strip()
    return check_names(store, person, parties_of(case), exclude_uuid=case.uuid)


@dataclass(frozen=True)
class DecisionRecord:
    decision: Decision
    by: str
    at: dt.datetime
    hits: int


def record_decision(store: CaseStore, case_uuid: str, decision: Decision, *, by: str, hits: int,
                    now: dt.datetime | None = None) -> DecisionRecord:
    """Record the volunteer's decision about the conflicts shown (audited; the names checked are not logged)."""
    rec = DecisionRecord(decision, by, now or dt.datetime.now(dt.UTC), hits)
    store.set_setting(DECISION_KEY.format(uuid=case_uuid), json.dumps(
        {"decision": decision.value, "by": by, "at": rec.at.isoformat(), "hits": hits}))
    store.record_audit(f"conflict_{decision.value}", case_uuid, ("conflict",))
    return rec


def decision_for(store: CaseStore, case_uuid: str) -> DecisionRecord | None:
    raw = store.get_setting(DECISION_KEY.format(uuid=case_uuid))
    if not raw:
        return None
    try:
        data = json.loads(raw)
        return DecisionRecord(Decision(data["decision"]), str(data["by"]), dt.datetime.fromisoformat(data["at"]),
                              int(data["hits"]))
    except (ValueError, KeyError, TypeError):
        return None
