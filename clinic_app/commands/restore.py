"""``clinic-app restore``: put a backup back in place of the case database.

    clinic-app restore BACKUP [--db PATH] [--passphrase-file FILE] [--backup-passphrase-file FILE]

The backup is checked first (it opens with the passphrase and passes an integrity check); then the current
database is itself backed up ("before-restore"), and only then replaced, through SQLite's backup API so a
crash half-way leaves either the old or the new contents. Nothing is overwritten without a copy.
A backup made before a passphrase change opens with the old passphrase: ``--backup-passphrase-file``, or
the prompt that asks for it in a terminal. The restore is refused while another program has the file open.
Top level: standard library only (see ``clinic_app.cli``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from clinic_app.commands._db import add_db_arguments, first_line, lang_of, open_store_from_args, read_passphrase
from clinic_app.errors import UserError

HELP = "Restore a backup in place of the case database (the current one is backed up first)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("backup", metavar="BACKUP", help="the backup file to restore")
    add_db_arguments(parser, lang_option=True)
    parser.add_argument("--backup-passphrase-file", metavar="FILE",
                        help="the backup's passphrase, first line of FILE, when it differs from the database's "
                             "(a backup made before a passphrase change); asked in a terminal if needed")


def run(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    from clinic_app.services import backups
    from clinic_app.storage import StorageError

    if getattr(args, "db_url", None):
        raise UserError(StorageError("no_backup_for_server").message(lang))
    source = Path(args.backup)
    if not source.is_file():
        raise UserError(f"{source} : fichier introuvable" if lang == "fr" else f"{source}: no such file")
    passphrase = None if args.no_encryption else read_passphrase(args)
    backup_passphrase = None
    if getattr(args, "backup_passphrase_file", None):
        backup_passphrase = first_line(args.backup_passphrase_file, "--backup-passphrase-file") or None
    store = open_store_from_args(args, auto_backup=False)
    try:
        try:
            restored = backups.restore(store, source, passphrase, backup_passphrase)  # StorageError: exit 1
        except StorageError as exc:
            if exc.code != "backup_passphrase" or backup_passphrase or not sys.stdin or not sys.stdin.isatty():
                raise
            import getpass

            asked = getpass.getpass("Phrase de passe de la copie : " if lang == "fr" else "Backup passphrase: ")
            restored = backups.restore(store, source, passphrase, asked or None)
    finally:
        store.close()
    from clinic_app.cli_i18n import count

    saved, n = restored.previous_copy, count(restored.cases, lang)
    if lang == "fr":
        print(f"{n} dossiers restaurés depuis {source}; l'ancienne base a été copiée dans {saved}")
    else:
        print(f"{n} cases restored from {source}; the previous database was copied to {saved}")
    return 0
