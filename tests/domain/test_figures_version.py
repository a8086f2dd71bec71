"""A reminder that stored figures carry FIGURES_VERSION: change the law tables, bump it (and this digest).

Storage recomputes a case's stored figures only when their version differs from
:data:`clinic_app.domain.case_figures.FIGURES_VERSION`; a law table changed without a new version would leave
every stored figure (list, exports) computed under the old table. This test fails when the tables change;
fix it by bumping FIGURES_VERSION and then the digest below.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from enum import Enum
from typing import Any

from clinic_app.domain import law_tables
from clinic_app.domain.case_figures import FIGURES_VERSION

#: version -> digest of the law tables it was computed with
PINNED = {"engine-3.1/law-2026-12-02": "d2b5a364472f5576d4939dbc85008de53db1cd1b3929c349f761d8c2525ee22c",
          "engine-3.1/law-2026-12-02/site-2": "d2b5a364472f5576d4939dbc85008de53db1cd1b3929c349f761d8c2525ee22c"}


def _plain(value: Any) -> Any:
    """A deterministic JSON-able form (sets sorted, enums by value; hash order never leaks in)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (frozenset, set)):
        return sorted(map(str, (_plain(v) for v in value)))
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(_plain(k)): _plain(v) for k, v in value.items()}
    return str(value) if not isinstance(value, (int, str, bool, type(None))) else value


def tables_digest() -> str:
    return hashlib.sha256(json.dumps(_plain(law_tables.TABLES), sort_keys=True).encode()).hexdigest()


def test_law_tables_unchanged_since_figures_version_was_set() -> None:
    assert FIGURES_VERSION in PINNED, "FIGURES_VERSION changed: pin the tables' digest for it here"
    assert tables_digest() == PINNED[FIGURES_VERSION], (
        "the law tables changed: bump FIGURES_VERSION (stored figures are then recomputed) and pin the new digest")
