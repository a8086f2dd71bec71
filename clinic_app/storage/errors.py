"""Storage errors a user can meet, each with a plain message in French and English.

Why codes and messages here rather than in the UI: the CLI, the GUI and the bundle import all report the
same problems (wrong passphrase, stale save, database from a newer version), and must say them the same way.
No message ever contains case data.
"""

from __future__ import annotations

from clinic_app.errors import ClinicError

_MESSAGES: dict[str, dict[str, str]] = {
    "not_found": {
        "fr": "La base de données {path} n'existe pas.",
        "en": "The database {path} does not exist.",
    },
    "wrong_passphrase": {
        "fr": "Phrase de passe incorrecte : la base de données n'a pas été ouverte et rien n'a été modifié. "
              "(Si la phrase de passe est sûre, le fichier est peut-être endommagé : restaurez une copie.)",
        "en": "Wrong passphrase: the database was not opened and nothing was changed. (If you are sure of the "
              "passphrase, the file may be damaged: restore a backup.)",
    },
    "passphrase_required": {
        "fr": "Cette base de données est chiffrée : une phrase de passe est nécessaire.",
        "en": "This database is encrypted: a passphrase is needed.",
    },
    "not_encrypted": {
        "fr": "Cette base de données n'est pas chiffrée ; ouvrez-la sans phrase de passe (--no-encryption).",
        "en": "This database is not encrypted; open it without a passphrase (--no-encryption).",
    },
    "empty_passphrase": {
        "fr": "La phrase de passe ne peut pas être vide.",
        "en": "The passphrase cannot be empty.",
    },
    "not_a_database": {
        "fr": "Le fichier {path} n'est pas une base de données de Clinic Intake, ou il est endommagé ; il n'a "
              "pas été modifié.",
        "en": "The file {path} is not a Clinic Intake database, or it is damaged; it was left as it was.",
    },
    "corrupt": {
        "fr": "La base de données {path} est endommagée ({detail}). Restaurez une copie de sauvegarde "
              "(clinic-app restore).",
        "en": "The database {path} is damaged ({detail}). Restore a backup (clinic-app restore).",
    },
    "newer_version": {
        "fr": "Cette base de données a été créée par une version plus récente de Clinic Intake "
              "(schéma {revision}). Installez la dernière version.",
        "en": "This database was made by a newer version of Clinic Intake (schema {revision}). "
              "Install the latest version.",
    },
    "migration_failed": {
        "fr": "La mise à jour de la base de données a échoué ; une copie a été faite avant : {backup}.",
        "en": "Upgrading the database failed; a copy was made before: {backup}.",
    },
    "stale_case": {
        "fr": "Le dossier {case_number} a été modifié ailleurs depuis son ouverture (version {stored}). "
              "Rechargez-le avant d'enregistrer : vos changements n'ont pas écrasé les siens.",
        "en": "Case {case_number} was changed elsewhere since it was opened (version {stored}). Reload it "
              "before saving: your changes did not overwrite the other ones.",
    },
    "case_not_found": {
        "fr": "Aucun dossier {uuid}.",
        "en": "No case {uuid}.",
    },
    "case_number_taken": {
        "fr": "Le numéro de dossier {case_number} est déjà utilisé par un autre dossier.",
        "en": "Case number {case_number} is already used by another case.",
    },
    "integrity": {
        "fr": "La base de données a refusé l'écriture : elle aurait répété un identifiant déjà utilisé ou "
              "relié un dossier à un site ou une entreprise absent ; rien n'a été modifié.",
        "en": "The database refused the write: it would have repeated an identifier already in use or linked "
              "a case to a missing site or company; nothing was changed.",
    },
    "unreachable": {
        "fr": "Impossible de joindre la base de données ({detail}).",
        "en": "Cannot reach the database ({detail}).",
    },
    "read_only": {
        "fr": "Impossible d'écrire dans la base de données {path} (disque plein ou fichier en lecture seule).",
        "en": "Cannot write to the database {path} (disk full or read-only file).",
    },
    "no_backup_for_server": {
        "fr": "Les copies de sauvegarde d'un serveur PostgreSQL se font sur le serveur (pg_dump).",
        "en": "Backups of a PostgreSQL server are made on the server (pg_dump).",
    },
    "backup_failed": {
        "fr": "La copie de sauvegarde {path} n'a pas pu être vérifiée ({detail}).",
        "en": "The backup {path} could not be verified ({detail}).",
    },
    "bad_setting": {
        "fr": "Réglage « {key} » : {expected}.",
        "en": "Setting \"{key}\": {expected}.",
    },
}


class StorageError(ClinicError):
    """A storage problem the user can understand; ``message(lang)`` says what happened and what to do."""

    code = "storage"

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        texts = _MESSAGES.get(self.code)
        if texts is None:
            return str(self.params.get("detail", self.code))
        text = texts.get(lang[:2], texts["en"])
        try:
            return text.format(**self.params)
        except (KeyError, IndexError):
            return text


class WrongPassphraseError(StorageError):
    def __init__(self) -> None:
        super().__init__("wrong_passphrase")


class StaleCaseError(StorageError):
    def __init__(self, case_number: str, stored: int) -> None:
        super().__init__("stale_case", case_number=case_number, stored=stored)


class CaseNotFoundError(StorageError):
    def __init__(self, uuid: str) -> None:
        super().__init__("case_not_found", uuid=uuid)
