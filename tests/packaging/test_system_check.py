"""The GUI says in one line what is missing (a display, a system library) instead of Qt's abort.

The real loader decides in the subprocess tests; the unit tests give :func:`gui_problem` a loader that
refuses chosen libraries, as a minimal Debian would (this machine may have them all).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from clinic_app import system_check
from clinic_app.system_check import LIBRARIES, gui_problem

REPO = Path(__file__).resolve().parents[2]


def _refusing(*sonames: str):
    return lambda soname: soname not in sonames


def test_no_display_is_one_line_in_each_language() -> None:
    fr = gui_problem("fr", env={}, load=_refusing())
    en = gui_problem("en", env={}, load=_refusing())
    assert fr and "DISPLAY" in fr and "écran" in fr and "\n" not in fr
    assert en and "DISPLAY" in en and "display" in en and "\n" not in en


def test_missing_xcb_libraries_name_the_debian_packages() -> None:
    problem = gui_problem("en", env={"DISPLAY": ":0"}, load=_refusing("libxcb-icccm.so.4", "libxcb-keysyms.so.1"))
    assert problem is not None
    assert "libxcb-icccm.so.4" in problem and "sudo apt install libxcb-icccm4 libxcb-keysyms1" in problem
    fr = gui_problem("fr", env={"DISPLAY": ":0"}, load=_refusing("libxcb-icccm.so.4"))
    assert fr is not None and "installez" in fr and "libxcb-icccm4" in fr


def test_everything_present_is_no_problem() -> None:
    assert gui_problem("fr", env={"DISPLAY": ":0"}, load=_refusing()) is None
    assert gui_problem("fr", env={"WAYLAND_DISPLAY": "wayland-0"}, load=_refusing()) is None


def test_offscreen_needs_no_display_nor_x11_but_qt_own_libraries() -> None:
    assert gui_problem("en", env={"QT_QPA_PLATFORM": "offscreen"}, load=_refusing("libxcb-icccm.so.4")) is None
    problem = gui_problem("en", env={"QT_QPA_PLATFORM": "offscreen"}, load=_refusing("libEGL.so.1"))
    assert problem is not None and "libegl1" in problem


def test_wayland_without_its_libraries_falls_back_to_x11_like_qt() -> None:
    env = {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}
    assert gui_problem("en", env=env, load=_refusing("libwayland-cursor.so.0")) is None
    problem = gui_problem("en", env={"WAYLAND_DISPLAY": "wayland-0"}, load=_refusing("libwayland-cursor.so.0"))
    assert problem is not None and "libwayland-cursor0" in problem


def test_language_comes_from_the_saved_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ini = tmp_path / "settings.ini"
    ini.write_text("[ui]\nlang=en\n", encoding="utf-8")
    monkeypatch.setenv("CLINIC_APP_SETTINGS_FILE", str(ini))
    assert system_check.preferred_lang(None) == "en"
    assert system_check.preferred_lang("fr") == "fr"
    ini.write_text("[ui]\nlang=xx\n", encoding="utf-8")
    assert system_check.preferred_lang(None) == "fr"


def test_gui_without_a_display_says_so_in_one_line_and_does_not_abort(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(REPO)
    env["CLINIC_APP_SETTINGS_FILE"] = str(tmp_path / "settings.ini")
    for lang, word in (("fr", "écran"), ("en", "display")):
        done = subprocess.run([sys.executable, "-m", "clinic_app", "--lang", lang, "--db", str(tmp_path / "x.db")],
                              capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 1, done.stderr
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and word in lines[0], done.stderr
        assert "plugin" not in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "x.db").exists()


def test_the_list_covers_every_system_library_qt_links() -> None:
    """Every library PySide6's GUI parts and platform plugins need (ELF NEEDED) is in LIBRARIES."""
    readelf = shutil.which("readelf")
    if readelf is None:
        pytest.skip("readelf (binutils) is not installed")
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    files = [qt / "plugins/platforms/libqxcb.so", qt / "plugins/platforms/libqwayland.so",
             *[qt / "lib" / f"libQt6{name}.so.6" for name in ("Core", "Gui", "Widgets", "DBus", "XcbQpa",
                                                             "WaylandClient")]]
    needed: set[str] = set()
    for path in files:
        assert path.is_file(), path
        out = subprocess.run([readelf, "-d", str(path)], capture_output=True, text=True, check=True).stdout
        needed |= set(re.findall(r"\(NEEDED\)\s+Shared library: \[(\S+)\]", out))
    # The C/C++ runtime and compression libraries are in every Debian (priority required/important);
    # libgthread ships in the same package as libglib.
    base = {"ld-linux-x86-64.so.2", "libc.so.6", "libm.so.6", "libgcc_s.so.1", "libstdc++.so.6", "libz.so.1",
            "libzstd.so.1", "libgthread-2.0.so.0", "libdl.so.2", "libpthread.so.0", "librt.so.1"}
    system = {n for n in needed if "Qt6" not in n and not n.startswith("libicu") and n not in base}
    listed = {lib.soname for lib in LIBRARIES}
    assert system <= listed, f"not in clinic_app/system_check.LIBRARIES: {sorted(system - listed)}"


def test_debian_package_list_runs_without_the_project_dependencies() -> None:
    """setup.sh and build-linux.sh call it with the system python3, before any venv exists."""
    done = subprocess.run([sys.executable, "-S", "-I", str(REPO / "clinic_app" / "system_check.py"),
                           "--debian-packages"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "libxcb-icccm4" in lines and "libxcb-keysyms1" in lines and "libglib2.0-0 | libglib2.0-0t64" in lines
    assert "postgresql" not in done.stdout
