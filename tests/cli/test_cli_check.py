"""``clinic-app check`` reads the whole file (``PRAGMA quick_check`` and the search index) and says whether it is
intact; the other commands no longer do on every open (10 s at a million cases), but a damaged page they read is
still refused with the store's message."""

from __future__ import annotations

from pathlib import Path

from clinic_app.domain.demo import generate_demo
from clinic_app.storage import open_store


def _make(path: Path) -> None:
    store = open_store(path, encrypted=False, create=True, auto_backup=False)
    ests, cases = generate_demo(300, seed=3)
    for est in ests:
        store.save_establishment(est)
    store.create_cases(cases)
    store.close()


def test_check_says_intact_then_damaged(tmp_path: Path, cli) -> None:
    db = tmp_path / "cases.db"
    _make(db)
    done = cli("check", "--db", str(db), "--lang", "en")
    assert done.returncode == 0 and done.stdout.strip() == "the database is intact", done.stderr
    data = db.read_bytes()  # the third page flipped (as tests/storage/test_bad_files.py): the schema stays
    db.write_bytes(data[:8192] + bytes(b ^ 0xFF for b in data[8192:12288]) + data[12288:])
    damaged = cli("check", "--db", str(db), "--lang", "fr")
    assert damaged.returncode == 1, damaged.stdout + damaged.stderr
    assert "endommagée" in damaged.stderr and "clinic-app restore" in damaged.stderr
    assert "Traceback" not in damaged.stderr
