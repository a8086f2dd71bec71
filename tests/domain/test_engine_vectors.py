"""Every public worked case of ``../shared/law/vectors-public.json``, through the same function the CLI calls."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from clinic_app.domain.contract import OUTPUT_FIELDS, evaluate

VECTORS = Path(__file__).resolve().parents[2].parent / "shared" / "law" / "vectors-public.json"


def _vectors() -> list[dict[str, Any]]:
    if not VECTORS.is_file():  # collected without ../shared: fail loudly in the test, not at collection
        return [{"id": "missing-vectors-file", "input": None, "expected": None}]
    return json.loads(VECTORS.read_text(encoding="utf-8"))


@pytest.mark.parametrize("vector", _vectors(), ids=lambda v: v["id"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_public_vector(vector: dict[str, Any], lang: str) -> None:
    assert VECTORS.is_file(), f"the shared law folder is expected beside the repository: {VECTORS}"
    got = evaluate(vector["input"], lang)
    expected = vector["expected"]
    if "error" in expected:
        assert set(got) == {"error"}, got
        assert got["error"]["field"] == expected["error"]["field"]
        assert got["error"]["message"]
        return
    assert "error" not in got, got
    assert set(got) == set(OUTPUT_FIELDS)
    for key, want in expected.items():
        if isinstance(want, (int, float)) and not isinstance(want, bool):
            assert got[key] == pytest.approx(want, abs=0.005), key
        else:
            assert got[key] == want, key
    assert got["explanation"].strip()
