"""``clinic-app letter``: render a claim letter PDF from case facts in JSON, without a database.

    clinic-app letter --input CASE.json --lang fr|en|ar --kind demand_employer|demand_driver|calculation_annex|
                      worker_summary --out FILE.pdf [--recipient dsp|client] [--today YYYY-MM-DD]

The JSON is described in docs/letters.md (example: docs/examples/letter-case.json). Exit 0 on success, 1 for
facts that were understood but are not usable (names the field), 2 for input that cannot be used at all.
Top level: standard library only (see ``clinic_app.cli``).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from clinic_app.commands._db import lang_of
from clinic_app.errors import UserError

HELP = "Render a claim letter PDF from case facts in JSON, without a database."
KINDS = ("demand_employer", "demand_driver", "calculation_annex", "worker_summary", "lawyer_worksheet")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--input", required=True, metavar="CASE.json", help="case facts in JSON ('-' reads stdin)")
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="PDF to write (replaced only when complete)")
    parser.add_argument("--lang", choices=("fr", "en", "ar"), default=None,
                        help="letter language (ar: the worker summary only); default fr, and for the worker "
                             "summary the person's preferred language")
    parser.add_argument("--kind", choices=KINDS, help="which letter (default: the demand that fits the case)")
    parser.add_argument("--recipient", choices=("dsp", "client"), default="dsp",
                        help="driver's demand: to the delivery company (dsp, default) or to the client")
    parser.add_argument("--today", metavar="YYYY-MM-DD", help="date printed on the letter (default: today)")


def run(args: argparse.Namespace) -> int:
    from clinic_app.commands.entitlements import _parse, _read
    from clinic_app.domain.errors import FieldError
    from clinic_app.letters.kinds import LetterKind
    from clinic_app.letters.letter_input import parse_letter_input
    from clinic_app.letters.render import LetterError, Recipient, render_letter

    msg_lang = args.lang if args.lang in ("fr", "en") else lang_of(args)
    today = dt.date.today()
    if args.today:
        try:
            today = dt.date.fromisoformat(args.today)
        except ValueError:
            raise UserError("--today : date AAAA-MM-JJ attendue" if msg_lang == "fr"
                            else "--today: a YYYY-MM-DD date is expected", 1) from None
    data = _parse(_read(args.input))
    try:
        case, est, clinic, recipient = parse_letter_input(data)
    except FieldError as err:
        raise UserError(err.message(msg_lang), 1) from None
    kind = LetterKind(args.kind) if args.kind else (
        LetterKind.DEMAND_DRIVER if case.driver is not None else LetterKind.DEMAND_EMPLOYER)
    json_recipient = recipient is not None
    if recipient is None and kind is LetterKind.DEMAND_DRIVER and args.recipient == "client" and case.driver:
        recipient = Recipient(case.driver.client_name, case.driver.client_address)
    lang = args.lang or "fr"
    if (args.lang is None and kind is LetterKind.WORKER_SUMMARY
            and case.person.preferred_language.value in ("fr", "en", "ar")):
        lang = case.person.preferred_language.value  # no --lang: the worker's own language ('other': French)
    try:
        letter = render_letter(case, est, clinic, kind=kind, lang=lang, recipient=recipient, today=today,
                               consent_source="json")
    except LetterError as err:
        if err.code == "recipient":  # name the field as the JSON spells it, not as the case model does
            json_field = {"warehouse.employer_legal_name": "employer.name", "driver.dsp_legal_name": "employer.name",
                          "recipient.name": "recipient.name" if json_recipient else "driver.client_name"}
            err = LetterError("recipient", field=json_field.get(err.params.get("field", ""), "employer.name"))
        raise UserError(err.message(msg_lang), 1) from None
    out = Path(args.out)
    from clinic_app.export.atomic import write_bytes_atomic

    try:
        write_bytes_atomic(out, letter.pdf)  # e.g. --out names a folder: no half-named copy is left behind
    except OSError as exc:
        raise UserError(f"{out}: {exc.strerror or type(exc).__name__}") from None
    pages = f"{letter.pages} page(s)"
    print(f"{out} — {kind.value}, {letter.lang}, {pages}, sha256 {letter.sha256}")
    if letter.preflight is not None:  # what staff must check before sending it (stderr: stdout stays one line)
        import sys

        label = "Warning: " if msg_lang == "en" else "Avertissement : "
        for text in letter.preflight.warning_texts(msg_lang):
            print(label + text, file=sys.stderr)
    return 0
