"""``clinic-app bundle export|import``: move cases between laptops in one encrypted file.

    clinic-app bundle export --db PATH --out FILE [--changed-since-last | --since DATE]
    clinic-app bundle import --db PATH --in FILE [--yes] [--create] [--take-theirs ID,...|all] [--keep-mine ID,...|all]

The bundle passphrase (not the database's) comes from ``--bundle-passphrase-file FILE`` (first line), else
the ``CLINIC_BUNDLE_PASSPHRASE`` environment variable, else a prompt when run in a terminal. An import
first shows what it would add, update and leave in conflict, and writes only with ``--yes``.

Top level: standard library only (see ``clinic_app.cli``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from typing import TYPE_CHECKING

from clinic_app.errors import UserError

if TYPE_CHECKING:
    from clinic_app.export.bundle import ImportPreview

HELP = "Export or import an encrypted case bundle to merge laptops."
PASSPHRASE_ENV = "CLINIC_BUNDLE_PASSPHRASE"


def _common(parser: argparse.ArgumentParser) -> None:
    from clinic_app.commands.export import add_db_arguments

    add_db_arguments(parser)
    parser.add_argument("--bundle-passphrase-file", metavar="FILE",
                        help=f"read the bundle passphrase from the first line of FILE (else ${PASSPHRASE_ENV}, "
                             "else a prompt in a terminal)")
    parser.add_argument("--lang", choices=("fr", "en"), default="fr",
                        help="language of messages (default: %(default)s)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="bundle_action", metavar="ACTION")
    exp = sub.add_parser("export", help="write this laptop's cases to an encrypted bundle",
                         description="Write this laptop's cases (all, or changed since the last bundle) to one "
                                     "encrypted file.")
    _common(exp)
    exp.add_argument("--out", metavar="FILE", required=True, help="bundle file to write")
    when = exp.add_mutually_exclusive_group()
    when.add_argument("--changed-since-last", action="store_true",
                      help="only cases changed on this laptop, or imported into it, since its last bundle "
                           "(default: all cases)")
    exp.add_argument("--with-attachments", action="store_true",
                     help="also carry the cases' attachments (off by default; their size is printed first)")
    when.add_argument("--since", metavar="DATE", help="only cases changed since DATE (YYYY-MM-DD, UTC midnight, "
                                                      "or an ISO timestamp)")
    imp = sub.add_parser("import", help="preview, then merge, an encrypted bundle into this laptop's cases",
                         description="Show what a bundle would add, update and leave in conflict; with --yes, "
                                     "merge it (by case UUID, in one transaction; nothing is ever deleted).")
    _common(imp)
    imp.add_argument("--in", dest="infile", metavar="FILE", required=True, help="bundle file to read")
    imp.add_argument("--yes", action="store_true", help="write the merge (without it, only the preview is shown)")
    imp.add_argument("--create", action="store_true",
                     help="create the database if it does not exist yet (a coordinator's new laptop)")
    imp.add_argument("--take-theirs", metavar="ID,...", default="",
                     help="settle these conflicts (case numbers, site codes or UUIDs, or 'all') "
                          "with the bundle's version")
    imp.add_argument("--keep-mine", metavar="ID,...", default="",
                     help="settle these conflicts (case numbers, site codes or UUIDs, or 'all') "
                          "by keeping this laptop's")


def _passphrase(args: argparse.Namespace, *, confirm: bool) -> str:
    lang = args.lang
    if args.bundle_passphrase_file:
        try:
            with open(args.bundle_passphrase_file, encoding="utf-8") as fh:
                text = fh.readline().rstrip("\r\n")
        except OSError as exc:
            raise UserError(f"--bundle-passphrase-file: {exc.strerror or exc}") from None
        if not text:
            raise UserError("--bundle-passphrase-file: " + ("la première ligne est vide" if lang == "fr"
                                                            else "the first line is empty"))
        return text
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    if sys.stdin.isatty():
        prompt = "Phrase de passe du paquet : " if lang == "fr" else "Bundle passphrase: "
        first = getpass.getpass(prompt)
        if confirm:
            again = getpass.getpass("Encore une fois : " if lang == "fr" else "Again: ")
            if again != first:
                raise UserError("les deux phrases de passe diffèrent" if lang == "fr"
                                else "the two passphrases differ", 1)
        if not first:
            raise UserError("phrase de passe vide" if lang == "fr" else "empty passphrase", 1)
        return first
    raise UserError(f"no bundle passphrase: use --bundle-passphrase-file or {PASSPHRASE_ENV} / "
                    f"aucune phrase de passe de paquet : utilisez --bundle-passphrase-file ou {PASSPHRASE_ENV}")


def _parse_since(text: str, lang: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise UserError(f"--since: {'date attendue AAAA-MM-JJ' if lang == 'fr' else 'expected a date YYYY-MM-DD'}"
                        f" ({text!r})", 1) from None
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _export(args: argparse.Namespace) -> int:
    from clinic_app.commands.export import open_store
    from clinic_app.services import bundles

    lang = args.lang
    since = _parse_since(args.since, lang) if args.since else None
    passphrase = _passphrase(args, confirm=True)
    store = open_store(args, lang)
    try:
        if args.changed_since_last:
            since = bundles.last_sent(store)
        if args.with_attachments:
            files, size = bundles.attachments_size(store, since=since)
            mb = f"{size / 1_048_576:.1f}"
            print(f"Pièces jointes : {files} fichier(s), {mb} Mo" if lang == "fr"
                  else f"Attachments: {files} file(s), {mb} MB", file=sys.stderr)
        n = bundles.send(store, args.out, passphrase, since=since,  # ExportError/StorageError: exit 1
                         include_attachments=args.with_attachments)
    except OSError as exc:
        raise UserError(f"{args.out}: {exc.strerror or exc}") from None
    finally:
        store.close()
    scope = ("" if since is None else
             (f" (modifiés depuis {since.isoformat(timespec='seconds')})" if lang == "fr"
              else f" (changed since {since.isoformat(timespec='seconds')})"))
    from clinic_app.cli_i18n import count

    print(f"{count(n, lang)} dossier(s) dans le paquet {args.out}{scope}" if lang == "fr"
          else f"{count(n, lang)} case(s) in bundle {args.out}{scope}")
    return 0


def _print_preview(preview: ImportPreview, lang: str) -> None:
    fr = lang == "fr"
    created = preview.bundle_created_at.isoformat(timespec="minutes") if preview.bundle_created_at else "?"
    print(f"Paquet du portable {preview.source_name}, fait le {created}" if fr
          else f"Bundle from laptop {preview.source_name}, made {created}")
    labels = (("added", "à ajouter", "to add"), ("updated", "à mettre à jour", "to update"),
              ("conflicts", "en conflit (rien n'est écrit pour eux)", "in conflict (nothing written for them)"),
              ("unchanged", "identiques", "unchanged"),
              ("kept_local", "plus récents ici (gardés)", "newer here (kept)"))
    counts = preview.counts()
    for attr, label_fr, label_en in labels:
        print(f"  {counts[attr]:>6}  {label_fr if fr else label_en}")
    for items, label_fr, label_en in ((preview.sites_added, "sites à ajouter", "sites to add"),
                                      (preview.sites_updated, "sites à mettre à jour", "sites to update"),
                                      (preview.site_conflicts, "sites en conflit (rien n'est écrit pour eux)",
                                       "sites in conflict (nothing written for them)")):
        if items:
            print(f"  {len(items):>6}  {label_fr if fr else label_en}")
    if getattr(preview, "erased", None):
        print(f"  {len(preview.erased):>6}  " + ("effacés ici (purge) : jamais réimportés" if fr
                                                  else "erased here (purged): never brought back"))
    for attr in ("added", "updated"):
        items = getattr(preview, attr)
        if items and counts[attr] <= 50:
            print(("à ajouter : " if attr == "added" and fr else "à mettre à jour : " if fr else f"{attr}: ")
                  + ", ".join(i.case_number or i.uuid for i in items))
    if preview.conflicts:
        print("Conflits (modifiés des deux côtés depuis le dernier paquet) :" if fr
              else "Conflicts (changed on both sides since the last bundle):")
        for c in preview.conflicts:
            here = c.local_updated_at.isoformat(timespec="minutes") if c.local_updated_at else "?"
            there = c.incoming_updated_at.isoformat(timespec="minutes") if c.incoming_updated_at else "?"
            print(f"  {c.case_number or '-'}  {c.uuid}  " + (f"ici {here}, paquet {there}" if fr
                                                            else f"here {here}, bundle {there}"))
    if preview.site_conflicts:
        print("Sites modifiés des deux côtés depuis le dernier paquet :" if fr
              else "Sites changed on both sides since the last bundle:")
        for site in preview.site_conflicts:
            print(f"  {site.code or '-'}  {site.id}  " + ("faits différents : " if fr else "facts that differ: ")
                  + ", ".join(site.fields))
    if preview.conflicts or preview.site_conflicts:
        print("Réglez-les avec --take-theirs ou --keep-mine (numéros de dossier, codes de site ou UUID, ou all)."
              if fr else
              "Settle them with --take-theirs or --keep-mine (case numbers, site codes or UUIDs, or all).")


def _import(args: argparse.Namespace) -> int:
    from clinic_app.commands.export import open_store
    from clinic_app.services import bundles

    lang = args.lang
    passphrase = _passphrase(args, confirm=False)
    store = open_store(args, lang, create=args.create)
    try:
        prepared = bundles.plan_receive(store, args.infile, passphrase)
        take = bundles.conflict_ids(args.take_theirs, prepared.preview)
        keep = bundles.conflict_ids(args.keep_mine, prepared.preview)
        if take & keep:
            raise UserError("--take-theirs / --keep-mine: " + (
                "un même dossier ne peut pas être dans les deux" if lang == "fr" else
                "the same case cannot be in both"), 1)
        if take or keep:
            prepared = prepared.settle(take_incoming=take, keep_local=keep)
        _print_preview(prepared.preview, lang)
        if not args.yes:
            print("Rien n'a été écrit : relancez avec --yes pour importer." if lang == "fr"
                  else "Nothing was written: run again with --yes to import.")
            return 0
        result = bundles.receive(prepared)  # ExportError/StorageError: one line, exit 1 (clinic_app.cli)
    finally:
        store.close()
    from clinic_app.cli_i18n import count

    c = {key: count(value, lang) for key, value in result.counts().items()}
    print(f"Importé : {c['added']} ajouté(s), {c['updated']} mis à jour, {c['conflicts']} conflit(s) laissé(s)"
          if lang == "fr" else
          f"Imported: {c['added']} added, {c['updated']} updated, {c['conflicts']} conflict(s) left")
    return 0


def run(args: argparse.Namespace) -> int:
    if args.bundle_action == "export":
        return _export(args)
    if args.bundle_action == "import":
        return _import(args)
    raise UserError("expected an action: export or import / action attendue : export ou import")  # usage: 2
