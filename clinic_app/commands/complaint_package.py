"""``clinic-app complaint-package``: a site's CNESST money-complaint package, written into a folder.

    clinic-app complaint-package --site CODE --out FOLDER [--lang fr|en] [--consent-in-own-language]
                                 [--today YYYY-MM-DD]

Workers without a recorded consent that lets the clinic act are never included: they are listed (case number
and reason) in an internal file that stays at the clinic. Top level: standard library only.
"""

from __future__ import annotations

import argparse

from clinic_app.errors import UserError

HELP = "Write a site's CNESST complaint package (workers with consent only) into a folder."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from clinic_app.commands.export import add_db_arguments

    add_db_arguments(parser)
    parser.add_argument("--site", metavar="CODE", required=True, help="the site or company code")
    parser.add_argument("--out", metavar="FOLDER", required=True, help="folder to write the package into")
    parser.add_argument("--consent-in-own-language", action="store_true",
                        help="print each consent form in the person's language (French or English)")
    parser.add_argument("--today", metavar="YYYY-MM-DD", help="the day the package is prepared (default: today)")
    parser.add_argument("--lang", choices=("fr", "en"), default="fr",
                        help="language of the package (default: %(default)s)")


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    from clinic_app.commands._db import today_option

    today = today_option(args.today, lang)
    from clinic_app.commands.export import open_store
    from clinic_app.services import complaint_package, sites

    store = open_store(args, lang)
    try:
        est = sites.find_site(store, args.site)
        try:
            package, files = complaint_package.write_package(
                store, est, args.out, lang, as_of=today, consent_in_own_language=args.consent_in_own_language)
        except OSError as exc:
            raise UserError(f"{args.out}: {exc.strerror or exc}") from None
    finally:
        store.close()
    if lang == "fr":
        print(f"{len(package.rows)} personne(s) incluse(s), {len(package.left_out)} dossier(s) non inclus; "
              f"{len(files)} fichier(s) dans {args.out}")
    else:
        print(f"{len(package.rows)} employee(s) included, {len(package.left_out)} case(s) not included; "
              f"{len(files)} file(s) in {args.out}")
    return 0
