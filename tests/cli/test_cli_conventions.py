"""Conventions every subcommand shares: ``--out -``, usage errors exit 2, Ctrl-D cancels a prompt, and a
plain (unencrypted) database is recognised from its header.

Real subprocesses, as a user or a script would run them; a real pseudo-terminal where a terminal matters.
"""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import select
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "docs" / "examples" / "letter-case.json"


def _in_terminal(args: list[str], cwd: Path, answer: bytes | None = None, prompt: bytes = b"") -> tuple[str, int]:
    """Run ``python -m clinic_app ARGS`` on a pseudo-terminal; type ``answer`` after ``prompt`` shows."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("CLINIC_APP_PASSPHRASE", None)
    pid, fd = pty.fork()
    if pid == 0:  # the child: stdin, stdout and stderr are the terminal
        os.chdir(cwd)
        os.execve(sys.executable, [sys.executable, "-m", "clinic_app", *args], env)
    out, sent, deadline = b"", False, time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
        if answer is not None and not sent and prompt in out:
            os.write(fd, answer)
            sent = True
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return out.decode("utf-8", "replace"), os.waitstatus_to_exitcode(status)


@pytest.fixture(scope="module")
def plain_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.conftest import run_cli

    db = tmp_path_factory.mktemp("plain") / "demo.db"
    done = run_cli("demo-data", "--db", str(db), "--count", "4", "--no-encryption")
    assert done.returncode == 0, done.stderr
    return db


def test_letter_to_standard_output_when_it_is_a_pipe(tmp_path: Path) -> None:
    import subprocess

    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-m", "clinic_app", "letter", "--input", str(EXAMPLE), "--out", "-",
                           "--today", "2026-01-05"], capture_output=True, env=env, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(b"%PDF-") and done.stdout.rstrip().endswith(b"%%EOF")
    assert b"demand_employer" in done.stderr and b"- \xe2\x80\x94" in done.stderr  # the report line names "-"
    assert list(tmp_path.iterdir()) == [], "no file named '-' (or anything else) is written"


def test_binary_output_is_refused_on_a_terminal(tmp_path: Path) -> None:
    text, status = _in_terminal(["letter", "--input", str(EXAMPLE), "--out", "-", "--lang", "en"], tmp_path)
    assert status == 2, text
    assert "refused" in text and "PDF" in text and "%PDF" not in text
    assert list(tmp_path.iterdir()) == []


def test_csv_export_to_standard_output_from_a_plain_database_without_no_encryption(plain_db: Path, cli) -> None:
    done = cli("export", "--db", str(plain_db), "--out", "-", "--lang", "en", "--preset", "plain")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout.lstrip("\ufeff"))))
    assert len(rows) == 4 and rows[0]["case_number"]
    assert "4 case(s) written to -" in done.stderr
    data = cli("access-export", "--db", str(plain_db), "--case", rows[0]["case_number"], "--out", "-")
    assert data.returncode == 0, data.stderr
    assert json.loads(data.stdout)


def test_a_folder_output_cannot_be_standard_output(cli) -> None:
    done = cli("screenshot", "--demo", "--out", "-", "--lang", "en")
    assert done.returncode == 2 and "folder" in done.stderr


def test_usage_errors_exit_2(plain_db: Path, cli) -> None:
    missing_out = cli("export", "--db", str(plain_db))
    assert missing_out.returncode == 2 and "--out" in missing_out.stderr
    no_format = cli("export", "--db", str(plain_db), "--out", "cases.txt")
    assert no_format.returncode == 2 and "--format" in no_format.stderr
    unknown = cli("letter", "--input", str(EXAMPLE), "--out", "x.pdf", "--no-such-option")
    assert unknown.returncode == 2 and "utilisation :" in unknown.stderr  # French unless --lang en (test_cli_language)


def test_ctrl_d_at_the_passphrase_prompt_is_a_clean_cancel(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    db = tmp_path / "secret.db"
    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse battery staple\n", encoding="utf-8")
    made = run_cli("demo-data", "--db", str(db), "--count", "1", "--passphrase-file", str(secret))
    assert made.returncode == 0, made.stderr
    for lang, prompt, word in (("en", b"Passphrase", "cancelled"), ("fr", b"Phrase de passe", "annul")):
        text, status = _in_terminal(["export", "--db", str(db), "--out", str(tmp_path / "x.csv"), "--lang", lang],
                                    tmp_path, answer=b"\x04", prompt=prompt)
        assert status == 1, text
        assert word in text and "Traceback" not in text and "EOFError" not in text
    assert not (tmp_path / "x.csv").exists()


def test_ctrl_d_at_any_other_prompt_is_a_clean_cancel_too(tmp_path: Path) -> None:
    """The new passphrase of ``clinic-app passphrase``: Ctrl-D cancels, nothing is changed, no traceback."""
    from tests.conftest import run_cli

    db = tmp_path / "secret.db"
    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse battery staple\n", encoding="utf-8")
    assert run_cli("demo-data", "--db", str(db), "--count", "1", "--passphrase-file", str(secret)).returncode == 0
    before = db.read_bytes()
    text, status = _in_terminal(["passphrase", "--db", str(db), "--passphrase-file", str(secret), "--lang", "en"],
                                tmp_path, answer=b"\x04", prompt=b"New passphrase")
    assert status == 1, text
    assert "cancelled" in text and "Traceback" not in text and "EOFError" not in text
    assert db.read_bytes() == before
