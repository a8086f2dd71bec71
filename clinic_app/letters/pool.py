"""Letters of many cases rendered on a pool of worker processes, one per core, in the cases' order.

Why processes: ReportLab's layout is pure Python, so threads would share one core; 1,000 letters took three
times a bare ReportLab document each. Each worker registers the fonts and builds the paragraph styles once
(:func:`_start_worker`), then renders whole cases (:func:`clinic_app.letters.render.letters_for_case`), so a
case's letters, refusals and errors come back exactly as the serial path gives them and the caller (the
batch service) still writes and records every file itself, in the main process, in order.

Why ``spawn`` rather than ``fork``: the GUI process holds Qt and database connections, which a forked child
must not inherit. A small batch (under :data:`MIN_POOLED` cases) or a single core renders in-process: starting
workers would cost more than it saves. A frozen build needs ``multiprocessing.freeze_support()`` at its entry
point (``packaging/entry_point.py``).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Generator, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from clinic_app.domain.case import Case, Establishment
from clinic_app.domain.clinic import ClinicProfile

if TYPE_CHECKING:
    from clinic_app.letters.render import CaseLetters

#: below this many cases the letters are rendered in this process
MIN_POOLED = 16
#: cases sent to a worker at a time (fewer round trips; small enough for a prompt cancel and even spread)
CHUNK = 8


@dataclass(frozen=True)
class CaseJob:
    """What one case's letters are made of (pickled to a worker)."""

    case: Case
    establishment: Establishment | None
    clinic: ClinicProfile
    lang: str
    today: dt.date
    #: one letter of this kind only (default recipient) instead of every letter of the case
    kind: str | None = None


@dataclass(frozen=True)
class CaseOutcome:
    """One case's letters (with their refusals), or the message that stopped them all, in ``msg_lang``."""

    letters: CaseLetters | None
    error: str | None


def worker_count() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


def _start_worker() -> None:
    """Once per worker: fonts registered and paragraph styles built before the first letter."""
    from clinic_app.letters.render import prepare

    prepare()


def _render_case(job: CaseJob, msg_lang: str) -> CaseOutcome:
    from clinic_app.letters.kinds import LetterKind
    from clinic_app.letters.render import CaseLetters, LetterError, letters_for_case, render_letter

    try:
        if job.kind is not None:
            letter = render_letter(job.case, job.establishment, job.clinic, kind=LetterKind(job.kind),
                                   lang=job.lang, today=job.today)
            return CaseOutcome(CaseLetters([letter], []), None)
        return CaseOutcome(letters_for_case(job.case, job.establishment, job.clinic, lang=job.lang,
                                            today=job.today), None)
    except LetterError as err:
        return CaseOutcome(None, err.message(msg_lang))


def _render_chunk(jobs: list[CaseJob], msg_lang: str) -> list[CaseOutcome]:
    return [_render_case(job, msg_lang) for job in jobs]


def render_cases(jobs: Iterable[CaseJob], *, msg_lang: str, workers: int | None = None,
                 total: int | None = None) -> Generator[CaseOutcome, None, None]:
    """Each job's outcome, in the jobs' order. ``workers`` defaults to one per core; 1 renders in-process.

    Closing the iterator early (a cancelled batch) stops the pool: chunks not started are dropped.
    """
    n = worker_count() if workers is None else workers
    if n <= 1 or (total is not None and total < MIN_POOLED):
        _start_worker()
        for job in jobs:
            yield _render_case(job, msg_lang)
        return
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=n, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_start_worker)
    try:
        pending: list[Future[list[CaseOutcome]]] = []
        chunk: list[CaseJob] = []
        source = iter(jobs)
        exhausted = False
        while True:
            # Keep every worker busy with two chunks ahead, never the whole batch in memory.
            while not exhausted and len(pending) < 2 * n:
                chunk = [job for _, job in zip(range(CHUNK), source, strict=False)]
                if not chunk:
                    exhausted = True
                    break
                pending.append(pool.submit(_render_chunk, chunk, msg_lang))
            if not pending:
                return
            yield from pending.pop(0).result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
