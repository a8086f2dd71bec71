"""Accessibility through AT-SPI, as a screen reader meets it: the intake forms and the letters window (issue 18).

Why from outside: the other keyboard tests ask Qt in-process; a screen reader (Orca) only sees what Qt exports on
the accessibility bus, where some names differ (on Linux a combo box's name is its value; a label names a control
only through its buddy relation) and where focus moves with real key presses. So the program runs for real on an
X server (Xvfb: the offscreen platform exports nothing), inside ``dbus-run-session`` with the AT-SPI registry
(``at-spi2-core``), and ``atspi_walk.py``, run by the system's Python with Debian's ``python3-pyatspi``, walks it:
the letters window, then every section of the warehouse and the driver forms (of a stored case, and of a new one
in guided mode), in French and in English.

It fails on:
* a focusable control on screen without a name (its own, or its label's);
* a Tab order that jumps backwards (up in the same column, left on the same line) more than the one jump per
  cycle that goes from the window's end back to its start;
* a button, check box or editable field on screen that Tab never reaches;
* a Tab chain that does not come back to where it started.
``atspi_walk.py``'s docstring gives the exact rules; docs/accessibility.md explains them.

The tools come with ``scripts/setup.sh --dev`` (``scripts/test.sh`` runs it). Without them the test is skipped on a
developer's machine, and FAILS when ``CI=true``: CI must never pass by skipping it.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's python3-pyatspi is installed for it, not for the project's venv
LANGS = ("fr", "en")
#: the letters window (a letter refused with its reason; a letter shown, its buttons enabled); the forms of a stored
#: warehouse and driver case; a new one of each (guided mode, questions that do not apply hidden)
VIEWS = ["letters", "letter shown", "warehouse form", "driver form", "new warehouse form", "new driver form"]
FORMS = [v for v in VIEWS if v.endswith("form")]
SCREEN = "1366x768x24"

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def _missing_tools() -> list[str]:
    missing = [f"{tool} ({package})" for tool, package in (("Xvfb", "xvfb"), ("dbus-run-session", "dbus"))
               if shutil.which(tool) is None]
    if not Path("/usr/libexec/at-spi-bus-launcher").exists() and shutil.which("at-spi-bus-launcher") is None:
        missing.append("at-spi-bus-launcher (at-spi2-core)")
    if not Path(SYSTEM_PYTHON).exists() or subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"],
                                                           capture_output=True).returncode != 0:
        missing.append(f"pyatspi for {SYSTEM_PYTHON} (python3-pyatspi)")
    return missing


def _require_tools() -> None:
    missing = _missing_tools()
    if not missing:
        return
    message = f"the AT-SPI test needs {', '.join(missing)}: bash scripts/setup.sh --dev installs them (as root)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message + "; CI must run this test, not skip it")
    pytest.skip(message)


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """An X server on a display it chooses itself (``-displayfd``: two runs at once never collide). ``-noreset``:
    by default the server resets when its last client leaves (the accessibility bus launcher connects and leaves
    first), refusing connections for a moment and forgetting the bus address it published."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp",
                               "-noreset"],
                              pass_fds=(write_end,), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    os.close(write_end)
    answer = b""
    try:  # read up to the newline: Xvfb stops with an error if the pipe closes before it wrote everything
        while not answer.endswith(b"\n") and select.select([read_end], [], [], 30)[0]:
            chunk = os.read(read_end, 32)
            if not chunk:
                break
            answer += chunk
    finally:
        os.close(read_end)
    number = answer.decode().strip()
    if not number:
        server.kill()
        server.wait()
        pytest.fail("Xvfb did not start within 30 s")
    return server, f":{number}"


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, dict[str, Any]]]:
    """Both languages walked at once (each on its own X display and bus): {lang: the walker's report}."""
    _require_tools()
    folder = tmp_path_factory.mktemp("atspi")
    servers: list[subprocess.Popen[bytes]] = []
    walks: dict[str, tuple[subprocess.Popen[str], Path]] = {}
    try:
        for lang in LANGS:
            server, display = _start_xvfb()
            servers.append(server)
            home = folder / f"home-{lang}"
            home.mkdir()
            env = {k: v for k, v in os.environ.items() if k not in ("QT_SCALE_FACTOR", "WAYLAND_DISPLAY")}
            env.update({"DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                        "CLINIC_APP_HOME": str(home), "PYTHONPATH": str(REPO)})
            out = folder / f"report-{lang}.json"
            program = [sys.executable, str(HERE / "atspi_app.py"), str(HERE), lang, *VIEWS]
            walks[lang] = (subprocess.Popen(
                ["dbus-run-session", "--", SYSTEM_PYTHON, str(HERE / "atspi_walk.py"), str(out), "--", *program],
                env=env, cwd=str(REPO), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True), out)
        found: dict[str, dict[str, Any]] = {}
        for lang, (walk, out) in walks.items():
            try:
                log, _ = walk.communicate(timeout=240)
            except subprocess.TimeoutExpired:
                walk.kill()
                log, _ = walk.communicate()
                pytest.fail(f"{lang}: the AT-SPI walk did not finish in 240 s:\n{log[-3000:]}")
            assert walk.returncode == 0 and out.exists(), f"{lang}: the walk failed:\n{log[-3000:]}"
            found[lang] = json.loads(out.read_text(encoding="utf-8"))
            found[lang]["log"] = log
        yield found
    finally:
        for walk, _out in walks.values():
            if walk.poll() is None:
                walk.kill()
                walk.wait()
        for server in servers:
            server.terminate()
            server.wait(10)


@pytest.mark.parametrize("lang", LANGS)
def test_every_view_was_walked(reports: dict[str, dict[str, Any]], lang: str) -> None:
    report = reports[lang]
    assert report["program_status"] == 0, report["log"][-3000:]
    views = report["views"]
    assert "letters" in views and "letter shown" in views, views.keys()
    assert any("Print" in stop or "Imprimer" in stop for stop in views["letter shown"]["stops"])
    for form in FORMS:  # every section and the review page
        assert len([v for v in views if v.startswith(form + " / ")]) >= 10, views.keys()
    short = {view: found["stops"] for view, found in views.items() if len(found["stops"]) < 5}
    assert not short, f"a Tab cycle of fewer than 5 stops: the walk did not run: {short}"


@pytest.mark.parametrize("lang", LANGS)
def test_every_control_is_named_and_tab_goes_forward(reports: dict[str, dict[str, Any]], lang: str) -> None:
    problems: list[str] = []
    for view, found in reports[lang]["views"].items():
        for kind, what in (("unnamed", "no name"), ("backwards", "Tab jumps backwards"),
                           ("skipped", "Tab never reaches it"), ("errors", "Tab walk")):
            problems += [f"{view}: {what}: {item}" for item in found.get(kind, [])]
    assert not problems, "\n".join(problems)
