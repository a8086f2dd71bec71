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
    "stale_establishment": {
        "fr": "Le site {site} a été modifié ailleurs depuis son ouverture (version {stored}). Rouvrez-le pour "
              "voir les faits enregistrés, puis refaites votre changement : rien n'a été écrasé.",
        "en": "Site {site} was changed elsewhere since it was opened (version {stored}). Open it again to see the "
              "stored facts, then make your change again: nothing was overwritten."},
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
    "attachment_not_found": {
        "fr": "Cette pièce n'existe plus (retirée ailleurs ?) : {attachment_id}.",
        "en": "This document no longer exists (removed elsewhere?): {attachment_id}.",
    },
    "case_number_taken": {
        "fr": "Le numéro de dossier {case_number} est déjà utilisé par un autre dossier.",
        "en": "Case number {case_number} is already used by another case.",
    },
    "same_site": {
        "fr": "Un site ne peut pas être fusionné avec lui-même : choisissez deux sites différents.",
        "en": "A site cannot be merged with itself: choose two different sites.",
    },
    "site_not_found": {
        "fr": "L'un des deux sites n'existe plus (fusionné ou modifié ailleurs) : rouvrez la liste des sites ; "
              "rien n'a été modifié.",
        "en": "One of the two sites no longer exists (merged or changed elsewhere): open the list of sites "
              "again; nothing was changed.",
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
        "fr": "Impossible d'écrire dans la base de données {path} : le fichier ou son dossier est en lecture "
              "seule (clé USB verrouillée, dossier partagé en lecture seule). Rien n'a été modifié.",
        "en": "Cannot write to the database {path}: the file or its folder is read-only (a locked USB stick, a "
              "read-only shared folder). Nothing was changed.",
    },
    "no_space": {
        "fr": "Le disque qui contient la base de données {path} est plein : libérez de la place, puis "
              "réessayez. Ce qui était déjà enregistré est intact.",
        "en": "The disk holding the database {path} is full: free some space, then try again. What was "
              "already saved is intact.",
    },
    "permission": {
        "fr": "Ce compte n'a pas le droit d'ouvrir ou de modifier la base de données {path} (permissions du "
              "fichier ou du dossier). Rien n'a été modifié.",
        "en": "This account is not allowed to open or change the database {path} (file or folder "
              "permissions). Nothing was changed.",
    },
    "busy": {
        "fr": "Un autre programme utilise le fichier des dossiers ; réessayez dans un moment. Rien n'a été "
              "perdu : ce qui était saisi est toujours là.",
        "en": "Another program is using the case file; try again in a moment. Nothing was lost: what was "
              "typed is still there.",
    },
    "in_use": {
        "fr": "Le fichier des dossiers {path} est ouvert par un autre programme (une autre fenêtre de Clinic "
              "Intake ou une commande) : fermez-le, puis réessayez. Rien n'a été modifié.",
        "en": "The case file {path} is open in another program (another Clinic Intake window or command): "
              "close it, then try again. Nothing was changed.",
    },
    "backup_passphrase": {
        "fr": "La copie de sauvegarde {path} ne s'ouvre pas avec cette phrase de passe. Si elle a été faite "
              "avant un changement de phrase de passe, donnez l'ancienne (--backup-passphrase-file). Rien n'a "
              "été modifié.",
        "en": "The backup {path} does not open with this passphrase. If it was made before a passphrase "
              "change, give the old one (--backup-passphrase-file). Nothing was changed.",
    },
    "io_error": {
        "fr": "Erreur de lecture ou d'écriture sur le disque de la base de données {path} ({detail}) ; "
              "vérifiez le disque ou la clé USB.",
        "en": "Read or write error on the disk of the database {path} ({detail}); check the disk or USB "
              "stick.",
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


class StaleEstablishmentError(StorageError):
    def __init__(self, code: str, stored: int) -> None:
        super().__init__("stale_establishment", site=code, stored=stored)


class CaseNotFoundError(StorageError):
    def __init__(self, uuid: str) -> None:
        super().__init__("case_not_found", uuid=uuid)


class BusyError(StorageError):
    """Another connection still held the write lock after the busy timeout: nothing was written."""

    def __init__(self) -> None:
        super().__init__("busy")


# SQLite's primary result codes (https://sqlite.org/rescode.html) that say what went wrong on disk.
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN = 5, 6, 8, 10, 13, 14
_SQLITE_NOTADB = 26


def sqlite_code(exc: BaseException) -> int | None:
    """The primary SQLite result code of a driver exception (``None`` when the driver gives none)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _from_folder(path: str) -> StorageError | None:
    """Why a file in ``path``'s folder cannot be opened or written, judged from the file system itself."""
    import os
    import shutil

    target = os.path.abspath(path)
    folder = os.path.dirname(target) or "."
    try:
        if shutil.disk_usage(folder).free < 64 * 1024:
            return StorageError("no_space", path=path)
        if hasattr(os, "statvfs") and os.statvfs(folder).f_flag & getattr(os, "ST_RDONLY", 1):
            return StorageError("read_only", path=path)
    except OSError:
        return None
    exists = os.path.exists(target)
    # Readable but not writable: a read-only folder or file (the owner can change that); not even readable:
    # another account's file (permissions).
    if not os.access(folder, os.R_OK | os.X_OK) or (exists and not os.access(target, os.R_OK)):
        return StorageError("permission", path=path)
    if not os.access(folder, os.W_OK) or (exists and not os.access(target, os.W_OK)):
        return StorageError("read_only", path=path)
    return None


def from_os_error(exc: OSError, path: str) -> StorageError:
    """An OS error met on the database file, named by its cause."""
    import errno

    if exc.errno == errno.ENOSPC:
        return StorageError("no_space", path=path)
    if exc.errno == errno.EROFS:
        return StorageError("read_only", path=path)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return _from_folder(path) or StorageError("permission", path=path)
    return StorageError("io_error", path=path, detail=exc.strerror or type(exc).__name__)


def from_sqlite_error(exc: BaseException, path: str) -> StorageError | None:
    """A driver error classified by cause (busy, no space, read-only, permission, I/O), or ``None`` when it
    says nothing about the disk (``file is not a database`` and the like: the caller decides)."""
    code = sqlite_code(exc)
    text = str(exc).lower()
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in text or "database is busy" in text:
        return BusyError()
    if code == _SQLITE_FULL or "disk is full" in text:
        return StorageError("no_space", path=path)
    if code == _SQLITE_READONLY or "readonly" in text or "read-only" in text:
        return _from_folder(path) or StorageError("read_only", path=path)
    if code in (_SQLITE_IOERR, _SQLITE_CANTOPEN) or "unable to open" in text or "disk i/o" in text:
        return _from_folder(path) or StorageError("io_error", path=path, detail=type(exc).__name__)
    return None
