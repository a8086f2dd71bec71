"""``clinic-app demo-data``: fill a database with realistic fictional cases (both kinds).

    clinic-app demo-data --db PATH --count N [--seed S] [--no-encryption | --passphrase-file FILE]

Top level: standard library only (see ``clinic_app.cli``).
"""

from __future__ import annotations

import argparse
import time

from clinic_app.commands._db import add_db_arguments, lang_of, open_store_from_args
from clinic_app.errors import UserError

HELP = "Fill a database with realistic fictional cases (creates it if needed)."
MAX_COUNT = 1_000_000


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_db_arguments(parser, lang_option=True)
    parser.add_argument("--count", type=int, default=300, help="how many cases (default: 300)")
    parser.add_argument("--seed", type=int, default=1, help="random seed: the same seed gives the same cases")


def run(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    if not 0 < args.count <= MAX_COUNT:
        raise UserError(f"--count : un nombre de 1 à {MAX_COUNT} est attendu" if lang == "fr"
                        else f"--count: a number from 1 to {MAX_COUNT} is expected", 1)
    from clinic_app.domain.case import new_uuid
    from clinic_app.domain.demo import generate_demo
    from clinic_app.storage import CaseQuery, StorageError

    start = time.perf_counter()
    store = open_store_from_args(args, create=True)
    try:
        import datetime as dt

        from clinic_app.domain.demo import DEMO_CLINIC

        ests, cases = generate_demo(args.count, seed=args.seed, today=dt.date.today())
        if not store.clinic_profile().name:  # a demo letter needs a sender and a signature
            store.save_clinic_profile(DEMO_CLINIC)
        if store.count_cases(CaseQuery(include_deleted=True, limit=None)):
            for case in cases:  # adding to a filled database: the same seed must not reuse identities
                case.uuid = new_uuid()
        known = {e.id for e in store.list_establishments()}
        for est in ests:
            if est.id not in known:
                store.save_establishment(est)
        n = store.create_cases(cases)
        total = store.count_cases()
    except StorageError as exc:
        raise UserError(exc.message(lang)) from None
    finally:
        store.close()
    took = time.perf_counter() - start
    from clinic_app.cli_i18n import count, seconds

    n_text, total_text, took_text = count(n, lang), count(total, lang), seconds(took, lang)
    if lang == "fr":
        print(f"{n_text} dossiers fictifs ajoutés ({total_text} au total) en {took_text}")
    else:
        print(f"{n_text} fictional cases added ({total_text} in all) in {took_text}")
    return 0
