"""The one family of errors a user can cause, as opposed to bugs.

Why one base: the GUI and the CLI must show any of them the same way without knowing each kind. Every
user-facing error derives from :class:`ClinicError`, has a stable ``code`` (for tests, callers and the log,
which never holds personal data) and says what happened in the user's language with ``message(lang)``.
The CLI prints that message as one line and exits with ``exit_status`` (see :mod:`clinic_app.commands._errors`);
the GUI shows it through :mod:`clinic_app.ui.operations`. Anything that is *not* a ``ClinicError`` is a bug and
reaches the last-resort hook of each front end (a log file and a friendly sentence, never a traceback).

This module imports nothing from the program: the domain, storage, letters and export layers all derive
their errors from it.
"""

from __future__ import annotations

#: Exit statuses of ``clinic-app`` for known errors (3 is kept for bugs, never used for these).
EXIT_REFUSED = 1
EXIT_USAGE = 2


class ClinicError(Exception):
    """Base of every error a user can understand and act on.

    Subclasses set ``code`` (class or instance attribute) and override :meth:`message`. ``exit_status`` is
    what ``clinic-app`` returns for it: 1 (the operation was understood and refused), or 2 (usage, or an
    input file that cannot be used at all).
    """

    code: str = "error"
    exit_status: int = EXIT_REFUSED

    def message(self, lang: str) -> str:
        """What happened, for a person, in ``lang`` ("fr" or "en"); the base class has only ``str(self)``."""
        return str(self)


class UserError(ClinicError):
    """A problem the user can fix, already worded in the user's language: bad option, unreadable file...

    ``exit_code`` follows the contract of ``clinic-app entitlements``: 1 for invalid input that was
    understood, 2 for input that could not be used at all.
    """

    code = "usage"

    def __init__(self, message: str, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.exit_code = exit_code
        self.exit_status = exit_code

    def message(self, lang: str = "fr") -> str:
        return str(self)


class Cancelled(ClinicError):
    """The person (or the program closing) cancelled an operation before it changed anything."""

    code = "cancelled"

    def message(self, lang: str = "fr") -> str:
        return "opération annulée" if lang == "fr" else "cancelled"
