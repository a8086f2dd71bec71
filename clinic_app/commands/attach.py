"""``clinic-app attach``: add evidence files to a case from the command line.

    clinic-app attach --case NUMBER FILE... --kind KIND [--db PATH] [--lang en]

Each file is checked (type by content, size, a whole file, its name) and stored in the database, encrypted
with the rest; a refused file is named with the reason and the others are still added. Exit 0 when every file
was added, 1 when any was refused. ``--kind list`` prints the kinds for the case. No Qt is imported.
Top level: standard library only (see ``clinic_app.cli``).
"""

from __future__ import annotations

import argparse
import sys

from clinic_app.commands._db import add_db_arguments, lang_of, open_store_from_args
from clinic_app.errors import UserError

HELP = "Attach evidence files (PDF, JPEG, PNG, HEIC, text) to a case, with the kind of document."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_db_arguments(parser, lang_option=True)
    parser.add_argument("--case", required=True, metavar="NUMBER_OR_UUID", help="case number or UUID")
    parser.add_argument("--kind", required=True, metavar="KIND",
                        help="kind of document, e.g. driver_contract, pay_stubs ('list' prints the kinds)")
    parser.add_argument("files", nargs="*", metavar="FILE", help="files to attach")


def run(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    fr = lang == "fr"
    from clinic_app.domain.attachments import AttachmentRefused, kind_label, kinds_for, parse_kind
    from clinic_app.services import access
    from clinic_app.services import attachments as svc
    from clinic_app.services.errors import ServiceError

    if args.kind != "list" and not args.files:
        raise UserError("aucun fichier à joindre" if fr else "no file to attach", 2)
    store = open_store_from_args(args)
    try:
        try:
            uuid, number = access.find_case(store, args.case)
        except ServiceError as err:
            raise UserError(f"--case : {err.message(lang)}" if fr else f"--case: {err.message(lang)}", 1) from None
        case = store.get_case(uuid)
        if args.kind == "list":
            for kind in kinds_for(case.kind):
                print(f"{kind.value:<24} {kind_label(kind, lang)}")
            return 0
        try:
            kind = parse_kind(args.kind, case.kind)
        except AttachmentRefused as err:
            raise UserError(err.message(lang), 2) from None
        outcome = svc.attach_files(store, uuid, list(args.files), kind)
        for info in outcome.stored:
            print(f"{number}: {info.filename} ({info.size} o)" if fr else f"{number}: {info.filename} ({info.size} B)")
        for refused in outcome.refused:
            print(refused.message(lang), file=sys.stderr)
        missing = svc.missing_for(store, case)
        if missing:
            label = "Encore à obtenir" if fr else "Still missing"
            print(f"{label} : " if fr else f"{label}: ", end="")
            print(", ".join(kind_label(k, lang) for k in missing))
        return 1 if outcome.refused else 0
    finally:
        store.close()
