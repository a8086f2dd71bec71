"""The sealed bundle file: round trip, and every way a file can be wrong is refused with a clear message."""

from __future__ import annotations

import json
import struct

import pytest

from clinic_app.export import bundle_format as bf
from clinic_app.export.errors import BundleError

N = 2**10  # a cheap scrypt cost for tests; files carry their own cost, so any cost decrypts
PAYLOAD = {"cases": [{"uuid": "u1", "name": "Hélène Côté", "amount": "1234.56"}], "n": 1}


def _sealed(passphrase: str = "correct horse") -> bytes:
    return bf.seal(PAYLOAD, passphrase, scrypt_n=N)


def _code(data: bytes, passphrase: str = "correct horse") -> str:
    with pytest.raises(BundleError) as err:
        bf.open_sealed(data, passphrase)
    assert err.value.message("fr") and err.value.message("en")
    assert err.value.message("fr") != err.value.message("en")
    return err.value.code


def test_round_trip_and_nothing_readable_in_clear() -> None:
    data = _sealed()
    assert data.startswith(bf.MAGIC)
    assert bf.open_sealed(data, "correct horse") == PAYLOAD
    assert "Hélène".encode() not in data
    # (markers long enough that random ciphertext cannot hold them by chance: a bare b"u1" is in about one
    # sealed file in a hundred, which made this test fail now and then)
    assert b"1234.56" not in data and b'"uuid"' not in data and b'"u1"' not in data
    header = bf.read_header(data)
    assert header.format_version == bf.FORMAT_VERSION and header.scrypt_n == N
    assert _sealed() != data  # fresh salt and nonce each time


def test_production_cost_is_memory_hard() -> None:
    assert bf.DEFAULT_SCRYPT_N * bf.SCRYPT_R * 128 >= 64 * 1024 * 1024  # at least 64 MiB per guess


def test_wrong_passphrase() -> None:
    assert _code(_sealed(), "Correct horse") == "passphrase"
    assert _code(_sealed(), "") == "empty_passphrase"


@pytest.mark.parametrize("keep", [0, 3, 10, 13, 40, -17, -1])
def test_truncated(keep: int) -> None:
    data = _sealed()
    cut = data[:keep] if keep >= 0 else data[:keep]
    assert _code(cut) == "damaged"


def test_every_flipped_byte_is_refused() -> None:
    data = _sealed()
    header_end = bf.read_header(data).body_offset
    positions = list(range(0, len(data), max(1, len(data) // 60))) + [header_end - 2, header_end, len(data) - 1]
    for pos in positions:
        bad = bytearray(data)
        bad[pos] ^= 0x01
        code = _code(bytes(bad))
        # a changed salt or key check looks like a wrong passphrase; everything else is "damaged"
        assert code in ("damaged", "passphrase", "not_bundle"), (pos, code)
        if pos >= header_end:
            assert code == "damaged", pos


def _with_header(data: bytes, **changes: object) -> bytes:
    start = len(bf.MAGIC) + 4
    (length,) = struct.unpack(">I", data[len(bf.MAGIC):start])
    header = json.loads(data[start:start + length])
    header.update(changes)
    raw = json.dumps(header).encode()
    return bf.MAGIC + struct.pack(">I", len(raw)) + raw + data[start + length:]


def test_newer_format_refused_before_any_key_work() -> None:
    data = _with_header(_sealed(), format_version=bf.NEWEST_VERSION + 1)
    with pytest.raises(BundleError) as err:
        bf.open_sealed(data, "anything at all")
    assert err.value.code == "newer_version"
    assert "mettez le programme à jour" in err.value.message("fr")
    assert "update the program" in err.value.message("en")


def test_header_is_authenticated() -> None:
    # lowering the declared cost (or any header change) breaks decryption even with the right passphrase
    data = _with_header(_sealed(), cipher="AES-256-GCM", extra="x")
    assert _code(data) == "damaged"


def test_not_a_bundle_and_hostile_parameters() -> None:
    assert _code(b"%PDF-1.7 not a bundle at all") == "not_bundle"
    assert _code(_with_header(_sealed(), kdf={"name": "scrypt", "n": 2**22, "r": 64, "p": 16,
                                              "salt": "AAAAAAAAAAAAAAAAAAAAAA=="})) == "damaged"
    assert _code(_with_header(_sealed(), nonce="not base64!")) == "damaged"
    assert _code(_with_header(_sealed(), format_version="1")) == "damaged"
