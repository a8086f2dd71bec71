"""Letters of a stored case: render one, save it (and record it), write every letter of many cases.

Why here: the letters window, the batch and any command must record a letter the same way (kind, language,
recipient, SHA-256, figures), and a letter is recorded only once it left the program (saved, printed,
opened), never when it was only previewed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from clinic_app.domain.case import Case, Establishment
from clinic_app.domain.clinic import ClinicProfile
from clinic_app.services.progress import CancelToken, Progress, no_progress

if TYPE_CHECKING:
    from clinic_app.letters.render import RenderedLetter
    from clinic_app.storage import CaseStore


@dataclass(frozen=True)
class LetterSource:
    """What a case's letters are made of, read once when the letters window opens."""

    case_uuid: str
    case: Case
    establishment: Establishment | None
    clinic: ClinicProfile


def letter_source(store: CaseStore, case_uuid: str) -> LetterSource:
    case = store.get_case(case_uuid)
    return LetterSource(case_uuid, case, store.establishment_for(case), store.clinic_profile())


def render(source: LetterSource, *, kind: str, lang: str, recipient: str = "dsp",
           today: dt.date, count_drivers: bool = False) -> RenderedLetter:
    """One letter as PDF bytes; ``recipient`` "client" sends a driver's demand to the client company;
    ``count_drivers`` claims on the establishment's second count (drivers deemed employees; recorded in the
    letter's figures).

    Raises :class:`clinic_app.letters.render.LetterError` naming the missing fact, or its subclass
    ``LetterRefused`` with the pre-flight check's reasons.
    """
    from clinic_app.letters.kinds import LetterKind
    from clinic_app.letters.render import Recipient, render_letter

    to = None
    driver = source.case.driver
    if driver is not None and recipient == "client":
        to = Recipient(driver.client_name, driver.client_address)
    return render_letter(source.case, source.establishment, source.clinic, kind=LetterKind(kind), lang=lang,
                         recipient=to, today=today, count_drivers=count_drivers)


def record(store: CaseStore, case_uuid: str, letter: RenderedLetter, path: str) -> None:
    """Record with the case a letter that left the program (saved to ``path``, printed, opened)."""
    from clinic_app.storage import LetterRecord

    store.record_letter(case_uuid, LetterRecord(
        kind=str(letter.kind), language=letter.lang, recipient=letter.recipient,
        created_at=dt.datetime.now(dt.UTC), sha256=letter.sha256, figures=letter.figures, path=path))


def save(store: CaseStore, case_uuid: str, letter: RenderedLetter, path: Path) -> Path:
    """Write the PDF atomically (no half-written file under its name), then record it. ``OSError`` if refused."""
    from clinic_app.export.atomic import write_bytes_atomic

    write_bytes_atomic(path, letter.pdf)
    record(store, case_uuid, letter, str(path))
    return path


#: the statuses from which producing a demand may move a case to "letter sent" (never a draft: no consent or
#: facts missing; never back from closed)
SENDABLE = frozenset({"intake_complete", "reviewed"})


def can_mark_sent(case: Case, letter: RenderedLetter) -> bool:
    """A demand left the program for a case that is ready and not yet marked: staff may set "letter sent"."""
    return str(letter.kind) in ("demand_employer", "demand_driver") and case.status.value in SENDABLE


def mark_sent(store: CaseStore, case_uuid: str) -> Case:
    """Set the stored case's status to "letter sent" (after staff confirm that the demand went out), through the
    one status rule; the stored case comes back. ``StorageError`` (stale copy...) when refused."""
    from clinic_app.domain.case import CaseStatus
    from clinic_app.services.cases import check_for_save

    case = store.get_case(case_uuid)
    if case.status.value not in SENDABLE:
        return case
    stored = case.status
    case.status = CaseStatus.LETTER_SENT
    case.status = check_for_save(case, store.establishment_for(case), stored_status=stored).status
    return store.save_case(case)


@dataclass
class BatchResult:
    """Files written, cases that could not have letters (case number, why), and whether it was cancelled."""

    written: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False


def batch(store: CaseStore, case_uuids: list[str], out_dir: Path, *, lang: str, today: dt.date,
          progress: Progress = no_progress, cancel: CancelToken | None = None,
          workers: int | None = None) -> BatchResult:
    """Every letter of each case into ``out_dir``, each recorded with its case; audited once at the end.

    Each case's letters are in its letter language (the worker's summary in the worker's language). A case that
    cannot have letters, and each letter the pre-flight check refuses (no consent, nothing owed, prescribed...),
    is reported with the reason in ``lang``; the batch produces the rest and goes on. Cancelling stops before
    the next case (the files already written stay, and stay recorded).

    The letters are rendered on a pool of processes, one per core (``workers`` to choose; see
    :mod:`clinic_app.letters.pool`); files are written and recorded here, in the cases' order.
    """
    from clinic_app.export.atomic import write_bytes_atomic
    from clinic_app.letters.kinds import kind_name
    from clinic_app.letters.pool import CaseJob, render_cases

    result = BatchResult()
    clinic = store.clinic_profile()
    total = len(case_uuids)
    done = 0
    labels: list[str] = []

    def jobs() -> Iterator[CaseJob]:
        # Read lazily, as the pool asks for work: a few chunks of cases in memory, never the whole batch.
        for uuid in case_uuids:
            case = store.get_case(uuid)
            labels.append(case.case_number or case.display_name)
            letter_lang = case.letter_language.value if case.letter_language.value in ("fr", "en") else "fr"
            yield CaseJob(case, store.establishment_for(case), clinic, letter_lang, today)

    outcomes = render_cases(jobs(), msg_lang=lang, workers=workers, total=total)
    try:
        for uuid, outcome in zip(case_uuids, outcomes, strict=False):
            progress(done, total)
            if cancel is not None and cancel.cancelled:
                result.cancelled = True
                break
            label = labels[done]
            if outcome.letters is None:
                result.failed.append((label, outcome.error or ""))
                done += 1
                continue
            try:
                for n, letter in enumerate(outcome.letters):
                    suffix = f"-{n + 1}" if letter.kind == "demand_driver" else ""
                    path = out_dir / f"{label}-{letter.kind}{suffix}-{letter.lang}.pdf"
                    write_bytes_atomic(path, letter.pdf)
                    record(store, uuid, letter, str(path))
                    result.written.append(path)
                for refusal in outcome.letters.refused:  # the pre-flight check's refusals, each with its reason
                    result.failed.append((f"{label} ({kind_name(refusal.kind, lang)})", refusal.message(lang)))
            except OSError as exc:
                result.failed.append((label, exc.strerror or type(exc).__name__))
            done += 1
    finally:
        outcomes.close()
    progress(done, total)
    store.record_audit("letters-batch", detail=f"written={len(result.written)} failed={len(result.failed)}"
                                               f"{' cancelled' if result.cancelled else ''}")
    return result
