"""A migration of existing data says what it does: ``open_store(progress=...)`` hears "backup" and then each
revision before it runs (the GUI shows them, ``ui/migration_progress.py``); the CLI says once on standard error
that the database is being updated. An open that migrates nothing calls nothing."""

from __future__ import annotations

from pathlib import Path

from clinic_app.storage import migrate, open_store

PASS = "migration progress passphrase"


def _old(path: Path, revision: str = "0007_attachments") -> None:
    from tests.storage.conftest import filled

    store = open_store(path, passphrase=PASS, create=True, auto_backup=False)
    try:
        filled(store, 3)
        with store._engine.connect() as conn:  # noqa: SLF001 - put the file back to an older schema
            migrate.downgrade(conn, revision)
    finally:
        store.close()


def test_each_step_is_told_before_it_runs(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    _old(db)
    steps: list[str] = []
    store = open_store(db, passphrase=PASS, auto_backup=False, backup_dir=tmp_path / "b", progress=steps.append)
    try:
        assert store.count_cases() == 3
    finally:
        store.close()
    assert steps == ["backup", "0011", "0010_cases_table", "0008_search_index", "0009_figures_version",
                     "0012_site_figures", "0013_summary_index", "0014_deadline_roles"]
    again: list[str] = []
    open_store(db, passphrase=PASS, auto_backup=False, backup_dir=tmp_path / "b", progress=again.append).close()
    assert again == []


def test_the_cli_says_a_migration_started(tmp_path: Path, cli) -> None:
    db = tmp_path / "old.db"
    _old(db, "0008_search_index")
    done = cli("backup", "--list", "--db", str(db), "--lang", "en", env={"CLINIC_APP_PASSPHRASE": PASS})
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if line]
    assert lines == ["clinic-app backup: updating the database for this version (a backup is made first); this "
                     "may take several minutes, do not interrupt"]
    quiet = cli("backup", "--list", "--db", str(db), "--lang", "en", env={"CLINIC_APP_PASSPHRASE": PASS})
    assert quiet.returncode == 0 and quiet.stderr == ""
