"""Database options shared by every command that opens the case database.

Why one place: the passphrase rules must be the same everywhere. The passphrase comes from
``--passphrase-file``, else the ``CLINIC_APP_PASSPHRASE`` environment variable, else a hidden prompt when
run in a terminal; never from a command-line argument (it would show in the process list and shell history).
Storage errors become one-line :class:`UserError` messages in the language of ``--lang`` (French by default).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from clinic_app.errors import Cancelled, UserError

if TYPE_CHECKING:  # for type checkers only: the top level stays standard library (see clinic_app.cli)
    from clinic_app.storage import CaseStore, StorageError

ENV_PASSPHRASE = "CLINIC_APP_PASSPHRASE"


def add_db_arguments(parser: argparse.ArgumentParser, *, lang_option: bool = False) -> None:
    parser.add_argument("--db", metavar="PATH", help="database file (default: the program's own database)")
    parser.add_argument("--db-url", metavar="URL",
                        help="database URL instead of a file, e.g. postgresql://user@host/clinic")
    parser.add_argument("--no-encryption", action="store_true",
                        help="plain, unencrypted database (tests and demos only)")
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help=f"read the passphrase from the first line of FILE (else ${ENV_PASSPHRASE}, "
                             "else asked in the terminal)")
    if lang_option:
        parser.add_argument("--lang", choices=("fr", "en"), default="fr",
                            help="language of messages (default: %(default)s)")


def today_option(value: str | None, lang: str) -> dt.date:
    """``--today YYYY-MM-DD`` (default: the system date); a date that does not parse is a usage error, exit 2."""
    if not value:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UserError(f"--today : {'date attendue AAAA-MM-JJ' if lang == 'fr' else 'expected YYYY-MM-DD'} "
                        f"({value!r})", 2) from None


def lang_of(args: argparse.Namespace) -> str:
    lang = getattr(args, "lang", None)
    if lang in ("fr", "en"):
        return str(lang)
    from clinic_app.cli_i18n import default_language

    return default_language()


def first_line(path: str, option: str) -> str:
    """The first line of a secret file (a passphrase); UserError naming the option if it cannot be read."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        what = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        raise UserError(f"{option}: {path}: {what}") from None
    return lines[0] if lines else ""


def passphrase_from_file(args: argparse.Namespace) -> str:
    """The first line of ``--passphrase-file``; UserError (exit 2) if it cannot be read or is empty."""
    value = first_line(args.passphrase_file, "--passphrase-file")
    if not value:
        raise UserError("--passphrase-file : le fichier est vide" if lang_of(args) == "fr"
                        else "--passphrase-file: the file is empty")
    return value


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    """The passphrase, from the file, the environment or a terminal prompt; UserError if none."""
    lang = lang_of(args)
    if getattr(args, "passphrase_file", None):
        return passphrase_from_file(args)
    value = os.environ.get(ENV_PASSPHRASE, "")
    if value:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        try:
            value = getpass.getpass("Phrase de passe : " if lang == "fr" else "Passphrase: ")
            if confirm and value != getpass.getpass("Encore une fois : " if lang == "fr" else "Once more: "):
                raise UserError("les deux phrases de passe diffèrent" if lang == "fr" else "the passphrases differ")
        except EOFError:  # Ctrl-D at the prompt: the user cancelled, nothing was opened or changed
            print(file=sys.stderr)
            raise Cancelled() from None
        if value:
            return value
    raise UserError("phrase de passe requise : --passphrase-file FICHIER ou la variable CLINIC_APP_PASSPHRASE"
                    if lang == "fr" else
                    "passphrase required: --passphrase-file FILE or the CLINIC_APP_PASSPHRASE variable")


def _migration_notice(args: argparse.Namespace, lang: str) -> Callable[[str], None]:
    """Say once on standard error that the database is being migrated (minutes at 100,000 cases), so a
    command that seems to hang is not killed half-way (it would be rolled back, but the wait would restart)."""
    said: list[bool] = []

    def notice(_step: str) -> None:
        if said:
            return
        said.append(True)
        command = getattr(args, "command", None) or "clinic-app"
        text = ("mise à jour de la base de données pour cette version (une copie de sécurité est faite "
                "d'abord) ; cela peut prendre plusieurs minutes, ne pas interrompre" if lang == "fr" else
                "updating the database for this version (a backup is made first); this may take several "
                "minutes, do not interrupt")
        print(f"clinic-app {command}: {text}", file=sys.stderr, flush=True)

    return notice


def storage_error(exc: StorageError, lang: str) -> UserError:
    return UserError(exc.message(lang))


def open_store_from_args(args: argparse.Namespace, *, create: bool = False,
                         auto_backup: bool = True) -> CaseStore:
    """Open the database the options name; StorageError becomes UserError (one line, user's language).

    Without the whole-file ``quick_check`` (its cost grows with the file: 10 s at a million cases, on every
    command): it runs on every backup (the copy is checked), in ``clinic-app check`` and in the GUI's File >
    Check the database. A damaged page is still refused when a command reads it."""
    from clinic_app.paths import is_plain_sqlite_file
    from clinic_app.storage import StorageError, open_store

    lang = lang_of(args)
    url = getattr(args, "db_url", None)
    if url and getattr(args, "db", None):
        raise UserError("--db et --db-url : un seul des deux" if lang == "fr" else "--db and --db-url: only one")
    encrypted = not getattr(args, "no_encryption", False) and not url
    path = Path(args.db) if getattr(args, "db", None) else None
    if encrypted and path is not None and is_plain_sqlite_file(path):
        encrypted = False  # the header says so: a demo or test database needs no --no-encryption
    passphrase = None
    if encrypted:
        exists = path is None or (path.exists() and path.stat().st_size > 0)
        passphrase = read_passphrase(args, confirm=create and not exists)
    try:
        return open_store(getattr(args, "db", None), url=url, passphrase=passphrase, encrypted=encrypted,
                          create=create, actor=os.environ.get("CLINIC_APP_ACTOR", "cli"), auto_backup=auto_backup,
                          check=False, progress=_migration_notice(args, lang))
    except StorageError as exc:
        raise storage_error(exc, lang) from None
