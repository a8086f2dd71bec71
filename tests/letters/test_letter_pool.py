"""Letters rendered on the process pool are the very letters the serial path renders, in the same order."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from clinic_app.domain.clinic import ClinicProfile
from clinic_app.domain.demo import generate_demo
from clinic_app.letters.pool import CaseJob, render_cases

TODAY = dt.date(2025, 3, 3)
CLINIC = ClinicProfile(name="Clinique Démo", address="1 rue Test\nMontréal QC", phone="514-555-0100",
                       email="a@example.org", signatory="Me Roy", signatory_title="Avocate")


def _jobs(n: int) -> list[CaseJob]:
    ests, cases = generate_demo(n, seed=11)
    by_id = {e.id: e for e in ests}
    return [CaseJob(c, by_id.get(c.establishment_id or ""), CLINIC, "en" if i % 3 == 0 else "fr", TODAY)
            for i, c in enumerate(cases)]


def test_pool_letters_are_byte_identical_to_serial_ones_in_order() -> None:
    jobs = _jobs(24)  # drafts (errors), refusals and letters alike
    serial = list(render_cases(jobs, msg_lang="en", workers=1))
    pooled = list(render_cases(jobs, msg_lang="en", workers=2))
    assert len(serial) == len(pooled) == len(jobs)
    produced = 0
    for a, b in zip(serial, pooled, strict=True):
        assert a.error == b.error
        if a.letters is None:
            assert b.letters is None
            continue
        assert b.letters is not None
        assert [(x.kind, x.lang, x.recipient, x.sha256, x.figures) for x in a.letters] == \
               [(x.kind, x.lang, x.recipient, x.sha256, x.figures) for x in b.letters]
        assert [x.pdf for x in a.letters] == [x.pdf for x in b.letters]
        assert [(r.kind, r.message("fr")) for r in a.letters.refused] == \
               [(r.kind, r.message("fr")) for r in b.letters.refused]
        produced += len(a.letters)
    assert produced > 10  # the comparison covered real letters, not only refusals


def test_closing_the_iterator_early_stops_the_pool(tmp_path: Path) -> None:
    outcomes = render_cases(_jobs(40), msg_lang="fr", workers=2)
    first = next(outcomes)
    outcomes.close()  # a cancelled batch: the workers are shut down, nothing hangs
    assert first.letters is not None or first.error
