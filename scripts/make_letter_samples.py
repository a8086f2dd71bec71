"""Write the sample letters of docs/letters/ from demo data: each kind, in French and English (and Arabic for
the worker's summary), so staff and reviewers can see the letters without running the program.

Usage: ``PYTHONPATH=. python scripts/make_letter_samples.py [OUT_DIR]`` (default ``docs/letters``). The cases
come from :func:`clinic_app.domain.demo.generate_demo` (fictional people and companies, fixed seed) and the
date is fixed, so running it again gives the same bytes unless the wording, layout or engine changed.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from clinic_app.domain.case import Case, ConsentScope, Establishment, Language
from clinic_app.domain.case_figures import case_entitlements
from clinic_app.domain.clinic import ClinicProfile
from clinic_app.domain.demo import generate_demo
from clinic_app.domain.types import Jurisdiction
from clinic_app.letters.kinds import LetterKind
from clinic_app.letters.render import Recipient, render_letter

TODAY = dt.date(2025, 2, 10)
CLINIC = ClinicProfile(name="Clinique juridique Démo du Mile-End", address="123 rue Exemple\nMontréal QC H2X 1Y4",
                       phone="514-555-0100", email="info@example.org", signatory="Me Jeanne Roy",
                       signatory_title="Avocate / Lawyer")
#: The demo data leaves the client company's address empty; a fictional one makes the sample complete.
CLIENT_ADDRESS = "1000 rue de la Démonstration\nMontréal QC H3B 0A0"


def _pick(cases: list[Case], ests: dict[str, Establishment], test) -> tuple[Case, Establishment | None]:
    for case in cases:
        est = ests.get(case.establishment_id or "")
        ent = case_entitlements(case, est, as_of=TODAY)
        if hasattr(ent, "shortfall") and ent.facts.jurisdiction is Jurisdiction.QC and ent.shortfall > 0 \
                and case.consent.given and case.consent.scope is not ConsentScope.INTAKE \
                and ent.excluded_reason is None and not ent.claim_deadline_passed and test(case, ent):
            return case, est
    raise SystemExit("no demo case fits; change the seed")


def main(out: Path) -> None:
    est_list, cases = generate_demo(400, seed=3)
    ests = {e.id: e for e in est_list}
    warehouse, w_est = _pick(cases, ests, lambda c, e: c.warehouse is not None and e.collective_indemnity > 0
                             and c.work.payments)
    driver, d_est = _pick(cases, ests, lambda c, e: c.driver is not None and bool(c.driver.dsp_legal_name)
                          and c.person.preferred_language is Language.AR
                          and len(c.driver.controls.employee_indicators()) >= 5)
    driver.driver.client_address = driver.driver.client_address or CLIENT_ADDRESS
    client = Recipient(driver.driver.client_name, driver.driver.client_address)
    jobs = [
        ("demand_employer-fr", warehouse, w_est, LetterKind.DEMAND_EMPLOYER, "fr", None),
        ("demand_employer-en", warehouse, w_est, LetterKind.DEMAND_EMPLOYER, "en", None),
        ("demand_driver-dsp-fr", driver, d_est, LetterKind.DEMAND_DRIVER, "fr", None),
        ("demand_driver-client-en", driver, d_est, LetterKind.DEMAND_DRIVER, "en", client),
        ("calculation_annex-fr", warehouse, w_est, LetterKind.CALCULATION_ANNEX, "fr", None),
        ("calculation_annex-en", driver, d_est, LetterKind.CALCULATION_ANNEX, "en", None),
        ("worker_summary-fr", warehouse, w_est, LetterKind.WORKER_SUMMARY, "fr", None),
        ("worker_summary-en", warehouse, w_est, LetterKind.WORKER_SUMMARY, "en", None),
        ("worker_summary-ar", driver, d_est, LetterKind.WORKER_SUMMARY, "ar", None),
        ("lawyer_worksheet-fr", warehouse, w_est, LetterKind.LAWYER_WORKSHEET, "fr", None),
        ("lawyer_worksheet-en", driver, d_est, LetterKind.LAWYER_WORKSHEET, "en", None),
    ]
    out.mkdir(parents=True, exist_ok=True)
    for name, case, est, kind, lang, recipient in jobs:
        letter = render_letter(case, est, CLINIC, kind=kind, lang=lang, recipient=recipient, today=TODAY)
        (out / f"{name}.pdf").write_bytes(letter.pdf)
        print(f"{name}.pdf  {letter.lang}  {len(letter.pdf) // 1024} KB  sha256 {letter.sha256[:16]}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/letters"))
