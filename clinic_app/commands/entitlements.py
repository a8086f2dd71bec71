"""``clinic-app entitlements --input FILE|- [--lang fr|en]``: the engine on JSON case facts (``law/contract.md``).

The output has the input's shape: one result object for one case object, an array of results in the same
order for an array. Exit 0 when every case is valid, 1 when at least one is not (its result is
``{"error": {"field", "message"}}``; the others are still computed), 2 when the input cannot be used at all
(unreadable, not JSON, neither an object nor an array): then one line on standard error, nothing on
standard output.

Why JSON numbers are read as ``Decimal``: money is computed in ``Decimal`` (contract), and ``840.10`` must
mean 840.10, not the nearest binary float; reading integers as ``Decimal`` too means a 5,000-digit number
in one case is refused by that case's validation instead of aborting the whole file (Python's
integer-string limit). Top level: standard library only (see ``clinic_app.cli``); the domain is imported in
:func:`run`, and it imports neither Qt, SQLAlchemy nor ReportLab.
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from typing import Any

from clinic_app.errors import UserError

HELP = "Compute entitlements (Quebec LNT or Canada Labour Code) for case facts in JSON; see docs/law.md."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--input", "-i", required=True, metavar="FILE",
                        help="JSON file with one case object or an array of them; - reads standard input")
    parser.add_argument("--lang", choices=("fr", "en"), default="fr",
                        help="language of the explanation and of error messages (default: %(default)s)")


def _read(path: str) -> bytes:
    try:
        if path == "-":
            return sys.stdin.buffer.read()
        with open(path, "rb") as fh:
            return fh.read()
    except FileNotFoundError:
        raise UserError(f"input file not found: {path}") from None
    except IsADirectoryError:
        raise UserError(f"input is a folder, not a file: {path}") from None
    except OSError as exc:
        raise UserError(f"cannot read the input ({exc.strerror or type(exc).__name__}): {path}") from None


def _parse(raw: bytes) -> Any:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(f"the input is not UTF-8 text (byte {exc.start})") from None
    try:
        return json.loads(text, parse_float=Decimal, parse_int=Decimal)
    except json.JSONDecodeError as exc:
        raise UserError(f"the input is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    except (ValueError, RecursionError) as exc:
        raise UserError(f"the input is not usable JSON ({type(exc).__name__})") from None


def run(args: argparse.Namespace) -> int:
    import datetime as dt

    from clinic_app.domain.contract import evaluate

    data = _parse(_read(args.input))
    today = dt.date.today()  # the default assessment date (as_of) of every case in this run
    if isinstance(data, dict):
        result: Any = evaluate(data, args.lang, today=today)
        invalid = "error" in result
    elif isinstance(data, list):
        result = [evaluate(item, args.lang, today=today) for item in data]
        invalid = any("error" in r for r in result)
    else:
        raise UserError("the input must be a JSON object (one case) or an array of cases")
    if isinstance(result, dict):
        out = json.dumps(result, indent=2)
    elif result:  # one result per line: readable, diffable, and as fast as a single dumps
        out = "[\n" + ",\n".join(map(json.dumps, result)) + "\n]"
    else:
        out = "[]"
    sys.stdout.write(out + "\n")
    sys.stdout.flush()
    return 1 if invalid else 0
