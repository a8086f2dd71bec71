"""The third-party parts the program bundles, with their licences and the versions actually shipped.

Why apart from the About dialog: ``clinic-app --version --verbose`` lists the same parts and must not import
Qt. ``resources/licenses/components.json`` (written by ``packaging/collect_licenses.py``) is the one list of
bundled parts; the versions come from ``versions.json``, which the PyInstaller build writes with the
versions it bundled, else (run from sources or a wheel) from the installed distributions, which
``requirements.lock`` pins.
"""

from __future__ import annotations

import importlib.metadata as md
import json
import platform
from dataclasses import dataclass
from pathlib import Path

from clinic_app.resources import resource_path

# SPDX identifier of the program's own licence (pyproject.toml).
PROGRAM_LICENSE = "GPL-3.0-or-later"
_FONT_LICENCE_MARKERS = ("licen", "ofl", "copying")


@dataclass(frozen=True)
class Component:
    """One bundled third-party part: what it is, its licence, its version if known, its licence text file."""

    name: str
    license: str
    version: str
    text_path: Path
    url: str = ""


def _versions(folder: Path) -> dict[str, str]:
    """Versions recorded by the build, else those of the installed distributions (running from sources)."""
    recorded = folder / "versions.json"
    if recorded.is_file():
        try:
            return {str(k): str(v) for k, v in json.loads(recorded.read_text(encoding="utf-8")).items()}
        except (OSError, ValueError):
            return {}
    return {}


def _installed_version(distribution: str | None) -> str:
    if not distribution:
        return ""
    try:
        return md.version(distribution)
    except md.PackageNotFoundError:
        return ""


def third_party_components() -> list[Component]:
    """The bundled parts with their licences, from resources/licenses and the fonts' own licence files.

    A missing or damaged manifest gives an empty list (the dialog then says where the notices file is)
    rather than an error: an About box must always open.
    """
    folder = resource_path("licenses")
    try:
        manifest = json.loads((folder / "components.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = []
    versions = _versions(folder)
    found: list[Component] = []
    for entry in manifest:
        dist = entry.get("distribution")
        if entry.get("key") == "python":
            version = versions.get("Python", "") or platform.python_version()
        else:
            version = versions.get(dist or "", "") or _installed_version(dist)
        found.append(Component(name=str(entry.get("name", "?")), license=str(entry.get("license", "?")),
                               version=version, text_path=folder / str(entry.get("file", "")),
                               url=str(entry.get("url", ""))))
    fonts = resource_path("fonts")
    if fonts.is_dir():
        for text in sorted(fonts.rglob("*")):
            if text.is_file() and any(m in text.name.lower() for m in _FONT_LICENCE_MARKERS):
                licence = "OFL-1.1" if "ofl" in text.name.lower() else text.stem
                found.append(Component(name=f"Font: {text.parent.name if text.parent != fonts else text.stem}",
                                       license=licence, version="", text_path=text))
    return found


def version_report() -> str:
    """``clinic-app --version --verbose``: the program's version, then one line per bundled part."""
    from clinic_app._version import __version__

    parts = [c for c in third_party_components() if not c.name.startswith("Font: ")]
    width = max((len(c.name) for c in parts), default=0)
    lines = [f"clinic-app {__version__} ({PROGRAM_LICENSE})"]
    lines += [f"  {c.name:<{width}}  {c.version or '?':<10}  {c.license}" for c in parts]
    return "\n".join(lines)
