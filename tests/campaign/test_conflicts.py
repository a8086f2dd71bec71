"""The conflict-of-interest check: names compared as people write them, against the list and the cases on file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from clinic_app.domain.conflicts import (
    ListedParty,
    PartyRole,
    check,
    company_key,
    same_company,
    same_person,
)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Hélène Tremblay", "TREMBLAY, Helene", True),
    ("Hélène Tremblay", "Tremblay Hélène", True),
    ("Marie-Ève Côté", "Marie Eve Cote", True),
    ("Jean-Baptiste Ndiaye", "Jean Baptiste Ndiaye", True),
    ("Mohamed El Amrani", "Mohamed El-Amrani", True),
    ("Hélène Tremblay", "Hélène Tremblay-Roy", True),  # a second family name given once
    ("Hélène Tremblay", "Hélène Gagnon", False),
    ("Tremblay", "Hélène Tremblay", False),  # one word is not enough
    ("Noémie Œuvre", "noemie oeuvre", True),
])
def test_people(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Livraisons Rapides Démo inc.", "LIVRAISONS RAPIDES DEMO LTÉE", True),
    ("Dernier Mille Démo S.E.N.C.", "Dernier Mille Demo senc", True),
    ("Entrepôts Démo du Québec S.E.C.", "Entrepots Demo du Quebec", True),
    ("Colis Express Fictif ltée", "Colis Express Fictif Limited", True),
    ("Trans-Canada Demo Couriers Ltd.", "Trans Canada Demo Couriers Inc", True),
    ("Livraisons Rapides Démo inc.", "Livraisons Lentes Démo inc.", False),
    ("Intelcom Courrier Canada inc.", "Intelcom", False),
])
def test_companies(a: str, b: str, same: bool) -> None:
    assert same_company(a, b) is same


def test_legal_forms_never_empty_a_name() -> None:
    assert company_key("Inc.") == "inc"


def test_check_finds_each_kind_and_says_why() -> None:
    listed = [ListedParty("Livraisons Rapides Démo inc.", PartyRole.ADVERSE),
              ListedParty("Hélène Tremblay", PartyRole.ADVERSE),
              ListedParty("Association des livreurs", PartyRole.CLIENT)]
    hits = check("Tremblay Helene", ["Association des Livreurs inc.", "Transport Jean Roy enr."], listed,
                 people_on_file=[("AB12-000007", "Jean Roy")],
                 parties_on_file=[("AB12-000003", "Hélène Tremblay")])
    kinds = {h.kind for h in hits}
    assert kinds == {"person_is_adverse", "person_is_party", "party_is_client", "party_is_client_person"}
    assert any("AB12-000007" in h.message("en") for h in hits)
    assert all(h.message("fr") and h.message("en") != h.message("fr") for h in hits)
    assert check("Zoé Nobody", ["Livraisons Rapides Démo inc."], listed) == []  # acting against an adverse party


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    subprocess.run([sys.executable, "-m", "clinic_app", "demo-data", "--db", str(path), "--count", "60",
                    "--no-encryption"], check=True, capture_output=True, timeout=300)
    return path


def test_command_keeps_the_list_and_checks_against_cases_on_file(db: Path) -> None:
    from clinic_app.storage import open_store

    base = [sys.executable, "-m", "clinic_app", "conflicts", "--db", str(db), "--no-encryption", "--lang", "en"]

    def run(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*base, *extra], capture_output=True, text=True, timeout=300)

    store = open_store(db, encrypted=False)
    try:
        person = next(iter(store.iter_cases())).display_name
    finally:
        store.close()
    assert run("--add-client", "Association des livreurs").returncode == 0
    assert "Association des livreurs" in run("--list").stdout
    hit = run("--name", "Nobody Here", "--party", "ASSOCIATION DES LIVREURS INC")
    assert hit.returncode == 1 and "acts for" in hit.stdout
    on_file = run("--name", "Nobody Here", "--party", person)  # acting against a person the clinic acts for
    assert on_file.returncode == 1 and "already acts for" in on_file.stdout
    assert run("--name", "Nobody Here", "--party", "Some Other Company inc.").returncode == 0
    assert run("--remove", "Association des livreurs", "--role", "client").returncode == 0
    assert run("--name", "Nobody Here", "--party", "Association des livreurs").returncode == 0
    bad = run("--add-adverse", "   ")
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1
    assert run("--list", "--name", "x").returncode == 2
    store = open_store(db, encrypted=False)
    try:
        actions = {e.action for e in store.audit_entries()}
    finally:
        store.close()
    assert "conflict_list" in actions


def test_the_list_index_finds_every_party_a_full_comparison_finds() -> None:
    """The index only narrows what is compared: on a mixed list its candidates hold every exact match."""
    import random

    from clinic_app.domain.conflicts import ListedParty, PartyIndex, PartyRole, same_party, same_person

    rng = random.Random(7)
    words = ["Livraisons", "Rapides", "Démo", "Tremblay", "Hélène", "Côté", "Jean", "Marie", "Nguyen", "Express"]
    forms = ["inc.", "Inc", "ltée", "S.E.N.C.", ""]
    listed = [ListedParty(" ".join(rng.sample(words, rng.randint(1, 3))) + " " + rng.choice(forms),
                          rng.choice(list(PartyRole))) for _ in range(400)]
    index = PartyIndex(listed)
    for _ in range(200):
        name = " ".join(rng.sample(words, rng.randint(1, 3))) + " " + rng.choice(forms)
        companies = {id(e) for e in index.candidates(name, companies=True)}
        people = {id(e) for e in index.candidates(name, companies=False)}
        assert {id(e) for e in listed if same_party(name, e.name)} <= companies, name
        assert {id(e) for e in listed if same_person(name, e.name)} <= people, name
