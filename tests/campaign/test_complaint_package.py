"""The CNESST complaint package of a site: consented workers only, both debtors for drivers, recorded."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from clinic_app.domain.case import CaseKind, ConsentScope
from clinic_app.domain.complaint_package import build_package
from clinic_app.domain.demo import generate_demo
from clinic_app.domain.types import Head

TODAY = dt.date(2026, 12, 1)


def _text(pdf: bytes) -> str:
    return " ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages).replace("\u00a0", " ")


def test_only_workers_whose_consent_lets_the_clinic_act_are_included() -> None:
    ests, cases = generate_demo(250, seed=9, today=TODAY)
    site = next(e for e in ests if e.code == "DXT6")
    package = build_package(site, cases, TODAY)
    mine = {c.case_number or c.uuid[:8]: c for c in cases if c.establishment_id == site.id}
    assert package.rows and package.left_out
    assert len(package.rows) + len(package.left_out) == len(mine)
    for row in package.rows:
        consent = mine[row.case_number].consent
        assert consent.given and consent.scope in (ConsentScope.INTAKE_AND_LETTERS, ConsentScope.SHARE_WITH_PARTNERS)
        assert row.total > 0 and all(h.prescription_date >= TODAY for h in row.heads)
    for left in package.left_out:
        consent = mine[left.case_number].consent
        if left.reason == "no_consent":
            assert not consent.given
        if left.reason == "consent_scope":
            assert consent.scope is ConsentScope.INTAKE


def test_drivers_have_both_debtors_and_prescribed_heads_are_left_out() -> None:
    ests, cases = generate_demo(250, seed=9, today=TODAY)
    dsp = next(e for e in ests if e.code.startswith("INTELCOM"))
    package = build_package(dsp, cases, TODAY)
    assert package.rows
    for row in package.rows:
        roles = [d.role for d in row.debtors]
        assert roles[0] == "delivery_partner" and "client_company" in roles
    later = build_package(dsp, cases, TODAY + dt.timedelta(days=3 * 365))  # every head prescribed by then
    assert later.rows == [] and {x.reason for x in later.left_out} <= {"no_consent", "consent_scope",
                                                                       "incomplete", "nothing_claimable"}
    assert any(x.reason == "nothing_claimable" for x in later.left_out)


def test_a_notice_payment_reduces_the_head_claimed() -> None:
    from decimal import Decimal

    from clinic_app.domain.case import Payment, PaymentPurpose

    ests, cases = generate_demo(250, seed=9, today=TODAY)
    site = next(e for e in ests if e.code == "DXT6")
    before = build_package(site, cases, TODAY)
    row = before.rows[0]
    case = next(c for c in cases if c.uuid == row.case_uuid)
    case.work.payments.append(Payment(Decimal("100.00"), PaymentPurpose.IN_LIEU_OF_NOTICE))
    after = next(r for r in build_package(site, cases, TODAY).rows if r.case_uuid == row.case_uuid)
    notice = [h for h in row.heads if h.head is not Head.VACATION_INDEMNITY]
    notice_after = [h for h in after.heads if h.head is not Head.VACATION_INDEMNITY]
    assert notice_after[0].amount == notice[0].amount - Decimal("100.00")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_command_writes_the_package_records_it_and_names_no_one_left_out(tmp_path: Path, lang: str) -> None:
    from clinic_app.storage import open_store

    db = tmp_path / "demo.db"
    subprocess.run([sys.executable, "-m", "clinic_app", "demo-data", "--db", str(db), "--count", "200",
                    "--no-encryption"], check=True, capture_output=True, timeout=300)
    out = tmp_path / "package"
    done = subprocess.run([sys.executable, "-m", "clinic_app", "complaint-package", "--site", "dxt6", "--out", str(out),
                           "--db", str(db), "--no-encryption", "--lang", lang], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == ["0-cover.pdf", "1-workers.pdf", "2-consent-forms.pdf", "3-rows.csv",
                     "9-not-included-internal.pdf"]
    assert all(p.stat().st_mode & 0o077 == 0 for p in out.iterdir())
    store = open_store(db, encrypted=False)
    try:
        site = next(e for e in store.list_establishments() if e.code == "DXT6")
        cases = list(store.iter_cases())
        package = build_package(site, cases, dt.date.today())
        records = {c.uuid: store.letters_for_case(c.uuid) for c in cases if c.establishment_id == site.id}
    finally:
        store.close()
    sheets = _text((out / "1-workers.pdf").read_bytes())
    cover = _text((out / "0-cover.pdf").read_bytes())
    for row in package.rows:
        assert row.name in sheets and row.case_number in cover
        assert any(r.kind == "cnesst_complaint" for r in records[row.case_uuid])
    left = {x.case_number for x in package.left_out}
    by_number = {c.case_number: c for c in cases}
    for number in left:
        assert by_number[number].display_name not in sheets + cover
        assert not any(r.kind == "cnesst_complaint" for r in records[by_number[number].uuid])
    internal = _text((out / "9-not-included-internal.pdf").read_bytes())
    assert all(number in internal for number in left)
    forms = _text((out / "2-consent-forms.pdf").read_bytes())
    assert ("art. 102" in forms or "s. 102" in forms) and "·" not in forms
    assert "prescri" not in sheets.lower()  # a document for the other side never gives a prescription date
    drivers = [c for c in cases if c.kind is CaseKind.DRIVER]
    assert drivers  # the demo has drivers (their package is that of their delivery partner)
