"""Hostile but validly sealed bundles: refused with a message, never a crash, nothing half-written.

Before: lone surrogates, deep JSON and integers of 2**64 and more crashed the import (exit 3); a header
asking for a huge key-derivation cost cost up to 35 s and was then reported as a wrong passphrase.
"""

from __future__ import annotations

import copy
import json
import random
import struct
import time
from pathlib import Path
from typing import Any

import pytest

from clinic_app.domain.case_json import case_to_dict
from clinic_app.export.bundle import export_bundle, import_bundle
from clinic_app.export.bundle_format import MAGIC, open_sealed, read_header, seal
from clinic_app.export.errors import BundleError, ExportError
from clinic_app.storage import CaseQuery, StorageError

from .conftest import PASSPHRASE, TEST_SCRYPT_N, fill_with_demo


def _deep(n: int) -> Any:
    value: Any = 1
    for _ in range(n):
        value = [value]
    return value


DEEP = "__deep__"  # replaced by 5,000 nested arrays in the JSON text (json.dumps itself cannot write them)

NASTY: list[Any] = ["\ud800", "a\udfffb", 2**64, -(2**70), 10**18 * 100, float("inf"), float("nan"), 1e308,
                    _deep(40), DEEP, {"x": _deep(50)}, None, True, [], {}, "", -1, 0, 3.5, "9999-99-99",
                    "2026-02-30", "x" * 1_200_000, [None] * 50, {"schema_version": 99}, "\x00\x01", "=1+1",
                    "\u202e", 2**63, -(2**63) - 1, [["a"]], {"a": {"b": {"c": "\ud83d"}}}]


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(node, dict):
        for k, v in node.items():
            out.extend(_paths(v, (*prefix, k)))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out.extend(_paths(v, (*prefix, i)))
    return out


def _set(root: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    node = root
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return root




def _seal_raw(payload: Any) -> bytes:
    """Seal ``payload`` as a hostile sender could: lone surrogates as \\ud800 escapes, Infinity/NaN, and raw
    JSON nesting deeper than Python's own encoder goes."""
    import os
    import zlib

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from clinic_app.export import bundle_format as bf

    text = json.dumps(payload, separators=(",", ":")).replace(json.dumps(DEEP), "[" * 5000 + "1" + "]" * 5000)
    salt, nonce = os.urandom(16), os.urandom(12)
    enc_key, check_key = bf._derive(PASSPHRASE, salt, TEST_SCRYPT_N, bf.SCRYPT_R, bf.SCRYPT_P)
    header = {"format": "clinic-intake-bundle", "format_version": bf.FORMAT_VERSION,
              "kdf": {"name": "scrypt", "n": TEST_SCRYPT_N, "r": bf.SCRYPT_R, "p": bf.SCRYPT_P,
                      "salt": bf._b64(salt)},
              "cipher": "AES-256-GCM", "nonce": bf._b64(nonce), "key_check": bf._b64(bf._key_check(check_key))}
    raw = json.dumps(header, sort_keys=True).encode()
    prefix = MAGIC + struct.pack(">I", len(raw)) + raw
    return prefix + AESGCM(enc_key).encrypt(nonce, zlib.compress(text.encode("utf-8", "surrogatepass")), prefix)


def test_500_malformed_sealed_bundles_never_crash_the_import(make_store: Any, tmp_path: Path) -> None:
    volunteer, coordinator = make_store("volunteer"), make_store("coordinator")
    fill_with_demo(volunteer, count=4)
    good = tmp_path / "good.clinicbundle"
    export_bundle(volunteer, good, PASSPHRASE, scrypt_n=TEST_SCRYPT_N)
    base = open_sealed(good.read_bytes(), PASSPHRASE)
    paths = _paths(base)
    rng = random.Random(2026)
    outcomes: dict[str, int] = {}
    crashes: list[str] = []
    for trial in range(500):
        payload = copy.deepcopy(base)
        for _ in range(rng.randint(1, 3)):
            path = rng.choice(paths)
            try:
                payload = _set(payload, path, rng.choice(NASTY))
            except (KeyError, IndexError, TypeError):
                continue
        bundle = tmp_path / f"hostile-{trial}.clinicbundle"
        try:
            bundle.write_bytes(_seal_raw(payload))
        except (ValueError, RecursionError):  # json cannot even write it: not a bundle anyone can send
            outcomes["unsendable"] = outcomes.get("unsendable", 0) + 1
            continue
        try:
            import_bundle(coordinator, bundle, PASSPHRASE)
            outcomes["imported"] = outcomes.get("imported", 0) + 1
        except (BundleError, ExportError, StorageError) as exc:
            key = getattr(exc, "code", type(exc).__name__)
            outcomes[key] = outcomes.get(key, 0) + 1
            assert exc.args and "Traceback" not in str(exc)
        except Exception as exc:  # noqa: BLE001 - what this test is about
            crashes.append(f"trial {trial}: {type(exc).__name__}: {str(exc)[:120]}")
        bundle.unlink()
    assert crashes == [], "\n".join(crashes[:20])
    assert sum(outcomes.values()) == 500
    assert outcomes.get("unreadable", 0) > 50, outcomes  # the refusals are named, not crashes
    with coordinator._engine.connect() as conn:  # noqa: SLF001 - and the database is sound
        assert conn.exec_driver_sql("PRAGMA quick_check").scalar() == "ok"
    for case in coordinator.iter_cases(CaseQuery(limit=None, include_deleted=True)):
        json.dumps(case_to_dict(case), default=str).encode("utf-8")  # everything stored is valid text


@pytest.mark.parametrize("value,what", [("\ud800", "lone surrogate"), (2**64, "integer"), (DEEP, "deep")])
def test_each_hostile_value_is_refused_by_name(make_store: Any, tmp_path: Path, value: Any, what: str) -> None:
    volunteer, coordinator = make_store("volunteer"), make_store("coordinator")
    fill_with_demo(volunteer, count=2)
    good = tmp_path / "good.clinicbundle"
    export_bundle(volunteer, good, PASSPHRASE, scrypt_n=TEST_SCRYPT_N)
    payload = open_sealed(good.read_bytes(), PASSPHRASE)
    payload["cases"][0]["person"]["given_name"] = value
    bad = tmp_path / "bad.clinicbundle"
    bad.write_bytes(_seal_raw(payload))
    with pytest.raises(BundleError) as err:
        import_bundle(coordinator, bad, PASSPHRASE)
    assert err.value.code == "unreadable"
    assert coordinator.count_cases() == 0  # nothing written


def _with_header(data: bytes, change: dict[str, Any]) -> bytes:
    (length,) = struct.unpack(">I", data[len(MAGIC): len(MAGIC) + 4])
    start = len(MAGIC) + 4
    header = json.loads(data[start: start + length])
    header["kdf"].update(change)
    raw = json.dumps(header, sort_keys=True).encode()
    return MAGIC + struct.pack(">I", len(raw)) + raw + data[start + length:]


@pytest.mark.parametrize("change", [{"n": 2**20}, {"n": 2**17, "p": 16}, {"n": 2**14, "r": 64, "p": 8}])
def test_a_crafted_key_derivation_cost_is_refused_at_once_as_altered(tmp_path: Path, change: dict[str, int]) -> None:
    data = seal({"format": "x"}, PASSPHRASE, scrypt_n=TEST_SCRYPT_N)
    crafted = _with_header(data, change)
    started = time.monotonic()
    with pytest.raises(BundleError) as err:
        open_sealed(crafted, PASSPHRASE)
    assert time.monotonic() - started < 2  # no key derivation was attempted
    assert err.value.code == "damaged"  # "altered", not "wrong passphrase"
    assert "altered" in str(err.value) or "altered" in err.value.message("en")
    with pytest.raises(BundleError):
        read_header(crafted)


def test_an_altered_header_with_the_right_passphrase_says_altered(tmp_path: Path) -> None:
    data = seal({"format": "x"}, PASSPHRASE, scrypt_n=TEST_SCRYPT_N)
    crafted = _with_header(data, {"extra": 1})  # any header change is caught by the cipher (AAD)
    with pytest.raises(BundleError) as err:
        open_sealed(crafted, PASSPHRASE)
    assert err.value.code == "damaged"
