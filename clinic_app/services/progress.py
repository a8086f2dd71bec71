"""Progress and cancellation for long use cases, the same for a worker thread, the GUI thread and the CLI.

Why a token rather than a return value of the callback: the person cancels in the GUI thread while the work
runs in a worker thread; an ``Event`` is the one thing both may touch safely. The work checks the token
between steps and stops by raising :class:`clinic_app.errors.Cancelled` before it changes anything more.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from clinic_app.errors import Cancelled

if TYPE_CHECKING:
    from clinic_app.domain.case import Case
    from clinic_app.storage import CaseQuery, CaseStore

#: ``progress(done, total)``: steps done so far out of ``total`` (0 when the total is not known yet).
Progress = Callable[[int, int], None]


def no_progress(done: int, total: int) -> None:
    """The progress callback of a caller that shows none (the CLI, tests)."""


class CancelToken:
    """Set by the front end (Cancel button, Ctrl+C), read by the work between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the operation was cancelled."""
        if self._event.is_set():
            raise Cancelled()


def steps_callback(progress: Progress, cancel: CancelToken | None) -> Callable[[int, int], bool]:
    """The export layer's ``(done, total) -> keep going`` callback, from a progress callback and a token."""

    def callback(done: int, total: int) -> bool:
        progress(done, total)
        return cancel is None or not cancel.cancelled

    return callback


def rows_callback(progress: Progress, cancel: CancelToken | None, total: int) -> Callable[[int], bool]:
    """The CSV/XLSX writers' ``(rows done) -> keep going`` callback."""

    def callback(done: int) -> bool:
        progress(done, total)
        return cancel is None or not cancel.cancelled

    return callback


def live_cases(store: CaseStore, progress: Progress = no_progress,
               cancel: CancelToken | None = None, every: int = 500, *,
               query: CaseQuery | None = None) -> Iterator[Case]:
    """Every live case of ``store`` (or those of ``query``), reporting progress (and honouring ``cancel``)
    every ``every`` cases."""
    from clinic_app.storage import CaseQuery as Query

    wanted = query if query is not None else Query(limit=None)
    total = store.count_cases(wanted)
    for i, case in enumerate(store.iter_cases(wanted), start=1):
        if i % every == 0:
            progress(i, total)
            if cancel is not None:
                cancel.check()
        yield case
