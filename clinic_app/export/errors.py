"""Errors of the export layer, each with a French and an English message.

Why one small base class: the CLI prints ``message(lang)`` as one line (through ``UserError``) and the GUI
shows it in a dialog, in the user's language; neither should have to know every failure. ``str(err)`` is
the English message (for logs, which never hold personal data: no message here contains a case's values).
"""

from __future__ import annotations

from clinic_app.errors import ClinicError


class ExportError(ClinicError):
    """A problem the user can act on, with ``code`` (stable, for tests and callers) and fr/en messages."""

    def __init__(self, code: str, fr: str, en: str) -> None:
        super().__init__(en)
        self.code = code
        self._messages = {"fr": fr, "en": en}

    def message(self, lang: str) -> str:
        return self._messages.get(lang, self._messages["fr"])


class ExportCancelled(ExportError):
    """The person cancelled; no file was written (or, for an import, nothing was changed)."""

    def __init__(self) -> None:
        super().__init__("cancelled", "opération annulée : aucun fichier n'a été écrit",
                         "cancelled: no file was written")


class ColumnError(ExportError):
    """Unknown column names, or personal columns asked for in a de-identified export."""


class BundleError(ExportError):
    """A bundle that cannot be used: wrong passphrase, damaged, altered, from a newer version, not a bundle."""
