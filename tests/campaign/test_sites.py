"""Sites added up on both counts (domain, service, PDF, command) with demo cases in a real database."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from clinic_app.domain.case_figures import case_entitlements
from clinic_app.domain.demo import generate_demo
from clinic_app.domain.site_view import site_totals
from clinic_app.domain.types import Entitlements

TODAY = dt.date(2026, 12, 1)


def test_two_count_totals_equal_the_sum_of_the_cases_figures() -> None:
    ests, cases = generate_demo(200, seed=7, today=TODAY)
    site = next(e for e in ests if e.code == "DXT6")  # 180 vs 330: the drivers move it from 12 to 16 weeks
    totals = site_totals(site, cases, TODAY)
    mine = [c for c in cases if c.establishment_id == site.id]
    assert totals.cases == len(mine) > 0
    first = [case_entitlements(c, site, as_of=TODAY) for c in mine]
    second = [case_entitlements(c, site, count_drivers=True, as_of=TODAY) for c in mine]
    assert totals.owed == sum((e.amount_owed for e in first if isinstance(e, Entitlements)), Decimal(0))
    assert totals.owed_drivers == sum((e.amount_owed for e in second if isinstance(e, Entitlements)), Decimal(0))
    assert totals.difference is not None and totals.difference > 0
    assert totals.computed == sum(isinstance(e, Entitlements) for e in first)
    assert sum(n for n, _a in totals.due_by_month.values()) == sum(len(e.heads) for e in first
                                                                   if isinstance(e, Entitlements))


def test_a_site_without_counts_says_which_facts_are_missing() -> None:
    ests, cases = generate_demo(50, seed=7, today=TODAY)
    dsp = next(e for e in ests if e.establishment_terminations is None)
    dsp.collective_notice_weeks_given = None
    totals = site_totals(dsp, cases, TODAY)
    assert {"employer_count", "drivers_count", "minister_notice"} <= set(totals.missing)
    assert totals.owed_drivers is None and totals.difference is None


def test_moving_a_case_to_another_site_moves_it_in_both_totals() -> None:
    ests, cases = generate_demo(120, seed=8, today=TODAY)
    a, b = (next(e for e in ests if e.code == code) for code in ("YUL5", "YUL2"))
    case = next(c for c in cases if c.establishment_id == a.id)
    before_a, before_b = site_totals(a, cases, TODAY).cases, site_totals(b, cases, TODAY).cases
    case.establishment_id = b.id
    assert site_totals(a, cases, TODAY).cases == before_a - 1
    assert site_totals(b, cases, TODAY).cases == before_b + 1


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    db = tmp_path / "demo.db"
    subprocess.run([sys.executable, "-m", "clinic_app", "demo-data", "--db", str(db), "--count", "150",
                    "--no-encryption"], check=True, capture_output=True, timeout=300)
    return db


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_show_prints_both_counts_and_writes_a_one_page_pdf_without_names(demo_db: Path, tmp_path: Path,
                                                                         lang: str) -> None:
    from pypdf import PdfReader

    from clinic_app.storage import open_store

    pdf = tmp_path / "site.pdf"
    done = subprocess.run([sys.executable, "-m", "clinic_app", "sites", "show", "dxt6", "--db", str(demo_db),
                           "--no-encryption", "--pdf", str(pdf), "--lang", lang],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert ("livreurs comptés" if lang == "fr" else "drivers counted") in done.stdout
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "DXT6" in text and ("Livreurs comptés" if lang == "fr" else "Drivers counted") in text
    store = open_store(demo_db, encrypted=False)
    try:
        people = [(c.person.given_name, c.person.family_name) for c in store.iter_cases()]
    finally:
        store.close()
    assert not any(f"{g} {f}" in text for g, f in people)


def test_list_and_an_unknown_code(demo_db: Path) -> None:
    base = [sys.executable, "-m", "clinic_app", "sites"]
    listed = subprocess.run([*base, "list", "--db", str(demo_db), "--no-encryption"], capture_output=True,
                            text=True, timeout=300)
    assert listed.returncode == 0 and "YUL2" in listed.stdout and "DXT6" in listed.stdout
    unknown = subprocess.run([*base, "show", "NOPE", "--db", str(demo_db), "--no-encryption", "--lang", "en"],
                             capture_output=True, text=True, timeout=300)
    assert unknown.returncode == 1 and unknown.stderr.strip().count("\n") == 0 and "NOPE" in unknown.stderr
    missing = subprocess.run([*base, "show", "--db", str(demo_db), "--no-encryption"], capture_output=True,
                             text=True, timeout=300)
    assert missing.returncode == 2


def test_list_sites_counts_live_cases_per_establishment_in_sql(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The count per site equals a count over whole cases; deleted and unlinked cases are not counted."""
    from collections import Counter

    from clinic_app.domain.demo import generate_demo
    from clinic_app.services import sites
    from clinic_app.storage import CaseQuery, open_store

    store = open_store(tmp_path / "s.db", encrypted=False, create=True, auto_backup=False)
    ests, cases = generate_demo(40, seed=2)
    for est in ests:
        store.save_establishment(est)
    cases[0].establishment_id = None
    store.create_cases(cases)
    store.delete_case(cases[1].uuid)
    want = Counter(c.establishment_id for c in store.iter_cases(CaseQuery(limit=None)) if c.establishment_id)
    got = {line.establishment.id: line.cases for line in sites.list_sites(store)}
    assert got == {e.id: want.get(e.id, 0) for e in store.list_establishments()}
    assert sum(got.values()) == 38
    store.close()
