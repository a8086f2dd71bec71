"""``clinic-app attach``: real files, refusals named, exit statuses, and no Qt imported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from clinic_app.services import attachments as svc
from clinic_app.storage import open_store

from .conftest import new_case


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    code = ("import sys; from clinic_app.cli import main; rc = main(sys.argv[1:]); "
            "heavy = [m for m in sys.modules if m.split('.')[0] == 'PySide6']; "
            "print('QT-IMPORTED' if heavy else '', file=sys.stderr); sys.exit(rc)")
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120)


def test_attach_from_the_command_line(tmp_path: Path, files: dict[str, Path]) -> None:
    db = tmp_path / "c.db"
    store = open_store(db, encrypted=False, create=True, auto_backup=False)
    case = new_case(store)
    store.close()
    fake = tmp_path / "faux.pdf"
    fake.write_bytes(b"MZ\x90\x00 not a pdf")
    done = _run("attach", "--db", str(db), "--case", case.case_number, "--kind", "driver_contract",
                str(files["contract"]), str(files["photo"]), str(fake))
    assert done.returncode == 1, done.stderr
    assert "« faux.pdf »" in done.stderr and "QT-IMPORTED" not in done.stderr
    assert "contrat.pdf" in done.stdout and "Encore à obtenir" in done.stdout
    store = open_store(db, encrypted=False, auto_backup=False)
    try:
        assert sorted(a.filename for a in svc.list_for(store, case.uuid)) == ["contrat-photo.jpg", "contrat.pdf"]
    finally:
        store.close()
    bad_kind = _run("attach", "--db", str(db), "--case", case.case_number, "--kind", "pay_stubs", "--lang", "en",
                    str(files["note"]))
    assert bad_kind.returncode == 2 and "driver_contract" in bad_kind.stderr  # pay stubs are a warehouse kind
    ok = _run("attach", "--db", str(db), "--case", case.case_number, "--kind", "deactivation_message",
              str(files["note"]))
    assert ok.returncode == 0 and "QT-IMPORTED" not in ok.stderr
