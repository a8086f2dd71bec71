"""``clinic-app backup``: make a verified backup of the case database now, or list the backups.

    clinic-app backup [--db PATH] [--list]

Top level: standard library only (see ``clinic_app.cli``).
"""

from __future__ import annotations

import argparse

from clinic_app.commands._db import add_db_arguments, lang_of, open_store_from_args
from clinic_app.errors import UserError

HELP = "Make a verified backup of the case database now (or --list the backups)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_db_arguments(parser, lang_option=True)
    parser.add_argument("--list", action="store_true", help="list the backups, newest first, and exit")


def run(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    from clinic_app.storage import StorageError
    from clinic_app.storage.backup import list_backups

    store = open_store_from_args(args, auto_backup=False)
    try:
        if store.path is None:
            raise UserError(StorageError("no_backup_for_server").message(lang))
        if args.list:
            for path, stamp, reason in list_backups(store.backup_dir, store.path.stem):
                print(f"{stamp}  {reason:<26} {path}")
            return 0
        try:
            made = store.backup_now("manual")
        except StorageError as exc:
            raise UserError(exc.message(lang)) from None
    finally:
        store.close()
    print(f"copie vérifiée : {made}" if lang == "fr" else f"verified backup: {made}")
    return 0
