"""``clinic-app passphrase``: change the passphrase of the encrypted case database (re-key).

    clinic-app passphrase [--db PATH] [--passphrase-file OLD] [--new-passphrase-file NEW]

The current passphrase comes as for every command (``--passphrase-file``, ``CLINIC_APP_PASSPHRASE``, or a
prompt); the new one from ``--new-passphrase-file`` or a prompt asked twice. A verified backup with the old
passphrase is made first. Top level: standard library only (see ``clinic_app.cli``).
"""

from __future__ import annotations

import argparse
import sys

from clinic_app.commands._db import add_db_arguments, first_line, lang_of, open_store_from_args
from clinic_app.errors import UserError

HELP = "Change the passphrase of the encrypted case database (a backup is made first)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_db_arguments(parser, lang_option=True)
    parser.add_argument("--new-passphrase-file", metavar="FILE",
                        help="read the new passphrase from the first line of FILE (else asked twice)")


def _new_passphrase(args: argparse.Namespace, lang: str) -> str:
    fr = lang == "fr"
    if args.new_passphrase_file:
        value = first_line(args.new_passphrase_file, "--new-passphrase-file")
    elif sys.stdin is not None and sys.stdin.isatty():
        import getpass

        value = getpass.getpass("Nouvelle phrase de passe : " if fr else "New passphrase: ")
        if value != getpass.getpass("Encore une fois : " if fr else "Once more: "):
            raise UserError("les deux phrases de passe diffèrent ; rien n'a été changé" if fr
                            else "the two passphrases differ; nothing was changed", 1)
    else:
        raise UserError("--new-passphrase-file FICHIER est requis hors d'un terminal" if fr
                        else "--new-passphrase-file FILE is required outside a terminal", 1)
    from clinic_app.services.passphrase import check_new

    return check_new(value)  # ServiceError: one line, exit 1


def run(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    if args.no_encryption or args.db_url:
        raise UserError("seule une base chiffrée a une phrase de passe" if lang == "fr"
                        else "only an encrypted database has a passphrase", 1)
    new = _new_passphrase(args, lang)  # asked before opening: a typo ends here with nothing changed
    from clinic_app.services import passphrase

    store = open_store_from_args(args, auto_backup=False)
    try:
        passphrase.change(store, new)
    finally:
        store.close()
    print("phrase de passe changée ; la copie faite avant garde l'ancienne" if lang == "fr"
          else "passphrase changed; the backup made before keeps the old one")
    return 0
