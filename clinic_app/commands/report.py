"""``clinic-app report``: the coordinators' summary report as a PDF.

    clinic-app report --db PATH --out FILE.pdf [--lang fr|en] [--today YYYY-MM-DD]

Cases by site or company, kind, status and badge; total owed, paid and shortfall; deadlines in the next
30 days (case numbers, never names); with charts. Top level: standard library only (see ``clinic_app.cli``).
"""

from __future__ import annotations

import argparse
import datetime as dt

from clinic_app.errors import UserError

HELP = "Print the coordinators' summary report as a PDF."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from clinic_app.commands.export import add_db_arguments

    add_db_arguments(parser)
    parser.add_argument("--out", metavar="FILE.pdf", required=True, help="PDF file to write")
    parser.add_argument("--lang", choices=("fr", "en"), default="fr",
                        help="language of the report (default: %(default)s)")
    parser.add_argument("--today", metavar="YYYY-MM-DD",
                        help="the day the 30-day deadline window starts (default: today)")


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    today = None
    if args.today:
        try:
            today = dt.date.fromisoformat(args.today)
        except ValueError:
            raise UserError(f"--today: {'date attendue AAAA-MM-JJ' if lang == 'fr' else 'expected YYYY-MM-DD'} "
                            f"({args.today!r})", 1) from None
    from clinic_app.commands.export import open_store
    from clinic_app.services import reports

    store = open_store(args, lang)
    try:
        summary = reports.write_report(store, args.out, lang, today=today)
    except OSError as exc:
        raise UserError(f"{args.out}: {exc.strerror or exc}") from None
    finally:
        store.close()
    from clinic_app.cli_i18n import count

    total = count(summary.total_cases, lang)
    print(f"Sommaire de {total} dossier(s) écrit dans {args.out}" if lang == "fr"
          else f"Summary of {total} case(s) written to {args.out}")
    return 0
