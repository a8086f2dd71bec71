"""``clinic-app access-export``: everything held about the person of one case, as JSON (Quebec Law 25).

    clinic-app access-export --case NUMBER_OR_UUID --out FILE.json [--db PATH]

For an access request: the case's facts, its establishment, the letters sent (with their figures) and the audit
of the case (who did what, when; field names only). The export itself is written in the audit log.
Top level: standard library only (see ``clinic_app.cli``).
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from pathlib import Path

from clinic_app.commands._db import add_db_arguments, lang_of, open_store_from_args
from clinic_app.errors import UserError

HELP = "Export everything held about the person of one case, as JSON (access request)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_db_arguments(parser, lang_option=True)
    parser.add_argument("--case", required=True, metavar="NUMBER_OR_UUID", help="case number (e.g. K7MQ-000123) or UUID")
    parser.add_argument("--out", required=True, metavar="FILE.json", help="file to write (replaced only when complete)")


def run(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    from clinic_app.storage import CaseQuery, StorageError

    store = open_store_from_args(args)
    try:
        wanted = args.case.strip()
        rows = [r for r in store.list_cases(CaseQuery(text=wanted, include_deleted=True, limit=50))
                if wanted.casefold() in (r.case_number.casefold(), r.uuid.casefold())]
        if len(wanted) == 36 and not rows:
            rows = [r for r in store.list_cases(CaseQuery(include_deleted=True, limit=None)) if r.uuid == wanted]
        if not rows:
            raise UserError(f"--case : aucun dossier {wanted}" if lang == "fr" else f"--case: no case {wanted}", 1)
        data = store.person_export(rows[0].uuid)
    except StorageError as exc:
        raise UserError(exc.message(lang)) from None
    finally:
        store.close()
    out = Path(args.out)
    try:
        fd, tmp = tempfile.mkstemp(dir=str(out.parent) if str(out.parent) else ".", prefix=".access-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except OSError as exc:
        raise UserError(f"{out}: {exc.strerror or type(exc).__name__}") from None
    print(f"{out} — {rows[0].case_number}")
    return 0
