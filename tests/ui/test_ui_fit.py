"""Every window fits the clinic's smallest screens: 1280x720 at 150 % and 1366x768 at 125 % scaling (issue 18).

Why a child process: Qt reads the screen size and the scale factor once, when the application starts; the test
session's application is an ordinary offscreen one. The child (``fit_probe.py``) gets a 1280x720 (or 1366x768)
offscreen screen and ``QT_SCALE_FACTOR``, opens every window of ``ui_windows.py`` and reports what is out of
sight: a minimum size larger than the screen, a window opening larger than it, a button outside its window, the
form's Save button, or the panel's amounts and law sections.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from clinic_app.ui.screenshot import small_screen_environment

HERE = Path(__file__).resolve().parent
pytestmark = [pytest.mark.gui, pytest.mark.slow]


def _probe(tmp_path: Path, lang: str, screen: tuple[int, int], scale: float) -> dict[str, list[str]]:
    env = {**os.environ, **small_screen_environment(tmp_path)}
    config = tmp_path / "small-screen.json"
    config.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": screen[0],
                                               "height": screen[1], "logicalDpi": 96, "dpr": 1}]}))
    env["QT_SCALE_FACTOR"] = str(scale)
    env["PYTHONPATH"] = str(HERE.parents[1])
    result = subprocess.run([sys.executable, str(HERE / "fit_probe.py"), str(HERE), lang], capture_output=True,
                            text=True, timeout=300, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(("lang", "screen", "scale"), [("fr", (1280, 720), 1.5), ("en", (1280, 720), 1.5),
                                                       ("fr", (1366, 768), 1.25)])
def test_every_window_fits_a_small_scaled_screen(tmp_path: Path, lang: str, screen: tuple[int, int],
                                                 scale: float) -> None:
    report = _probe(tmp_path, lang, screen, scale)
    assert len(report) >= 20, report.keys()  # every window was really opened
    bad = {name: found for name, found in report.items() if found}
    assert not bad, bad
