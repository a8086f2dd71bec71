"""The system libraries the graphical program needs, and a check that they and a display are there.

Why here and in plain Python: when a library that Qt's xcb platform plugin loads is missing (on a minimal
Debian, ``libxcb-icccm4`` and ``libxcb-keysyms1`` are), or when there is no display at all, Qt aborts the
process with a paragraph about "xcb plugins" and "reinstalling the application". A volunteer needs one line
that names the Debian package to install. So :func:`gui_problem` runs *before* Qt is imported (importing
``PySide6.QtWidgets`` alone fails without ``libEGL``) and uses only the standard library.

:data:`LIBRARIES` is the one list of Debian packages the GUI needs: ``scripts/setup.sh`` installs it and
``packaging/build-linux.sh`` writes it into the ``.deb``'s ``Depends``, both through
``python3 clinic_app/system_check.py --debian-packages`` (this file runs without the project's dependencies).
"""

from __future__ import annotations

import configparser
import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SystemLibrary:
    """One Debian package the GUI needs; ``soname`` is the library Qt loads from it (None: not a library)."""

    debian: str  #: the Debian dependency; alternatives separated by " | " (a package renamed across releases)
    soname: str | None
    platform: str  #: "any" (Qt itself), "xcb" (X11) or "wayland": the platform plugin that loads it


#: Every library Qt's kept modules and its xcb and wayland platform plugins link to, that a minimal Debian
#: may lack (checked with ldd on PySide6's libqxcb.so, libqwayland.so and libQt6Gui.so.6).
LIBRARIES: tuple[SystemLibrary, ...] = (
    SystemLibrary("libegl1", "libEGL.so.1", "any"),
    SystemLibrary("libgl1", "libGL.so.1", "any"),
    SystemLibrary("libfontconfig1", "libfontconfig.so.1", "any"),
    SystemLibrary("libfreetype6", "libfreetype.so.6", "any"),
    SystemLibrary("libxkbcommon0", "libxkbcommon.so.0", "any"),
    SystemLibrary("libdbus-1-3", "libdbus-1.so.3", "any"),
    SystemLibrary("libglib2.0-0 | libglib2.0-0t64", "libglib-2.0.so.0", "any"),
    SystemLibrary("fonts-dejavu-core", None, "any"),
    SystemLibrary("libx11-6", "libX11.so.6", "xcb"),
    SystemLibrary("libx11-xcb1", "libX11-xcb.so.1", "xcb"),
    SystemLibrary("libxkbcommon-x11-0", "libxkbcommon-x11.so.0", "xcb"),
    SystemLibrary("libxcb1", "libxcb.so.1", "xcb"),
    SystemLibrary("libxcb-cursor0", "libxcb-cursor.so.0", "xcb"),
    SystemLibrary("libxcb-icccm4", "libxcb-icccm.so.4", "xcb"),
    SystemLibrary("libxcb-image0", "libxcb-image.so.0", "xcb"),
    SystemLibrary("libxcb-keysyms1", "libxcb-keysyms.so.1", "xcb"),
    SystemLibrary("libxcb-randr0", "libxcb-randr.so.0", "xcb"),
    SystemLibrary("libxcb-render0", "libxcb-render.so.0", "xcb"),
    SystemLibrary("libxcb-render-util0", "libxcb-render-util.so.0", "xcb"),
    SystemLibrary("libxcb-shape0", "libxcb-shape.so.0", "xcb"),
    SystemLibrary("libxcb-shm0", "libxcb-shm.so.0", "xcb"),
    SystemLibrary("libxcb-sync1", "libxcb-sync.so.1", "xcb"),
    SystemLibrary("libxcb-util1", "libxcb-util.so.1", "xcb"),
    SystemLibrary("libxcb-xfixes0", "libxcb-xfixes.so.0", "xcb"),
    SystemLibrary("libxcb-xkb1", "libxcb-xkb.so.1", "xcb"),
    SystemLibrary("libwayland-client0", "libwayland-client.so.0", "wayland"),
    SystemLibrary("libwayland-cursor0", "libwayland-cursor.so.0", "wayland"),
    SystemLibrary("libwayland-egl1", "libwayland-egl.so.1", "wayland"),
)

#: Platforms that draw nowhere (tests, screenshots): they need no display and no X or Wayland library.
HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc")


def debian_packages() -> list[str]:
    """The Debian dependencies, in order (``a | b`` for alternatives)."""
    return [lib.debian for lib in LIBRARIES]


def loadable(soname: str) -> bool:
    """Whether the dynamic loader finds ``soname`` (the same search Qt's own dlopen does)."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def _platform(env: Mapping[str, str]) -> str | None:
    """The platform plugin Qt will try first: the QT_QPA_PLATFORM's first name, else the session's."""
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip().lower()
    if chosen:
        return chosen
    if env.get("WAYLAND_DISPLAY"):
        return "wayland"
    if env.get("DISPLAY"):
        return "xcb"
    return None


def missing_libraries(platform: str, load: Callable[[str], bool] = loadable) -> list[SystemLibrary]:
    """The libraries of ``platform`` (and Qt's own) that the loader cannot find."""
    return [lib for lib in LIBRARIES
            if lib.soname and lib.platform in ("any", platform) and not load(lib.soname)]


def _install_name(lib: SystemLibrary) -> str:
    return lib.debian.split(" | ")[0]


def gui_problem(lang: str, env: Mapping[str, str] | None = None,
                load: Callable[[str], bool] = loadable) -> str | None:
    """One line for the user, in ``lang``, if the GUI cannot open a window here; None when it can.

    Headless platforms (offscreen) only need Qt's own libraries. On a Wayland session whose libraries are
    missing, Qt falls back to X11 when DISPLAY is set (XWayland), so only X11's are then required.
    """
    env = os.environ if env is None else env
    platform = _platform(env)
    if platform is None:
        return ("Aucun écran graphique : ni DISPLAY ni WAYLAND_DISPLAY n'est défini. Ouvrez Clinic Intake "
                "depuis une session de bureau (les commandes comme « clinic-app letter » n'ont pas besoin d'écran)."
                if lang == "fr" else
                "No graphical display: neither DISPLAY nor WAYLAND_DISPLAY is set. Open Clinic Intake from a "
                "desktop session (commands such as `clinic-app letter` need no display).")
    if platform in HEADLESS_PLATFORMS:
        missing = missing_libraries("headless", load)
    else:
        missing = missing_libraries(platform, load)
        if platform == "wayland" and missing and env.get("DISPLAY") and not env.get("QT_QPA_PLATFORM"):
            missing = missing_libraries("xcb", load)
    if not missing:
        return None
    names = ", ".join(lib.soname or "" for lib in missing)
    packages = " ".join(dict.fromkeys(_install_name(lib) for lib in missing))
    if lang == "fr":
        return (f"Il manque des bibliothèques système pour ouvrir une fenêtre ({names}) : "
                f"installez-les avec « sudo apt install {packages} ».")
    return f"System libraries needed to open a window are missing ({names}): install them with " \
           f"`sudo apt install {packages}`."


def preferred_lang(cli_lang: str | None) -> str:
    """The interface language before Qt is loaded: --lang, else the saved setting, else French.

    The setting is read from the same INI file QSettings writes (``CLINIC_APP_SETTINGS_FILE``, else
    ``$XDG_CONFIG_HOME/ClinicIntake/clinic-app.ini``).
    """
    if cli_lang in ("fr", "en"):
        return cli_lang
    path = os.environ.get("CLINIC_APP_SETTINGS_FILE") or str(
        Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "ClinicIntake" / "clinic-app.ini")
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return "fr"
    lang = parser.get("ui", "lang", fallback="fr")
    return lang if lang in ("fr", "en") else "fr"


def main(argv: list[str]) -> int:
    if argv == ["--debian-packages"]:
        print("\n".join(debian_packages()))
        return 0
    if argv == ["--check"]:
        problem = gui_problem(preferred_lang(None))
        print(problem or "ok")
        return 1 if problem else 0
    print("usage: system_check.py --debian-packages | --check", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
