"""``clinic-app check``: check the whole case database now (what File > Check the database does).

    clinic-app check [--db PATH]

Why a command of its own: the other commands no longer read the whole file before their work (``PRAGMA
quick_check`` took 10 s at a million cases, on every command); the check runs here, on every backup (the copy
is checked) and in the graphical program. A damaged file is said in one line pointing to ``restore`` (exit 1).

Top level: standard library only (see ``clinic_app.cli``).
"""

from __future__ import annotations

import argparse

from clinic_app.commands._db import add_db_arguments, lang_of, open_store_from_args

HELP = "Check the whole case database (every page, and the search index) and say whether it is intact."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_db_arguments(parser, lang_option=True)


def run(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    store = open_store_from_args(args, auto_backup=False)
    try:
        rebuilt = store.check_database()  # StorageError "corrupt": one line, exit 1 (clinic_app.cli)
    finally:
        store.close()
    if rebuilt:
        print("base intacte ; son index de recherche était décalé et a été reconstruit" if lang == "fr"
              else "the database is intact; its search index was out of step and has been rebuilt")
    else:
        print("base intacte" if lang == "fr" else "the database is intact")
    return 0
