"""The wheel built from the repository is a working program: letters in French, French interface strings.

Why a real build and a real install: the repository keeps ``resources/`` and ``translations/*.ts`` at the
top level and the ``.qm`` files are build output, so only a wheel built from the tracked files (not this
checkout's editable install, whose .qm files setup.sh compiled) and installed in a venv of its own, run
from a folder outside the repository, shows what ``pip install`` gives a user. The venv gets the exact
versions of requirements.lock (hash-checked), then the wheel; ``pip check`` proves the wheel's own
requirements are met. Needs the package index or pip's cache (a few minutes on 2 cores).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from clinic_app._version import __version__

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]

REPO = Path(__file__).resolve().parents[2]


def _run(cmd: list[str], cwd: Path, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{cmd[:4]} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


def _tracked_copy(dest: Path) -> Path:
    """The files git knows (committed or not yet, never ignored ones such as compiled .qm) copied to dest."""
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=REPO, capture_output=True,
                            check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = REPO / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    return dest


def _first_translation(ts: Path) -> tuple[str, str, str]:
    """(context, source, French text) of the first finished, non-plural message of a .ts file."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if (message.get("numerus") != "yes" and translation is not None and translation.text
                    and translation.get("type") not in ("unfinished", "obsolete", "vanished")
                    and translation.text != message.findtext("source")):
                return name, message.findtext("source") or "", translation.text
    raise AssertionError(f"no finished translation in {ts}")


@pytest.fixture(scope="module")
def installed_wheel(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the wheel, the venv's bin folder) after building the wheel and installing it in a clean venv."""
    work = tmp_path_factory.mktemp("wheel")
    source = _tracked_copy(work / "src")
    assert not list((source / "clinic_app" / "i18n").glob("*.qm")), "the copy must not carry built .qm files"
    _run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(work / "dist"), str(source)], cwd=work)
    wheel = work / "dist" / f"clinic_app-{__version__}-py3-none-any.whl"
    assert wheel.is_file(), sorted(p.name for p in (work / "dist").iterdir())
    venv = work / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], cwd=work)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "-q", "--disable-pip-version-check"]
    _run([*pip, "install", "--require-hashes", "-r", str(REPO / "requirements.lock")], cwd=work)
    _run([*pip, "install", "--no-deps", str(wheel)], cwd=work)
    _run([*pip, "check"], cwd=work)
    return wheel, venv / "bin"


def test_wheel_carries_resources_and_compiled_translations(installed_wheel: tuple[Path, Path]) -> None:
    wheel, _ = installed_wheel
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in (REPO / "resources").rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            rel = path.relative_to(REPO / "resources").as_posix()
            assert f"clinic_app/_resources/{rel}" in names, f"resources/{rel} is not in the wheel"
    for ts in (REPO / "translations").glob("*.ts"):
        assert f"clinic_app/i18n/{ts.stem}.qm" in names, f"{ts.stem}.qm is not in the wheel"
    meta = next(n for n in names if n.endswith(".dist-info/METADATA"))
    assert "License-Expression: GPL-3.0-or-later" in zipfile.ZipFile(wheel).read(meta).decode()


def test_installed_wheel_prints_a_french_letter(installed_wheel: tuple[Path, Path], tmp_path: Path) -> None:
    _, bin_dir = installed_wheel
    out = tmp_path / "lettre.pdf"
    case = tmp_path / "case.json"
    shutil.copy(REPO / "docs" / "examples" / "letter-case.json", case)
    # a fixed day while the example's claim is open: the pre-flight refuses a demand for a prescribed claim
    _run([str(bin_dir / "clinic-app"), "letter", "--input", str(case), "--lang", "fr", "--out", str(out),
          "--today", "2025-03-03"],
         cwd=tmp_path, timeout=300)
    from pypdf import PdfReader

    reader = PdfReader(str(out))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    assert "MISE EN DEMEURE" in text and "Loi sur les normes du travail" in text
    fonts = {str(font.get_object().get("/BaseFont")) for page in reader.pages
             for font in page["/Resources"]["/Font"].values()}
    assert any("DejaVu" in font for font in fonts), f"the bundled fonts are not in the letter: {fonts}"
    where = _run([str(bin_dir / "python"), "-c", "from clinic_app.resources import resources_root; "
                  "print(resources_root())"], cwd=tmp_path).stdout.strip()
    assert "site-packages" in where and str(REPO) not in where


def test_installed_wheel_has_the_french_interface(installed_wheel: tuple[Path, Path], tmp_path: Path) -> None:
    _, bin_dir = installed_wheel
    for ts in sorted((REPO / "translations").glob("*_fr.ts")):
        context, source, french = _first_translation(ts)
        script = ("import sys; from PySide6.QtCore import QTranslator; from clinic_app.ui.i18n import QM_DIR; "
                  f"t = QTranslator(); assert t.load(str(QM_DIR / '{ts.stem}.qm')), 'cannot load'; "
                  "sys.stdout.write(t.translate(sys.argv[1], sys.argv[2]))")
        got = _run([str(bin_dir / "python"), "-c", script, context, source], cwd=tmp_path).stdout
        assert got == french, (ts.name, context, source)
