"""``clinic-app export``: export cases to CSV (French Excel or plain) or XLSX, full or de-identified.

    clinic-app export --db PATH --format csv|xlsx --out FILE [--preset excel-fr|plain]
                      [--profile full|deidentified] [--columns a,b,...] [--kind K] [--status S] [--site CODE]
    clinic-app export --list-columns

Top level: standard library only (see ``clinic_app.cli``); the export code is imported in ``run``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from clinic_app.errors import UserError

if TYPE_CHECKING:
    from clinic_app.storage import CaseStore

HELP = "Export cases to CSV or XLSX (full, or de-identified for campaigns and statistics)."

KINDS = ("warehouse", "driver")
STATUSES = ("draft", "intake_complete", "reviewed", "letter_sent", "closed")


def add_db_arguments(parser: argparse.ArgumentParser) -> None:
    """The shared database options of ``commands._db`` (export, bundle and report add their own --lang)."""
    from clinic_app.commands._db import add_db_arguments as shared

    shared(parser)


def open_store(args: argparse.Namespace, lang: str, *, create: bool = False) -> CaseStore:
    """Open the database named by the options (passphrase rules and one-line errors of ``commands._db``).

    ``lang`` is read by ``_db`` from ``args.lang``; it is a parameter here so callers state it.
    """
    from clinic_app.commands._db import open_store_from_args

    return open_store_from_args(args, create=create)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_db_arguments(parser)
    parser.add_argument("--format", choices=("csv", "xlsx"),
                        help="file format (default: from the --out file's extension)")
    parser.add_argument("--out", metavar="FILE", help="file to write (replaced only once complete)")
    parser.add_argument("--preset", choices=("excel-fr", "plain"), default="excel-fr",
                        help="CSV flavour: excel-fr = UTF-8 with BOM, ';' and decimal comma (default); "
                             "plain = UTF-8, ',' and decimal point")
    parser.add_argument("--profile", choices=("full", "deidentified"), default="full",
                        help="full (for the clinic's lawyers, default) or deidentified (no names, contacts, "
                             "addresses, immigration status or free text)")
    parser.add_argument("--k", type=int, default=5, metavar="K",
                        help="deidentified: every combination of the columns written is shared by at least K "
                             "rows (k-anonymity; default 5)")
    parser.add_argument("--columns", metavar="A,B,...",
                        help="columns to write, in this order (default: all the profile allows); "
                             "see --list-columns")
    parser.add_argument("--kind", action="append", choices=KINDS, help="only this kind (repeatable)")
    parser.add_argument("--status", action="append", choices=STATUSES, help="only this status (repeatable)")
    parser.add_argument("--site", metavar="CODE", help="only this site or company")
    parser.add_argument("--lang", choices=("fr", "en"), default="fr",
                        help="language of messages and of the export for people: XLSX sheet name, labels of "
                             "coded values, header labels (default: %(default)s)")
    parser.add_argument("--headers", choices=("names", "labels"), default="names",
                        help="column headers: stable names for scripts (default) or labels in the --lang language")
    parser.add_argument("--list-columns", action="store_true",
                        help="list the columns (and which are personal) and exit")


def _list_columns(lang: str) -> int:
    from clinic_app.export.columns import COLUMNS

    for col in COLUMNS:
        mark = "personal" if col.personal else ""
        print(f"{col.name:<26} {col.type.value:<9} {mark:<9} {col.label(lang)}")
    return 0


def _format_of(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    from clinic_app.services.exports import format_from_path

    suffix = format_from_path(Path(args.out))
    if suffix is not None:
        return suffix
    raise UserError("--format: csv or xlsx expected (the --out file has neither extension) / "
                    "--format : csv ou xlsx attendu (le fichier --out n'a aucune de ces extensions)")


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    if args.list_columns:
        return _list_columns(lang)
    if not args.out:
        raise UserError("--out FICHIER est obligatoire" if lang == "fr" else "--out FILE is required")  # status 2
    fmt = _format_of(args)
    from clinic_app.domain.case import CaseKind, CaseStatus
    from clinic_app.export.columns import parse_column_list
    from clinic_app.export.errors import ExportError
    from clinic_app.services import exports
    from clinic_app.storage import CaseQuery

    columns = parse_column_list(args.columns) if args.columns else None
    if columns is not None:  # check the names before opening the database (and asking a passphrase)
        try:
            exports.check_columns(args.profile, columns)
        except ExportError as err:
            raise UserError(f"--columns: {err.message(lang)}", 1) from None
    query = CaseQuery(kinds=tuple(CaseKind(k) for k in args.kind or ()),
                      statuses=tuple(CaseStatus(s) for s in args.status or ()),
                      site=args.site or "", limit=None)
    if args.k < 1:
        raise UserError("--k : un entier d'au moins 1" if lang == "fr" else "--k: a whole number of at least 1", 1)
    from clinic_app.export.deidentify import DeidReport

    report = DeidReport()
    request = exports.ExportRequest(Path(args.out), fmt, query=query, columns=columns, preset=args.preset,
                                    profile=args.profile, lang=lang, k=args.k, headers=args.headers)
    store = open_store(args, lang)
    try:
        # ExportError/StorageError: one line, exit 1 (clinic_app.cli)
        n = exports.export_cases(store, request, deid_report=report)
    except OSError as exc:
        raise UserError(f"{args.out}: {exc.strerror or exc}") from None
    finally:
        store.close()
    from clinic_app.cli_i18n import count

    what = f"preset {args.preset}, " if fmt == "csv" else ""
    n_text = count(n, lang)
    if lang == "fr":
        print(f"{n_text} dossier(s) écrit(s) dans {args.out} ({what}profil {args.profile})")
    else:
        print(f"{n_text} case(s) written to {args.out} ({what}profile {args.profile})")
    if args.profile == "deidentified":
        if lang == "fr":
            print(f"k-anonymat : k = {report.k_reached} atteint (demandé {report.k_wanted}) ; "
                  f"{report.rows_left_out} dossier(s) laissé(s) de côté, "
                  f"{report.cells_suppressed} cellule(s) masquée(s)")
        else:
            print(f"k-anonymity: k = {report.k_reached} reached ({report.k_wanted} asked); "
                  f"{report.rows_left_out} case(s) left out, {report.cells_suppressed} cell(s) suppressed")
    sys.stdout.flush()
    return 0
