"""Every public worked case of ``../shared/law/vectors-public*.json`` (v2 and v3), through the function the CLI calls.

The v3 vectors give ``as_of``; those that do not are assessed on a fixed day so the test does not depend on
today's date.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from clinic_app.domain.contract import OUTPUT_FIELDS, evaluate

LAW = Path(__file__).resolve().parents[2].parent / "shared" / "law"
FILES = ("vectors-public.json", "vectors-public-v3.json")
TODAY = dt.date(2026, 12, 1)


def _vectors() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for name in FILES:
        path = LAW / name
        if not path.is_file():  # collected without ../shared: fail loudly in the test, not at collection
            out.append({"id": f"missing-{name}", "input": None, "expected": None, "file": path})
            continue
        out.extend({**v, "file": path} for v in json.loads(path.read_text(encoding="utf-8")))
    return out


def test_both_vector_files_hold_the_expected_counts() -> None:
    counts = {name: len(json.loads((LAW / name).read_text(encoding="utf-8"))) for name in FILES}
    assert counts == {"vectors-public.json": 21, "vectors-public-v3.json": 11}


@pytest.mark.parametrize("vector", _vectors(), ids=lambda v: v["id"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_public_vector(vector: dict[str, Any], lang: str) -> None:
    assert vector["file"].is_file(), f"the shared law folder is expected beside the repository: {vector['file']}"
    got = evaluate(vector["input"], lang, today=TODAY)
    expected = vector["expected"]
    if "error" in expected:
        assert set(got) == {"error"}, got
        assert got["error"]["field"] == expected["error"]["field"]
        assert got["error"]["message"]
        return
    assert "error" not in got, got
    assert set(got) == set(OUTPUT_FIELDS)
    for key, want in expected.items():
        if key == "flags":  # the vectors list the flags of their vocabulary; others may be raised too
            known = {f for v in _vectors() for f in (v["expected"] or {}).get("flags", [])}
            assert set(want) == set(got[key]) & known, key
        elif key in ("heads", "deadlines"):  # each wanted record present, by its key, with these fields
            name = "head" if key == "heads" else "kind"
            by_key = {g[name]: g for g in got[key]}
            for record in want:
                found = by_key[record[name]]
                for field, value in record.items():
                    assert found[field] == (pytest.approx(value, abs=0.005) if isinstance(value, float)
                                            else value), (key, record[name], field)
        elif isinstance(want, (int, float)) and not isinstance(want, bool):
            assert got[key] == pytest.approx(want, abs=0.005), key
        else:
            assert got[key] == want, key
    assert got["explanation"].strip()
