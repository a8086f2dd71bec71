"""One way the CLI reports a known error: one line, exit 2 (usage, unusable file) or 1 (refused), never 3."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from clinic_app import cli as cli_module
from clinic_app.errors import UserError
from clinic_app.services.errors import ServiceError
from clinic_app.storage import StorageError


def test_report_error_prints_one_line_in_the_language_of_lang(capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_module, "_gui_is_up", lambda _args: False)  # as in a terminal: no QApplication
    args = argparse.Namespace(command="access-export", lang="en")
    assert cli_module.report_error(args, ServiceError("no_such_case", wanted="X-1")) == 1
    assert capsys.readouterr().err == "clinic-app access-export: no case X-1\n"
    args.lang = "fr"
    assert cli_module.report_error(args, StorageError("no_backup_for_server")) == 1
    assert capsys.readouterr().err.startswith("clinic-app access-export: Les copies de sauvegarde")
    assert cli_module.report_error(argparse.Namespace(command="x"), UserError("--x : mauvais")) == 2


def test_gui_passphrase_file_empty_or_missing_is_one_line_and_exit_2(tmp_path: Path, cli) -> None:
    """It used to be "unexpected error (IndexError)", exit 3: the GUI now uses the commands' one reader."""
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    done = cli("gui", "--db", str(tmp_path / "x.db"), "--passphrase-file", str(empty), "--lang", "en")
    assert done.returncode == 2, done.stderr
    assert done.stderr == "clinic-app gui: --passphrase-file: the file is empty\n"
    missing = cli("--db", str(tmp_path / "x.db"), "--passphrase-file", str(tmp_path / "none.txt"))
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1 and "none.txt" in missing.stderr
    assert "Traceback" not in missing.stderr and "unexpected" not in missing.stderr


def test_a_refused_restore_is_exit_1_not_3(tmp_path: Path, cli) -> None:
    from clinic_app.storage import open_store

    db = tmp_path / "c.db"
    open_store(db, encrypted=False, create=True, auto_backup=False).close()
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    done = cli("restore", str(bad), "--db", str(db), "--no-encryption", "--lang", "en")
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1 and "could not be verified" in done.stderr


def test_when_the_gui_is_up_the_message_is_also_shown_in_a_box(qapp, capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """``clinic-app gui`` started from a desktop icon has no terminal: a start-up error is shown too."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    args = argparse.Namespace(command="gui", lang="en")
    assert cli_module.report_error(args, StorageError("no_backup_for_server")) == 1
    assert shown == [capsys.readouterr().err.removeprefix("clinic-app gui: ").rstrip("\n")]
