"""``clinic-app access-export``: everything held about the person of one case, as JSON (Quebec Law 25).

    clinic-app access-export --case NUMBER_OR_UUID --out FILE.json [--db PATH]

For an access request: the case's facts, its establishment, the letters sent (with their figures), its attachments
(with their content, base64) and the audit of the case (who did what, when; field names only). The export itself
is written in the audit log.
Top level: standard library only (see ``clinic_app.cli``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from clinic_app.commands._db import add_db_arguments, lang_of, open_store_from_args
from clinic_app.errors import UserError

HELP = "Export everything held about the person of one case, as JSON (access request)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_db_arguments(parser, lang_option=True)
    parser.add_argument("--case", required=True, metavar="NUMBER_OR_UUID",
                        help="case number (e.g. K7MQ-000123) or UUID")
    parser.add_argument("--out", required=True, metavar="FILE.json", help="file to write (replaced only when complete)")


def run(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    from clinic_app.services import access
    from clinic_app.services.errors import ServiceError

    out = Path(args.out)
    store = open_store_from_args(args)
    try:
        try:
            uuid, case_number = access.find_case(store, args.case)
        except ServiceError as err:
            raise UserError(f"--case : {err.message(lang)}" if lang == "fr" else f"--case: {err.message(lang)}",
                            1) from None
        access.export_person(store, uuid, out)
    except OSError as exc:
        raise UserError(f"{out}: {exc.strerror or type(exc).__name__}") from None
    finally:
        store.close()
    print(f"{out} — {case_number}")
    return 0
