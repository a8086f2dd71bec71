"""``clinic-app sites list|show``: the establishments, and one of them added up (optionally as a one-page PDF).

    clinic-app sites list [--lang fr|en]
    clinic-app sites show CODE [--pdf FILE.pdf] [--today YYYY-MM-DD] [--lang fr|en]
    clinic-app sites merge DUPLICATE --into CODE [--lang fr|en]

``show`` prints the establishment's facts (and which are missing), its cases, and what they are owed on the
employer's count and with the drivers deemed employees. No person's name. Top level: standard library only.
"""

from __future__ import annotations

import argparse

from clinic_app.errors import UserError

HELP = "List the sites and companies, or add up one of them on both counts (and print its one-page PDF)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from clinic_app.commands.export import add_db_arguments

    add_db_arguments(parser)
    parser.add_argument("action", choices=("list", "show", "merge"),
                        help="list every site, show one, or merge a duplicate into another")
    parser.add_argument("code", nargs="?", help="the site or company code (for show; the duplicate for merge)")
    parser.add_argument("--into", metavar="CODE", help="merge: the site kept (the duplicate's cases move to it)")
    parser.add_argument("--pdf", metavar="FILE.pdf", help="also write the one-page PDF (show)")
    parser.add_argument("--today", metavar="YYYY-MM-DD", help="the day the site is looked at (default: today)")
    parser.add_argument("--lang", choices=("fr", "en"), default="fr",
                        help="language of the output (default: %(default)s)")


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    from clinic_app.commands._db import today_option

    today = today_option(args.today, lang)
    if args.action in ("show", "merge") and not args.code:
        raise UserError(f"sites {args.action} : le code du site est attendu" if lang == "fr"
                        else f"sites {args.action}: the site code is expected", 2)
    if args.action == "merge" and not args.into:
        raise UserError("sites merge : --into CODE (le site gardé) est attendu" if lang == "fr"
                        else "sites merge: --into CODE (the site kept) is expected", 2)
    from clinic_app.commands.export import open_store
    from clinic_app.domain.parsing import format_money
    from clinic_app.domain.site_view import MISSING_LABELS
    from clinic_app.services import sites

    store = open_store(args, lang)
    try:
        if args.action == "list":
            for line in sites.list_sites(store):
                est = line.establishment
                count = "?" if est.establishment_terminations is None else str(est.establishment_terminations)
                drivers = "?" if est.terminations_with_drivers is None else str(est.terminations_with_drivers)
                print(f"{est.code:<12} {line.cases:>6} {count:>6} {drivers:>6}  {est.employer_legal_name}")
            return 0
        est = sites.find_site(store, args.code)
        if args.action == "merge":
            keep = sites.find_site(store, args.into)
            moved = sites.merge_sites(store, est, keep)
            print(f"{est.code} fusionné dans {keep.code} : {moved} dossier(s) déplacé(s)" if lang == "fr"
                  else f"{est.code} merged into {keep.code}: {moved} case(s) moved")
            return 0
        if args.pdf:
            try:
                totals = sites.write_site_pdf(store, est, args.pdf, lang, as_of=today)
            except OSError as exc:
                raise UserError(f"{args.pdf}: {exc.strerror or exc}") from None
        else:
            totals = sites.totals(store, est, today)
    finally:
        store.close()
    words = _WORDS[lang]
    print(f"{est.code} — {est.employer_legal_name}")
    print(words["cases"].format(n=totals.cases, w=totals.warehouse, d=totals.drivers, c=totals.consents_acting))
    print(words["owed"].format(amount=format_money(totals.owed, lang)))
    if totals.owed_drivers is not None and totals.difference is not None:
        print(words["owed_drivers"].format(amount=format_money(totals.owed_drivers, lang),
                                           diff=format_money(totals.difference, lang)))
    for code in totals.missing:
        print(words["missing"].format(what=MISSING_LABELS[code][lang]))
    if args.pdf:
        print(words["pdf"].format(path=args.pdf))
    return 0


_WORDS = {
    "fr": {"cases": "Dossiers : {n} ({w} entrepôt, {d} livreurs); consentements permettant d’agir : {c}",
           "owed": "Montant dû, compte de l’employeur : {amount}",
           "owed_drivers": "Montant dû, livreurs comptés : {amount} (différence {diff})",
           "missing": "Fait manquant : {what}", "pdf": "PDF : {path}"},
    "en": {"cases": "Cases: {n} ({w} warehouse, {d} drivers); consents allowing the clinic to act: {c}",
           "owed": "Amount owed, employer's count: {amount}",
           "owed_drivers": "Amount owed, drivers counted: {amount} (difference {diff})",
           "missing": "Missing fact: {what}", "pdf": "PDF: {path}"},
}
