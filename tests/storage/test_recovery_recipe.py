"""The recovery recipe of docs/storage.md works: a plain copy made with the passphrase reads with plain sqlite3."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_documented_recipe_makes_a_plain_copy_sqlite3_reads(tmp_path: Path) -> None:
    import sqlcipher3

    from clinic_app.storage import open_store
    from tests.storage.conftest import filled

    db = tmp_path / "cases.db"
    store = open_store(db, passphrase="the passphrase", create=True, auto_backup=False, actor="t")
    try:
        stored = filled(store, 12)
    finally:
        store.close()
    doc = (ROOT / "docs" / "storage.md").read_text(encoding="utf-8")
    recipe = re.search(r"```python\n(import sqlcipher3.*?)```", doc, re.S)
    assert recipe is not None, "the recipe is in docs/storage.md"
    code = recipe.group(1).replace('"cases.db"', repr(str(db)))
    code = code.replace("'plain-copy.db'", repr(str(tmp_path / "plain-copy.db")))
    exec(compile(code, "docs/storage.md", "exec"), {"sqlcipher3": sqlcipher3})  # noqa: S102 - our own doc's code
    with sqlite3.connect(tmp_path / "plain-copy.db") as plain:
        count = plain.execute('SELECT count(*) FROM cases').fetchone()[0]
        names = {r[0] for r in plain.execute("SELECT family_name FROM person")}
        version = plain.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert count == len(stored)
    assert {c.person.family_name for c in stored} <= names
    assert version
    assert not (tmp_path / "cases.db").read_bytes().startswith(b"SQLite format 3")
    assert (tmp_path / "plain-copy.db").read_bytes().startswith(b"SQLite format 3")
