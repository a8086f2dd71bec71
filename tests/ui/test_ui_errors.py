"""The GUI exception hook writes the traceback (without the message) to the log and shows the log path."""

from __future__ import annotations

import sys

from clinic_app.ui.errors import handle_exception, install_exception_hook

SECRET = "".join(["Trem", "blay 514-", "555-0123"])  # built at run time: the source line must not hold it


def _boom() -> None:
    raise ValueError(SECRET)


def test_hook_logs_traceback_without_personal_data(qapp) -> None:
    shown: list[tuple[str, str]] = []
    try:
        _boom()
    except ValueError as exc:
        path = handle_exception(type(exc), exc, exc.__traceback__, show=lambda p, t, m: shown.append((t, m)))
    text = path.read_text(encoding="utf-8")
    assert "_boom" in text and "ValueError" in text
    assert "Tremblay" not in text and "555-0123" not in text
    assert len(shown) == 1 and str(path) in shown[0][1]
    assert "Traceback" not in shown[0][1] and "_boom" not in shown[0][1]


def test_installed_hook_routes_sys_excepthook(qapp) -> None:
    shown: list[str] = []
    old = sys.excepthook
    install_exception_hook(show=lambda p, t, m: shown.append(m))
    try:
        try:
            _boom()
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = old
    assert shown and "log" in shown[0]
