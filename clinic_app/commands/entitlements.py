"""``clinic-app entitlements --input FILE|- [--jsonl] [--lang fr|en]``: the engine on JSON case facts.

The output has the input's shape: one result object for one case object, an array of results in the same
order for an array, one result line per case line with ``--jsonl`` (JSON Lines). Exit 0 when every case is
valid, 1 when at least one is not (its result is ``{"error": {"field", "message"}}``; the others are still
computed), 2 when the input cannot be used at all (unreadable, not JSON, neither an object nor an array):
then one line on standard error, and nothing on standard output unless the fault lies past the first
megabytes of a large array (see below).

Why streaming: an array is read and answered case by case (``json.JSONDecoder.raw_decode`` over a sliding
window of the file), and results leave in blocks of about a megabyte, so memory stays flat whatever the
number of cases (100,000 cases held 1.2 GB when the whole file and the whole answer sat in memory). The
price: a syntax error found after the first block was written leaves that partial output behind; the
status is still 2 and the message names the line and column.

Why JSON numbers are read as ``Decimal``: money is computed in ``Decimal`` (contract), and ``840.10`` must
mean 840.10, not the nearest binary float; reading integers as ``Decimal`` too means a 5,000-digit number
in one case is refused by that case's validation instead of aborting the whole file (Python's
integer-string limit). Top level: standard library only (see ``clinic_app.cli``); the domain is imported in
:func:`run`, and it imports neither Qt, SQLAlchemy nor ReportLab.
"""

from __future__ import annotations

import argparse
import codecs
import json
import sys
from collections.abc import Callable
from decimal import Decimal
from typing import Any, BinaryIO

from clinic_app.errors import UserError

HELP = "Compute entitlements (Quebec LNT or Canada Labour Code) for case facts in JSON; see docs/law.md."


#: Output is held back until it reaches this size, so a small input with a syntax error prints nothing.
FLUSH_BYTES = 1 << 20
#: How much of the input is read at a time.
CHUNK_BYTES = 1 << 20


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--input", "-i", required=True, metavar="FILE",
                        help="JSON file with one case object or an array of them; - reads standard input")
    parser.add_argument("--jsonl", action="store_true",
                        help="JSON Lines: one case object per line in, one result per line out")
    parser.add_argument("--lang", choices=("fr", "en"), default="fr",
                        help="language of the explanation and of error messages (default: %(default)s)")


def _open(path: str) -> BinaryIO:
    try:
        if path == "-":
            return sys.stdin.buffer
        return open(path, "rb")  # noqa: SIM115 - closed by run()
    except FileNotFoundError:
        raise UserError(f"input file not found: {path}") from None
    except IsADirectoryError:
        raise UserError(f"input is a folder, not a file: {path}") from None
    except OSError as exc:
        raise UserError(f"cannot read the input ({exc.strerror or type(exc).__name__}): {path}") from None


def _read(path: str) -> bytes:
    """The whole input (``letter`` reads its one case this way)."""
    fh = _open(path)
    try:
        return _read_chunk(fh, path)
    finally:
        if fh is not sys.stdin.buffer:
            fh.close()


def _read_chunk(fh: BinaryIO, path: str, size: int = -1) -> bytes:
    try:
        return fh.read(size)
    except IsADirectoryError:
        raise UserError(f"input is a folder, not a file: {path}") from None
    except OSError as exc:
        raise UserError(f"cannot read the input ({exc.strerror or type(exc).__name__}): {path}") from None


def _parse(raw: bytes) -> Any:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(f"the input is not UTF-8 text (byte {exc.start})") from None
    return _loads(text)


def _loads(text: str) -> Any:
    try:
        return json.loads(text, parse_float=Decimal, parse_int=Decimal)
    except json.JSONDecodeError as exc:
        raise UserError(f"the input is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    except (ValueError, RecursionError) as exc:
        raise UserError(f"the input is not usable JSON ({type(exc).__name__})") from None


_DECODER = json.JSONDecoder(parse_float=Decimal, parse_int=Decimal)
_WS = " \t\n\r"


class _Text:
    """The input decoded a chunk at a time, with the line and column of the window's start kept for messages."""

    def __init__(self, fh: BinaryIO, path: str, first: bytes) -> None:
        self._fh, self._path = fh, path
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self._bytes_seen = 0
        self.buf = ""
        self.pos = 0
        self.eof = False
        self._line, self._col = 1, 0  # position of buf[0] in the whole text
        self._feed(first)

    def _feed(self, raw: bytes) -> None:
        final = not raw
        try:
            self.buf += self._decoder.decode(raw, final)
        except UnicodeDecodeError as exc:
            raise UserError(f"the input is not UTF-8 text (byte {self._bytes_seen + exc.start})") from None
        self._bytes_seen += len(raw)
        self.eof = final

    def more(self) -> bool:
        """Read the next chunk; False at the end of the input."""
        if self.eof:
            return False
        self._drop_consumed()
        self._feed(_read_chunk(self._fh, self._path, CHUNK_BYTES))
        return True

    def _drop_consumed(self) -> None:
        done = self.buf[:self.pos]
        newlines = done.count("\n")
        if newlines:
            self._line += newlines
            self._col = len(done) - done.rindex("\n") - 1
        else:
            self._col += len(done)
        self.buf = self.buf[self.pos:]
        self.pos = 0

    def skip_ws(self) -> str:
        """The next character that is not white space ("" at the end), ``pos`` left on it."""
        while True:
            buf, pos = self.buf, self.pos
            while pos < len(buf) and buf[pos] in _WS:
                pos += 1
            self.pos = pos
            if pos < len(buf):
                return buf[pos]
            if not self.more():
                return ""

    def where(self, pos: int) -> tuple[int, int]:
        """Line and column (1-based) of ``buf[pos]`` in the whole input."""
        before = self.buf[:pos]
        newlines = before.count("\n")
        if newlines:
            return self._line + newlines, len(before) - before.rindex("\n")
        return self._line, self._col + len(before) + 1

    def fail(self, msg: str, pos: int) -> UserError:
        line, col = self.where(pos)
        return UserError(f"the input is not valid JSON: {msg} (line {line}, column {col})")

    def value(self) -> Any:
        """The JSON value starting at ``pos``; reads further chunks until it is whole."""
        while True:
            try:
                item, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if self.more():
                    continue
                raise self.fail(exc.msg, exc.pos) from None
            except (ValueError, RecursionError) as exc:
                raise UserError(f"the input is not usable JSON ({type(exc).__name__})") from None
            self.pos = end
            return item


class _Out:
    """Standard output written in blocks of about :data:`FLUSH_BYTES`."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._size = 0

    def write(self, text: str) -> None:
        self._parts.append(text)
        self._size += len(text)
        if self._size >= FLUSH_BYTES:
            self.flush()

    def flush(self) -> None:
        sys.stdout.write("".join(self._parts))
        sys.stdout.flush()
        self._parts.clear()
        self._size = 0


def _stream_array(text: _Text, evaluate: Callable[[Any], dict[str, Any]], out: _Out) -> bool:
    """Evaluate the array whose ``[`` is at ``text.pos``, writing each result as it comes; True if one was invalid."""
    text.pos += 1
    invalid = False
    first = True
    ch = text.skip_ws()
    if ch == "]":
        text.pos += 1
        out.write("[]")
        return False
    while True:
        if ch == "":
            raise text.fail("Expecting value", text.pos)
        result = evaluate(text.value())
        invalid = invalid or "error" in result
        out.write(("[\n" if first else ",\n") + json.dumps(result))
        first = False
        ch = text.skip_ws()
        if ch == ",":
            text.pos += 1
            ch = text.skip_ws()
            continue
        if ch == "]":
            text.pos += 1
            out.write("\n]")
            return invalid
        raise text.fail("Expecting ',' delimiter", text.pos)


def _jsonl(fh: BinaryIO, path: str, lang: str, evaluate: Callable[[Any], dict[str, Any]], out: _Out) -> bool:
    """One case per line in, one result per line out; a line that is not JSON gets an error result naming it."""
    invalid = False
    number = 0
    try:
        for number, raw in enumerate(fh, start=1):  # noqa: B007 - number is read after the loop too
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                result = _line_error(number, lang, "utf8", exc.start + 1)
            else:
                if not line.strip():
                    continue
                try:
                    result = evaluate(_DECODER.decode(line))
                except json.JSONDecodeError as exc:
                    result = _line_error(number, lang, "json", exc.colno, exc.msg)
                except (ValueError, RecursionError):
                    result = _line_error(number, lang, "json", 1, "unusable")
            invalid = invalid or "error" in result
            out.write(json.dumps(result) + "\n")
    except OSError as exc:
        raise UserError(f"cannot read the input ({exc.strerror or type(exc).__name__}): {path}") from None
    return invalid


def _line_error(number: int, lang: str, kind: str, column: int, detail: str = "") -> dict[str, Any]:
    """The result of a JSON Lines line that holds no usable case, in the contract's error shape."""
    if kind == "utf8":
        text = (f"ligne {number}, colonne {column} : ce n'est pas du texte UTF-8" if lang == "fr"
                else f"line {number}, column {column}: not UTF-8 text")
    else:
        text = (f"ligne {number}, colonne {column} : JSON non valide ({detail})" if lang == "fr"
                else f"line {number}, column {column}: not valid JSON ({detail})")
    return {"error": {"field": f"line {number}", "message": text}}


def run(args: argparse.Namespace) -> int:
    import datetime as dt

    from clinic_app.domain.contract import evaluate

    today = dt.date.today()  # the default assessment date (as_of) of every case in this run
    lang = args.lang

    def one(item: Any) -> dict[str, Any]:
        return evaluate(item, lang, today=today)

    out = _Out()
    fh = _open(args.input)
    try:
        if args.jsonl:
            invalid = _jsonl(fh, args.input, lang, one, out)
        else:
            invalid = _run_json(fh, args.input, one, out)
    finally:
        if fh is not sys.stdin.buffer:
            fh.close()
    out.flush()
    return 1 if invalid else 0


def _run_json(fh: BinaryIO, path: str, one: Callable[[Any], dict[str, Any]], out: _Out) -> bool:
    """An array streamed case by case, or one object; True when a case was invalid."""
    text = _Text(fh, path, _read_chunk(fh, path, CHUNK_BYTES))
    ch = text.skip_ws()
    if ch == "":
        raise text.fail("Expecting value", text.pos)
    if ch == "[":
        invalid = _stream_array(text, one, out)
        result: dict[str, Any] | None = None
    else:
        data = text.value()
        if not isinstance(data, dict):
            raise UserError("the input must be a JSON object (one case) or an array of cases")
        result = one(data)
        invalid = "error" in result
    if text.skip_ws() != "":
        raise text.fail("Extra data", text.pos)
    out.write("\n" if result is None else json.dumps(result, indent=2) + "\n")
    return invalid
