"""``clinic-app --version --verbose`` lists the versions shipped: the locked ones, without importing Qt."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from clinic_app._version import __version__

REPO = Path(__file__).resolve().parents[2]


def _locked(name: str) -> str:
    match = re.search(rf"^{re.escape(name.lower())}==(\S+)", (REPO / "requirements.lock").read_text(), re.M)
    assert match, name
    return match[1]


def test_verbose_version_lists_the_locked_versions_without_qt(cli) -> None:
    done = cli("--version", "--verbose")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"clinic-app {__version__} (GPL-3.0-or-later)"
    for label, dist in (("PySide6", "pyside6"), ("SQLAlchemy", "sqlalchemy"), ("ReportLab", "reportlab"),
                        ("cryptography", "cryptography"), ("Babel", "babel")):
        line = next(line for line in lines if label in line)
        assert f" {_locked(dist)} " in line, (line, _locked(dist))
    assert re.search(r"^  Python\s+3\.\d+\.\d+\s+PSF-2\.0$", done.stdout, re.M)
    plain = cli("--version")
    assert plain.stdout.strip() == f"clinic-app {__version__}"
    script = ("import sys; from clinic_app.cli import main; main(['--version', '--verbose']); "
              "assert not [m for m in sys.modules if m.startswith(('PySide6', 'sqlalchemy'))]")
    assert subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True).returncode == 0
