"""A rendered letter is recorded with its case in a real database and read back as it was stated: kind,
language, recipient, SHA-256 of the PDF and the figures snapshot (the interface storage and the GUI share)."""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal
from pathlib import Path

from clinic_app.domain.case import Case, CaseKind, Establishment, Party, Payment, PaymentPurpose
from clinic_app.domain.clinic import ClinicProfile
from clinic_app.letters.render import letters_for_case
from tests.letters import consenting

CLINIC = ClinicProfile(name="Clinique juridique Démo", signatory="Me Jeanne Roy")


def test_every_letter_of_a_driver_case_is_recorded_and_read_back(tmp_path: Path) -> None:
    from clinic_app.storage import LetterRecord, open_store

    est = Establishment(code="DXT4", employer_legal_name="Livraisons Démo inc.", establishment_terminations=40)
    case = Case.new(CaseKind.DRIVER)
    consenting(case)
    case.person.given_name, case.person.family_name = "Karim", "Haddad"
    d = case.driver
    d.dsp_legal_name, d.client_name = "Livraisons Démo inc.", "Entrepôts Démo S.E.C."
    d.controls.schedule_set_by, d.controls.monitoring_app = Party.CLIENT, True
    case.work.start_date, case.work.termination_date = dt.date(2021, 9, 1), dt.date(2025, 1, 22)
    case.work.weekly_wage = Decimal("650")
    case.work.payments = [Payment(Decimal("300"), PaymentPurpose.CLOSURE_PACKAGE, dt.date(2025, 2, 3))]
    letters = letters_for_case(case, est, CLINIC, lang="fr", today=dt.date(2025, 3, 3))
    assert [(x.kind.value, x.recipient) for x in letters[:2]] == [
        ("demand_driver", "Livraisons Démo inc."), ("demand_driver", "Entrepôts Démo S.E.C.")]
    store = open_store(tmp_path / "l.db", encrypted=False, create=True, actor="test", auto_backup=False)
    try:
        stored = store.create_case(case)
        records = []
        for letter in letters:
            assert letter.sha256 == hashlib.sha256(letter.pdf).hexdigest()
            rec = LetterRecord(kind=letter.kind.value, language=letter.lang, recipient=letter.recipient,
                               created_at=dt.datetime(2025, 3, 3, 15, tzinfo=dt.UTC), sha256=letter.sha256,
                               figures=letter.figures)
            store.record_letter(stored.uuid, rec)
            records.append(rec)
        assert store.letters_for_case(stored.uuid) == records
        assert records[0].figures["shortfall"] == str(Decimal(letters[0].figures["amount_owed"]) - 300)
    finally:
        store.close()
