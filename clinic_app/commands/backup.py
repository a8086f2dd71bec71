"""``clinic-app backup``: make a verified backup of the case database now, or list the backups.

    clinic-app backup [--db PATH] [--list]

Top level: standard library only (see ``clinic_app.cli``).
"""

from __future__ import annotations

import argparse

from clinic_app.commands._db import add_db_arguments, lang_of, open_store_from_args

HELP = "Make a verified backup of the case database now (or --list the backups)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_db_arguments(parser, lang_option=True)
    parser.add_argument("--list", action="store_true", help="list the backups, newest first, and exit")


def run(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    from clinic_app.services import backups

    store = open_store_from_args(args, auto_backup=False)
    try:
        if args.list and backups.has_backups(store):
            for backup in backups.list_backups(store):
                print(f"{backup.stamp}  {backup.reason:<26} {backup.path}")
            return 0
        made = backups.backup_now(store, "manual")  # StorageError: one line, exit 1 (clinic_app.cli)
    finally:
        store.close()
    print(f"copie vérifiée : {made}" if lang == "fr" else f"verified backup: {made}")
    return 0
