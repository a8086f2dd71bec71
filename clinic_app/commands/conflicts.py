"""``clinic-app conflicts``: check a name and parties for conflicts of interest; keep the clinic's list.

    clinic-app conflicts --name "Hélène Tremblay" [--party "Livraisons Rapides inc." ...]
    clinic-app conflicts --list
    clinic-app conflicts --add-adverse NAME | --add-client NAME [--note TEXT]
    clinic-app conflicts --remove NAME --role adverse|client

A check prints each match and why (exit 0 with none, 1 when there are matches: the decision is a person's).
Top level: standard library only (see ``clinic_app.cli``).
"""

from __future__ import annotations

import argparse

from clinic_app.errors import UserError

HELP = "Check a person and parties for conflicts of interest, or keep the clinic's list of parties."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from clinic_app.commands.export import add_db_arguments

    add_db_arguments(parser)
    parser.add_argument("--name", metavar="NAME", help="the person the clinic would act for")
    parser.add_argument("--party", metavar="NAME", action="append", default=[],
                        help="a party the clinic would act against (repeat for several)")
    parser.add_argument("--list", action="store_true", help="print the clinic's list of parties")
    parser.add_argument("--add-adverse", metavar="NAME", help="add an adverse party to the list")
    parser.add_argument("--add-client", metavar="NAME", help="add a party the clinic acts for to the list")
    parser.add_argument("--note", default="", help="a note kept with the added party")
    parser.add_argument("--remove", metavar="NAME", help="remove a party from the list (with --role)")
    parser.add_argument("--role", choices=("adverse", "client"), help="the role of the party to remove")
    parser.add_argument("--lang", choices=("fr", "en"), default="fr",
                        help="language of the output (default: %(default)s)")


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    fr = lang == "fr"
    actions = [bool(args.name or args.party), args.list, bool(args.add_adverse), bool(args.add_client),
               bool(args.remove)]
    if sum(actions) != 1:
        raise UserError("une seule action : --name/--party, --list, --add-adverse, --add-client ou --remove" if fr
                        else "one action: --name/--party, --list, --add-adverse, --add-client or --remove", 2)
    if args.remove and not args.role:
        raise UserError("--remove demande --role adverse|client" if fr else "--remove needs --role adverse|client", 2)
    from clinic_app.commands.export import open_store
    from clinic_app.domain.conflicts import PartyRole
    from clinic_app.services import conflicts

    store = open_store(args, lang)
    try:
        if args.list:
            for p in conflicts.listed_parties(store):
                role = p.role.value
                print(f"{role:<8} {p.name}" + (f"  ({p.note})" if p.note else ""))
            return 0
        if args.add_adverse or args.add_client:
            role = PartyRole.ADVERSE if args.add_adverse else PartyRole.CLIENT
            entry = conflicts.add_party(store, args.add_adverse or args.add_client, role, args.note)
            print(f"Ajouté : {entry.name}" if fr else f"Added: {entry.name}")
            return 0
        if args.remove:
            removed = conflicts.remove_party(store, args.remove, PartyRole(args.role))
            print(("Retiré" if removed else "Absent de la liste") if fr else ("Removed" if removed else "Not listed"))
            return 0 if removed else 1
        hits = conflicts.check_names(store, args.name or "", list(args.party))
    finally:
        store.close()
    for hit in hits:
        print(hit.message(lang))
    if not hits:
        print("Aucun conflit trouvé." if fr else "No conflict found.")
        return 0
    return 1
