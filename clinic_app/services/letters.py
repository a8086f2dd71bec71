"""Letters of a stored case: render one, save it (and record it), write every letter of many cases.

Why here: the letters window, the batch and any command must record a letter the same way (kind, language,
recipient, SHA-256, figures), and a letter is recorded only once it left the program (saved, printed,
opened), never when it was only previewed.
"""

from __future__ import annotations

import datetime as dt
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
           today: dt.date) -> RenderedLetter:
    """One letter as PDF bytes; ``recipient`` "client" sends a driver's demand to the client company.

    Raises :class:`clinic_app.letters.render.LetterError` naming the missing fact.
    """
    from clinic_app.letters.kinds import LetterKind
    from clinic_app.letters.render import Recipient, render_letter

    to = None
    driver = source.case.driver
    if driver is not None and recipient == "client":
        to = Recipient(driver.client_name, driver.client_address)
    return render_letter(source.case, source.establishment, source.clinic, kind=LetterKind(kind), lang=lang,
                         recipient=to, today=today)


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


@dataclass
class BatchResult:
    """Files written, cases that could not have letters (case number, why), and whether it was cancelled."""

    written: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False


def batch(store: CaseStore, case_uuids: list[str], out_dir: Path, *, lang: str, today: dt.date,
          progress: Progress = no_progress, cancel: CancelToken | None = None) -> BatchResult:
    """Every letter of each case into ``out_dir``, each recorded with its case; audited once at the end.

    Each case's letters are in its letter language (the worker's summary in the worker's language). A case that
    cannot have letters is reported with the reason in ``lang`` and the batch goes on. Cancelling stops before
    the next case (the files already written stay, and stay recorded).
    """
    from clinic_app.export.atomic import write_bytes_atomic
    from clinic_app.letters.render import LetterError, letters_for_case

    result = BatchResult()
    clinic = store.clinic_profile()
    total = len(case_uuids)
    done = 0
    for uuid in case_uuids:
        progress(done, total)
        if cancel is not None and cancel.cancelled:
            result.cancelled = True
            break
        case = store.get_case(uuid)
        label = case.case_number or case.display_name
        try:
            letter_lang = case.letter_language.value if case.letter_language.value in ("fr", "en") else "fr"
            letters = letters_for_case(case, store.establishment_for(case), clinic, lang=letter_lang, today=today)
            for n, letter in enumerate(letters):
                suffix = f"-{n + 1}" if letter.kind == "demand_driver" else ""
                path = out_dir / f"{label}-{letter.kind}{suffix}-{letter.lang}.pdf"
                write_bytes_atomic(path, letter.pdf)
                record(store, uuid, letter, str(path))
                result.written.append(path)
        except LetterError as err:
            result.failed.append((label, err.message(lang)))
        except OSError as exc:
            result.failed.append((label, exc.strerror or type(exc).__name__))
        done += 1
    progress(done, total)
    store.record_audit("letters-batch", detail=f"written={len(result.written)} failed={len(result.failed)}"
                                               f"{' cancelled' if result.cancelled else ''}")
    return result
