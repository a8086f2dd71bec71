"""``clinic-app gui``: open the graphical program (the default when no subcommand is given).

Top level: standard library only (see ``clinic_app.cli``); Qt is imported in ``run``.
"""

from __future__ import annotations

import argparse

from clinic_app.commands._db import passphrase_from_file

HELP = "Open the graphical program (the default when no subcommand is given)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """--db, --db-url, --no-encryption, --passphrase-file, --lang."""
    parser.add_argument("--db", metavar="PATH", help="database file (default: the last one used, else the default)")
    parser.add_argument("--db-url", metavar="URL", help="database URL instead of a file")
    parser.add_argument("--no-encryption", action="store_true", help="open an unencrypted database (tests, demo)")
    parser.add_argument("--passphrase-file", metavar="FILE", help="read the passphrase from the first line of FILE")
    parser.add_argument("--lang", choices=("fr", "en"), help="language of the interface (default: the setting)")


def run(args: argparse.Namespace) -> int:
    # Before Qt is imported: without a display or a system library, Qt aborts the process with a message
    # about plugins; the user gets one line naming the package to install instead.
    from clinic_app.errors import UserError
    from clinic_app.system_check import gui_problem, preferred_lang

    problem = gui_problem(preferred_lang(getattr(args, "lang", None)))
    if problem:
        raise UserError(problem, exit_code=1)
    # The passphrase file is read here, before Qt, with the same reader as every command: an unreadable or
    # empty file is one line on stderr and exit status 2, not a dialog or a traceback.
    args.passphrase = passphrase_from_file(args) if args.passphrase_file else None
    from clinic_app.ui.app import run_gui

    return run_gui(args)
