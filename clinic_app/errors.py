"""Errors a user can cause, as opposed to bugs.

A :class:`UserError` is printed as one line by the CLI (and shown as a dialog by the GUI); it never carries
a traceback to the user. Domain validation has its own, field-naming error in
:mod:`clinic_app.domain.errors`.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can fix: bad option, unreadable file, wrong passphrase...

    ``exit_code`` follows the contract of ``clinic-app entitlements``: 1 for invalid input that was
    understood, 2 for input that could not be used at all.
    """

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code
