"""Errors of the use cases themselves (a refused request), in French and English."""

from __future__ import annotations

from clinic_app.errors import ClinicError

_MESSAGES: dict[str, dict[str, str]] = {
    "passphrase_too_short": {
        "fr": "nouvelle phrase de passe : au moins {minimum} caractères ; rien n'a été changé",
        "en": "new passphrase: at least {minimum} characters; nothing was changed"},
    "passphrases_differ": {
        "fr": "les deux phrases de passe diffèrent ; rien n'a été changé",
        "en": "the two passphrases differ; nothing was changed"},
    "not_encrypted": {"fr": "seule une base chiffrée a une phrase de passe",
                      "en": "only an encrypted database has a passphrase"},
    "no_such_case": {"fr": "aucun dossier {wanted}", "en": "no case {wanted}"},
    "no_columns": {"fr": "choisissez au moins une colonne", "en": "choose at least one column"},
    "write_failed": {"fr": "impossible d'écrire {path} : {reason}", "en": "cannot write {path}: {reason}"},
}


class ServiceError(ClinicError):
    """A use case refused: ``code`` says which rule, ``message(lang)`` says it to a person."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "fr") -> str:
        texts = _MESSAGES.get(self.code, {"fr": self.code, "en": self.code})
        return texts["en" if lang == "en" else "fr"].format(**self.params)


def write_failed(path: object, exc: OSError) -> ServiceError:
    """An ``OSError`` while writing a file the person chose, as one message naming the file."""
    return ServiceError("write_failed", path=path, reason=exc.strerror or type(exc).__name__)
