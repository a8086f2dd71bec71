"""Bundles sealed in frames (format 2): round trip over many frames, format 1 still imported, a cut or altered
frame refused with a clear message and nothing imported."""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any

import pytest

from clinic_app.export import bundle as bundle_module
from clinic_app.export import bundle_format as bf
from clinic_app.export.bundle import import_bundle
from clinic_app.storage import CaseQuery

from .conftest import PASSPHRASE, TEST_SCRYPT_N, fill_with_demo
from .test_export_bundle_store import _cases, _refused, _send


@pytest.fixture
def framed(make_store: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any, Path]:
    """A 45-case laptop sent in frames of 10 cases (frame 0: the rest of the payload; 5 frames of cases)."""
    monkeypatch.setattr(bundle_module, "FRAME_CASES", 10)
    volunteer = make_store("volunteer")
    fill_with_demo(volunteer, count=45)
    path = tmp_path / "v.clinicbundle"
    assert _send(volunteer, path) == 45
    return volunteer, make_store("coordinator"), path


def _frames(data: bytes) -> list[tuple[int, int, int]]:
    """(offset, flag, length) of each frame of a format-2 file."""
    header = bf.read_header(data)
    out, pos = [], header.body_offset
    while pos < len(data):
        flag, length = struct.unpack_from(">BI", data, pos)
        out.append((pos, flag, length))
        pos += 5 + length
    return out


def test_many_frames_round_trip_exactly(framed: Any) -> None:
    volunteer, coordinator, path = framed
    data = path.read_bytes()
    assert bf.read_header(data).format_version == bf.FRAMED_VERSION
    frames = _frames(data)
    assert [f[1] for f in frames] == [0, 0, 0, 0, 0, 1]  # meta + 5 case frames, the last flagged
    result = import_bundle(coordinator, path, PASSPHRASE)
    assert result.counts()["added"] == 45
    assert _cases(coordinator) == _cases(volunteer)


def test_an_empty_laptop_sends_a_valid_framed_bundle(make_store: Any, tmp_path: Path) -> None:
    empty, coordinator = make_store("empty"), make_store("coordinator")
    path = tmp_path / "e.clinicbundle"
    assert _send(empty, path) == 0
    assert [f[1] for f in _frames(path.read_bytes())] == [0, 1]
    assert import_bundle(coordinator, path, PASSPHRASE).counts()["added"] == 0


def test_format_1_bundles_still_import(framed: Any, tmp_path: Path) -> None:
    volunteer, coordinator, path = framed
    payload = bf.open_sealed(path.read_bytes(), PASSPHRASE)  # the same content, sealed the old way
    old = tmp_path / "old.clinicbundle"
    old.write_bytes(bf.seal(payload, PASSPHRASE, scrypt_n=TEST_SCRYPT_N))
    assert bf.read_header(old.read_bytes()).format_version == 1
    assert import_bundle(coordinator, old, PASSPHRASE).counts()["added"] == 45
    assert _cases(coordinator) == _cases(volunteer)


@pytest.mark.parametrize("cut", ["after_frame", "inside_frame", "header_of_frame", "last_frame_dropped"])
def test_truncated_bundle_is_refused_and_nothing_is_imported(framed: Any, tmp_path: Path, cut: str) -> None:
    _, coordinator, path = framed
    data = path.read_bytes()
    frames = _frames(data)
    pos, _, length = frames[3]
    end = {"after_frame": pos, "inside_frame": pos + 5 + length // 2, "header_of_frame": pos + 3,
           "last_frame_dropped": frames[-1][0]}[cut]
    bad = tmp_path / "cut.clinicbundle"
    bad.write_bytes(data[:end])
    err = _refused(coordinator, bad)
    assert err.code == "damaged" and "truncated" in err.message("en") and "tronqué" in err.message("fr")
    assert coordinator.count_cases(CaseQuery(include_deleted=True)) == 0


@pytest.mark.parametrize("damage", ["flip_byte", "swap_frames", "unflag_last", "flag_early", "trailing_bytes"])
def test_altered_frames_are_refused_and_nothing_is_imported(framed: Any, tmp_path: Path, damage: str) -> None:
    _, coordinator, path = framed
    data = bytearray(path.read_bytes())
    frames = _frames(bytes(data))
    if damage == "flip_byte":
        pos, _, length = frames[4]
        data[pos + 5 + length // 2] ^= 0x01
    elif damage == "swap_frames":
        (a, _, la), (b, _, lb) = frames[2], frames[3]
        first, second = bytes(data[a:a + 5 + la]), bytes(data[b:b + 5 + lb])
        data[a:b + 5 + lb] = second + first
    elif damage == "unflag_last":
        data[frames[-1][0]] = 0
    elif damage == "flag_early":
        data[frames[2][0]] = 1
    else:
        data += b"\x00" * 40
    bad = tmp_path / "bad.clinicbundle"
    bad.write_bytes(bytes(data))
    err = _refused(coordinator, bad)
    assert err.code == "damaged" and "ask for a new copy" in err.message("en")
    assert coordinator.count_cases(CaseQuery(include_deleted=True)) == 0


def test_wrong_passphrase_on_a_framed_bundle_is_named(framed: Any) -> None:
    _, coordinator, path = framed
    assert _refused(coordinator, path, "not the passphrase").code == "passphrase"


@pytest.mark.parametrize("change", ["resealed", "frame_dropped"])
def test_a_file_changed_between_preview_and_import_writes_nothing(framed: tuple[Any, Any, Path], change: str) -> None:
    """The import reads the file again frame by frame: each frame must be the one previewed (its digest), else
    nothing at all is written, though earlier frames were already written inside the transaction."""
    from clinic_app.export.bundle import prepare_import

    from .test_export_bundle_store import _snapshot

    volunteer, coordinator, path = framed
    prepared = prepare_import(coordinator, path, PASSPHRASE)
    assert prepared.preview.counts()["added"] == 45
    if change == "resealed":  # the same cases sealed again (new salt and nonce): every frame differs
        assert _send(volunteer, path) == 45
    else:  # the file cut before its last frame, whose flag is then missing: seen only at the end
        data = path.read_bytes()
        *_, (start, _flag, _length) = _frames(data)
        path.write_bytes(data[:start])
    before = _snapshot(coordinator)
    with pytest.raises(bf.BundleError) as err:
        prepared.apply()
    assert err.value.code == ("changed" if change == "resealed" else "damaged")
    assert _snapshot(coordinator) == before and coordinator.count_cases(CaseQuery(include_deleted=True)) == 0


@pytest.mark.parametrize("framed_file", [True, False])
def test_a_case_twice_in_a_bundle_is_refused_with_nothing_imported(framed: tuple[Any, Any, Path], tmp_path: Path,
                                                                   framed_file: bool) -> None:
    """Duplicates are found through an 8-byte hash per case (no set of every UUID is held), then confirmed."""
    _volunteer, coordinator, path = framed
    payload = bf.open_sealed(path.read_bytes(), PASSPHRASE)
    cases = payload.pop("cases")
    twice = tmp_path / "twice.clinicbundle"
    if framed_file:  # in two different frames: the second copy of cases[25] is the 31st case of the file
        with twice.open("wb") as fh:
            writer = bf.FramedWriter(fh, payload, PASSPHRASE, scrypt_n=TEST_SCRYPT_N)
            writer.add_cases(cases[:30])
            writer.add_cases(cases[25:])
            writer.close()
        where = "cases[30].uuid"
    else:
        twice.write_bytes(bf.seal({**payload, "cases": [*cases, cases[3]]}, PASSPHRASE, scrypt_n=TEST_SCRYPT_N))
        where = "cases[45].uuid"
    err = _refused(coordinator, twice)
    assert err.code == "unreadable" and where in err.message("en")
