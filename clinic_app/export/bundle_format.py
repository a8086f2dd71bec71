"""The encrypted case bundle file: a versioned header, then the cases sealed with AES-256-GCM.

Layout (all integers big-endian)::

    b"CLINICBNDL"            10 bytes  magic: "this is a Clinic Intake bundle"
    header length            4 bytes
    header                   UTF-8 JSON: format_version, kdf (scrypt n/r/p and salt), cipher, nonce,
                             key_check
    ciphertext + GCM tag     zlib-compressed UTF-8 JSON payload (cases and establishments)

Format 2 (written since issue 22) keeps the magic and the header, and seals the payload in frames::

    frame                    1 byte flag (1: last frame, else 0), 4 bytes length, ciphertext + GCM tag
    ...                      frame 0: the payload without its cases; then frames of about 1,000 cases

Each frame is its own AES-GCM message under the same key: nonce = the header's first 8 nonce bytes + the
frame's index (4 bytes), associated data = header prefix + index + flag. So frames cannot be reordered,
dropped or replayed, and a file cut after any frame lacks its last-flagged frame and is refused as
truncated. Why frames: a writer holds one frame, never the whole payload (1M cases sealed at once held
gigabytes). Format 1 files (one sealed payload) are still read.

Why these choices:

* The header is plain so that a bundle from a *newer* format version can be refused with a clear message
  before any passphrase work, but it is authenticated as the cipher's associated data (AAD): changing a
  single header byte (say, lowering the scrypt cost or the version) makes decryption fail.
* scrypt is memory-hard: a stolen USB stick's bundle cannot be brute-forced cheaply on GPUs. Its cost is a
  parameter (tests use a small one; files carry theirs, so any cost decrypts).
* ``key_check`` (16 bytes of an HMAC under a second key derived from the passphrase) tells a wrong
  passphrase apart from a damaged file, so the message can say which. It gives an attacker nothing the
  ciphertext does not already give: both need the scrypt work per guess.
* Any failure raises :class:`BundleError` with a bilingual message; nothing is ever half-read.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import os
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from clinic_app.export.errors import BundleError

__all__ = ["BundleError", "BundleHeader", "BundleKey", "FramedWriter", "open_parts", "open_sealed", "read_header",
           "read_parts", "seal"]

MAGIC = b"CLINICBNDL"
FORMAT_VERSION = 1  # one sealed payload (still read; :func:`seal` still writes it, for tests and tools)
FRAMED_VERSION = 2  # frames of about FRAME_CASES cases (what export_bundle writes)
NEWEST_VERSION = FRAMED_VERSION
FRAME_CASES = 1000
MAX_FRAME = 256 * 1024 * 1024  # sealed bytes of one frame; 1,000 cases take about a megabyte
#: Production scrypt cost: 2**17 x 8 x 128 bytes = 128 MiB of memory, about half a second on a laptop.
DEFAULT_SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
MAX_HEADER = 64 * 1024
MAX_PAYLOAD = 2 * 1024**3  # decompressed; 100,000 cases take well under this
#: The most scrypt work (n x r x p) and memory (128 x n x r bytes) a header may ask for: 4 times what this
#: program writes. A crafted header asking for more (35 s of key derivation) is refused before any work,
#: as altered: no honest bundle asks for it.
MAX_KDF_WORK = 4 * DEFAULT_SCRYPT_N * SCRYPT_R * SCRYPT_P
MAX_KDF_MEMORY = 256 * 1024 * 1024
#: Bounds on the sealed JSON: a validly sealed bundle is not necessarily a sane one (a peer's laptop may be
#: compromised, or the passphrase shared too widely).
MAX_DEPTH = 32
MAX_STRING = 1_000_000  # characters; a case's longest text (notes) is far below
#: An attachment's base64 text (25 MB of file, 4/3 in base64): the one string allowed above MAX_STRING.
MAX_ATTACHMENT_STRING = 36_000_000
MAX_INT_DIGITS = 18  # below 2**63: every integer fits SQLite's INTEGER


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, what: str) -> bytes:
    try:
        return base64.b64decode(str(text), validate=True)
    except (ValueError, TypeError):
        raise _damaged(f"header field {what}") from None


def _damaged(detail: str = "") -> BundleError:
    """One message for every damaged file: the detail helps support, the advice is the same."""
    suffix = f" ({detail})" if detail else ""
    return BundleError(
        "damaged",
        "le paquet est endommagé, tronqué ou a été modifié : demandez-en une nouvelle copie" + suffix,
        "the bundle is damaged, truncated or was altered: ask for a new copy" + suffix)


def wrong_passphrase() -> BundleError:
    return BundleError("passphrase", "phrase de passe du paquet incorrecte",
                       "wrong bundle passphrase")


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    if not passphrase:
        raise BundleError("empty_passphrase", "la phrase de passe du paquet est vide",
                          "the bundle passphrase is empty")
    try:
        key = hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=64,
                             maxmem=256 * 1024 * 1024 + 1024 * r * 1024)
    except (ValueError, MemoryError):
        raise _damaged("key derivation parameters") from None
    return key[:32], key[32:]


def _key_check(check_key: bytes) -> bytes:
    return hmac.new(check_key, b"clinic-bundle-key-check-v1", hashlib.sha256).digest()[:16]


def changed_file() -> BundleError:
    """The file read again is not the one previewed (another file, or the same cases sealed again)."""
    return BundleError(
        "changed",
        "le fichier du paquet a changé depuis l'aperçu : refaites l'aperçu ; rien n'a été importé",
        "the bundle file changed since the preview: preview again; nothing was imported")


def _new_prefix(passphrase: str, scrypt_n: int, version: int) -> tuple[bytes, bytes, bytes]:
    """A fresh salt and nonce, the key derived from ``passphrase``, and the clear prefix (magic, length, header:
    the associated data of every sealed part) of a bundle of format ``version``: (prefix, key, nonce)."""
    salt = os.urandom(16)
    nonce = os.urandom(12)
    enc_key, check_key = _derive(passphrase, salt, scrypt_n, SCRYPT_R, SCRYPT_P)
    header = {
        "format": "clinic-intake-bundle",
        "format_version": version,
        "kdf": {"name": "scrypt", "n": scrypt_n, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt)},
        "cipher": "AES-256-GCM",
        "nonce": _b64(nonce),
        "key_check": _b64(_key_check(check_key)),
    }
    header_bytes = json.dumps(header, sort_keys=True).encode("utf-8")
    return MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes, enc_key, nonce


def seal(payload: dict[str, Any], passphrase: str, *, scrypt_n: int = DEFAULT_SCRYPT_N) -> bytes:
    """The bundle bytes of ``payload`` (a JSON-able dict) encrypted under ``passphrase``."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    prefix, enc_key, nonce = _new_prefix(passphrase, scrypt_n, FORMAT_VERSION)
    plain = zlib.compress(json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8"), 6)
    return prefix + AESGCM(enc_key).encrypt(nonce, plain, prefix)


@dataclass(frozen=True, slots=True)
class BundleKey:
    """The cipher key derived from a bundle's passphrase, bound to the header it was derived for.

    Why keep this rather than the passphrase between a preview and its import: the file is read again at
    Import (and a third time when duplicates are looked for), and each reading used to run scrypt again
    (128 MiB and about half a second, by design) from a passphrase held meanwhile in memory. This key opens
    only bundles sealed under the same salt and cost (this file: the salt is random per bundle) and tells
    nothing of the passphrase, which a person may use elsewhere; it opens nothing the passphrase did not. The
    header's ``key_check`` is kept too, so a file sealed again under another key is refused as changed.
    """

    salt: bytes
    cost: tuple[int, int, int]  # scrypt n, r, p
    key_check: bytes
    enc_key: bytes = field(repr=False)

    def fits(self, header: BundleHeader) -> bool:
        """Whether ``header`` is the one this key was derived for (same salt, cost and key check)."""
        return (self.cost == (header.scrypt_n, header.scrypt_r, header.scrypt_p)
                and hmac.compare_digest(self.salt, header.salt)
                and hmac.compare_digest(self.key_check, header.key_check))


@dataclass(frozen=True, slots=True)
class BundleHeader:
    format_version: int
    scrypt_n: int
    scrypt_r: int
    scrypt_p: int
    salt: bytes
    nonce: bytes
    key_check: bytes
    prefix: bytes  # magic + length + header bytes: the AAD
    body_offset: int


def read_header(data: bytes) -> BundleHeader:
    """Parse and check the plain header; refuses files that are not bundles or are from a newer version."""
    if not data.startswith(MAGIC):
        if MAGIC.startswith(data[: len(MAGIC)]) and len(data) < len(MAGIC):
            raise _damaged("truncated")
        raise BundleError("not_bundle", "ce fichier n'est pas un paquet de dossiers Clinic Intake",
                          "this file is not a Clinic Intake case bundle")
    if len(data) < len(MAGIC) + 4:
        raise _damaged("truncated header")
    (length,) = struct.unpack(">I", data[len(MAGIC): len(MAGIC) + 4])
    start = len(MAGIC) + 4
    if length > MAX_HEADER or len(data) < start + length:
        raise _damaged("truncated header")
    try:
        header = json.loads(data[start: start + length].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _damaged("header") from None
    if not isinstance(header, dict) or header.get("format") != "clinic-intake-bundle":
        raise _damaged("header")
    version = header.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _damaged("format version")
    if version > NEWEST_VERSION:
        raise BundleError(
            "newer_version",
            f"ce paquet vient d'une version plus récente de Clinic Intake (format {version}, ce programme lit "
            f"jusqu'au format {NEWEST_VERSION}) : mettez le programme à jour, rien n'a été importé",
            f"this bundle was made by a newer version of Clinic Intake (format {version}, this program reads "
            f"up to {NEWEST_VERSION}): update the program; nothing was imported")
    kdf = header.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != "scrypt" or header.get("cipher") != "AES-256-GCM":
        raise _damaged("unknown cipher or key derivation")
    params = []
    for name, low, high in (("n", 2, 2**22), ("r", 1, 64), ("p", 1, 16)):
        value = kdf.get(name)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise _damaged(f"kdf {name}")
        params.append(value)
    n, r, p = params
    if n & (n - 1):
        raise _damaged("kdf n")
    if n * r * p > MAX_KDF_WORK or 128 * n * r > MAX_KDF_MEMORY:
        raise _damaged("key derivation cost")
    nonce = _unb64(header.get("nonce"), "nonce")
    salt = _unb64(kdf.get("salt"), "salt")
    check = _unb64(header.get("key_check"), "key_check")
    if len(nonce) != 12 or len(salt) < 8 or len(check) != 16:
        raise _damaged("header")
    return BundleHeader(version, n, r, p, salt, nonce, check, data[: start + length], start + length)


def _inflate(plain: bytes) -> str:
    try:
        inflater = zlib.decompressobj()
        text = inflater.decompress(plain, MAX_PAYLOAD)
        if inflater.unconsumed_tail:
            raise _damaged("too large")
        return text.decode("utf-8")
    except (zlib.error, UnicodeDecodeError):
        raise _damaged("content") from None


def open_sealed(data: bytes, passphrase: str) -> dict[str, Any]:
    """The payload of bundle ``data`` (format 1 or 2); :class:`BundleError` for any file that is not exactly
    what was sealed (a framed file's cases are gathered back into ``payload["cases"]``)."""
    parts = read_parts(io.BytesIO(data), passphrase)
    _digest, payload = next(parts)
    if "cases" in payload:  # format 1: one payload, its cases included
        for _part in parts:
            pass
        return payload
    cases: list[Any] = []
    for _digest, part in parts:
        cases.extend(part["cases"])
    payload["cases"] = cases
    return payload


_FRAME_HEAD = struct.Struct(">BI")


def _frame_nonce(header_nonce: bytes, index: int) -> bytes:
    return header_nonce[:8] + struct.pack(">I", index)


def _frame_aad(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if last else 0)


def _read_header(fh: BinaryIO) -> BundleHeader:
    """The plain header read from the start of ``fh`` (no more than the header is read)."""
    start = fh.read(len(MAGIC) + 4)
    if start.startswith(MAGIC) and len(start) == len(MAGIC) + 4:
        (length,) = struct.unpack(">I", start[len(MAGIC):])
        start += fh.read(min(length, MAX_HEADER + 1))
    return read_header(start)


def read_parts(fh: BinaryIO, passphrase: str | BundleKey) -> Iterator[tuple[bytes, dict[str, Any]]]:
    """A bundle read from ``fh`` part by part (see :func:`open_parts`); nothing is read before the first part."""
    _key, parts = open_parts(fh, passphrase)
    yield from parts


def open_parts(fh: BinaryIO, secret: str | BundleKey) -> tuple[BundleKey, Iterator[tuple[bytes, dict[str, Any]]]]:
    """The key of the bundle in ``fh`` and its parts, read one at a time: ``(SHA-256 of the part's sealed
    bytes, its payload)``.

    ``secret``: the passphrase (scrypt runs here, once), or the :class:`BundleKey` an earlier reading of the
    same file gave (no derivation; a header it does not fit is refused as ``changed``).

    Why: an import reads a bundle of a million cases twice (preview, then import) holding one frame at a
    time; the digests let the second reading check that the file is still the one previewed. The first
    part is the payload without its cases (format 2: frame 0) or the whole payload (format 1, read whole:
    one sealed block); then, for format 2, one part per frame, each ``{"cases": [...]}``. Each frame is
    authenticated before it is parsed; the last one is checked to be there (a file cut between frames is
    refused as truncated) and to end the file. A wrong passphrase is told apart from a damaged file before
    anything else is read.
    """
    header = _read_header(fh)
    if isinstance(secret, BundleKey):
        if not secret.fits(header):
            raise changed_file()
        key = secret
    else:
        enc_key, check_key = _derive(secret, header.salt, header.scrypt_n, header.scrypt_r, header.scrypt_p)
        if not hmac.compare_digest(_key_check(check_key), header.key_check):
            raise wrong_passphrase()
        key = BundleKey(header.salt, (header.scrypt_n, header.scrypt_r, header.scrypt_p), header.key_check, enc_key)
    return key, _parts(fh, header, key)


def _parts(fh: BinaryIO, header: BundleHeader, key: BundleKey) -> Iterator[tuple[bytes, dict[str, Any]]]:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    cipher = AESGCM(key.enc_key)
    if header.format_version != FRAMED_VERSION:
        body = fh.read(MAX_PAYLOAD + 1)
        if len(body) < 16:
            raise _damaged("truncated")
        try:
            plain = cipher.decrypt(header.nonce, body, header.prefix)
        except InvalidTag:
            raise _damaged() from None
        yield hashlib.sha256(body).digest(), parse_payload(_inflate(plain))
        return
    index = 0
    while True:
        head = fh.read(_FRAME_HEAD.size)
        if len(head) < _FRAME_HEAD.size:
            raise _damaged("truncated")
        flag, length = _FRAME_HEAD.unpack(head)
        if flag not in (0, 1) or not 16 <= length <= MAX_FRAME:
            raise _damaged(f"frame {index}")
        sealed = fh.read(length)
        if len(sealed) < length:
            raise _damaged("truncated")
        try:
            plain = cipher.decrypt(_frame_nonce(header.nonce, index), sealed,
                                   _frame_aad(header.prefix, index, flag == 1))
        except InvalidTag:
            raise _damaged(f"frame {index}") from None
        digest = hashlib.sha256(sealed).digest()
        del sealed
        payload = parse_payload(_inflate(plain))
        if index > 0 and (set(payload) != {"cases"} or not isinstance(payload["cases"], list)):
            raise _damaged("frame content")
        if index == 0 and "cases" in payload:
            raise _damaged("frame content")
        if flag == 1 and fh.read(1):
            raise _damaged("data after the last frame")
        yield digest, payload
        if flag == 1:
            return
        index += 1


class FramedWriter:
    """Writes a format-2 bundle to ``fh`` frame by frame: :meth:`add_cases` per ~1,000 cases, then :meth:`close`.

    The first frame is the payload without its cases; one frame of cases is held back until the next
    arrives, so the last can be flagged as such.
    """

    def __init__(self, fh: Any, head: dict[str, Any], passphrase: str, *, scrypt_n: int = DEFAULT_SCRYPT_N) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._prefix, enc_key, self._nonce = _new_prefix(passphrase, scrypt_n, FRAMED_VERSION)
        self._cipher = AESGCM(enc_key)
        self._fh = fh
        self._index = 0
        self._held: list[Any] | None = None
        fh.write(self._prefix)
        self._frame({k: v for k, v in head.items() if k != "cases"}, last=False)

    def _frame(self, payload: dict[str, Any], *, last: bool) -> None:
        plain = zlib.compress(json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8"), 6)
        sealed = self._cipher.encrypt(_frame_nonce(self._nonce, self._index),
                                      plain, _frame_aad(self._prefix, self._index, last))
        self._fh.write(_FRAME_HEAD.pack(1 if last else 0, len(sealed)) + sealed)
        self._index += 1

    def add_cases(self, cases: list[Any]) -> None:
        if self._held is not None:
            self._frame({"cases": self._held}, last=False)
        self._held = cases

    def close(self) -> None:
        """Write the held frame as the last one (an empty one when no case was added)."""
        self._frame({"cases": self._held or []}, last=True)
        self._held = None


class _Refused(ValueError):
    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise _Refused("integer out of range")
    return int(text)


def _finite_float(text: str) -> float:
    value = float(text)
    if value != value or value in (float("inf"), float("-inf")):
        raise _Refused("number out of range")
    return value


def _no_constant(name: str) -> Any:
    raise _Refused(f"number {name}")


def _check_tree(root: Any) -> None:
    """Depth, string validity (no lone surrogate: it cannot be stored) and sizes, walked without recursion.

    The ``data`` of each item of the top-level ``attachments`` list (base64) has its own, larger bound.
    """
    stack: list[tuple[Any, int]] = [(root, 1)]
    files = root.get("attachments") if isinstance(root, dict) else None
    if isinstance(files, list):
        stack = [pair for k, v in root.items() if k != "attachments" for pair in ((k, 1), (v, 2))]
        for item in files:
            if not isinstance(item, dict):
                raise _Refused("attachment")
            data = item.get("data")
            if not isinstance(data, str) or len(data) > MAX_ATTACHMENT_STRING or not data.isascii():
                raise _Refused("attachment too large")
            stack.append(({k: v for k, v in item.items() if k != "data"}, 2))
    while stack:
        value, depth = stack.pop()
        if isinstance(value, str):
            if len(value) > MAX_STRING:
                raise _Refused("text too long")
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise _Refused("invalid text (lone surrogate)") from None
        elif isinstance(value, dict):
            if depth > MAX_DEPTH:
                raise _Refused("nesting too deep")
            for key, item in value.items():
                stack.append((key, depth))
                stack.append((item, depth + 1))
        elif isinstance(value, list):
            if depth > MAX_DEPTH:
                raise _Refused("nesting too deep")
            stack.extend((item, depth + 1) for item in value)


def _refused(what: str) -> BundleError:
    return BundleError(
        "unreadable",
        f"le paquet contient une donnée que ce programme refuse de lire ({what}) : rien n'a été importé",
        f"the bundle holds data this program refuses to read ({what}); nothing was imported")


def parse_payload(text: str) -> dict[str, Any]:
    """The payload JSON, bounded: integers that fit SQLite, finite numbers, valid text, limited nesting.

    A refusal is :class:`BundleError` ``unreadable`` (the bundle is authentic but holds what no version of
    this program writes), never a crash.
    """
    try:
        payload = json.loads(text, parse_int=_bounded_int, parse_float=_finite_float,
                             parse_constant=_no_constant)
        _check_tree(payload)
    except _Refused as exc:
        raise _refused(exc.what) from None
    except RecursionError:
        raise _refused("nesting too deep") from None
    except (json.JSONDecodeError, ValueError):
        raise _damaged("content") from None
    if not isinstance(payload, dict):
        raise _damaged("content")
    return payload
