"""``clinic-app purge``: erase closed or deleted cases older than the retention period (Quebec Law 25).

    clinic-app purge [--db PATH] [--days N] [--yes]

Without ``--yes`` it only lists what would be erased. The retention period is the database setting
``retention_days`` (set at first run or in the settings), unless ``--days`` is given.
Top level: standard library only (see ``clinic_app.cli``).
"""

from __future__ import annotations

import argparse

from clinic_app.commands._db import add_db_arguments, lang_of, open_store_from_args
from clinic_app.errors import UserError

HELP = "List, then with --yes erase, closed cases older than the retention period."
DEFAULT_RETENTION_DAYS = 3 * 365  # == services.purge.DEFAULT_RETENTION_DAYS (a test checks the places agree)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_db_arguments(parser, lang_option=True)
    parser.add_argument("--days", type=int, help="retention in days (default: the database's setting)")
    parser.add_argument("--yes", action="store_true", help="really erase the cases listed")


def run(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    from clinic_app.services import purge

    if args.days is not None and args.days < purge.MIN_RETENTION_DAYS:  # the legal minimum: docs/storage.md
        raise UserError(f"--days : au moins {purge.MIN_RETENTION_DAYS} jours (la durée de conservation minimale)"
                        if lang == "fr" else
                        f"--days: at least {purge.MIN_RETENTION_DAYS} days (the minimum retention period)", 1)
    store = open_store_from_args(args)
    try:
        days = purge.retention_days(store) if args.days is None else args.days
        rows = purge.candidates(store, days)
        for row in rows:
            print(f"{row.case_number}  {row.status.value:<16} {row.updated_at:%Y-%m-%d}")
        if not args.yes:
            from clinic_app.cli_i18n import count

            listed = count(len(rows), lang)
            print(f"{listed} dossier(s) à effacer ; relancez avec --yes pour les effacer" if lang == "fr"
                  else f"{listed} case(s) to erase; run again with --yes to erase them")
            return 0
        n = purge.erase(store, rows)
    finally:
        store.close()
    from clinic_app.cli_i18n import count

    print(f"{count(n, lang)} dossier(s) effacé(s)" if lang == "fr" else f"{count(n, lang)} case(s) erased")
    return 0
