"""Write resources/licenses/: the licence texts of every third-party part the installers bundle.

Run after changing dependencies (the outputs are committed; the About dialog and the bundle read them):

    python packaging/collect_licenses.py

The table below is the source of truth: one entry per bundled part, with its SPDX licence and where its
licence text comes from (the installed package's own licence files, Debian's common licences, or text
kept in this file for parts whose wheel carries none). ``components.json`` lists them for the About dialog;
``THIRD-PARTY-NOTICES.txt`` concatenates every text (the file shipped in the bundle and as the .deb's
copyright file). Versions are not written here: the build records the ones it actually bundled
(``versions.json``, see clinic-app.spec), so this list never goes stale when a dependency is upgraded.
"""

from __future__ import annotations

import importlib.metadata as md
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "resources" / "licenses"
COMMON = Path("/usr/share/common-licenses")

SQLCIPHER_LICENSE = """\
SQLCipher (the encrypted SQLite library statically built into sqlcipher3's binary wheel)

Copyright (c) Zetetic LLC
All rights reserved.

Redistribution and use in source and binary forms, with or without modification, are permitted provided
that the following conditions are met:
    * Redistributions of source code must retain the above copyright notice, this list of conditions and
      the following disclaimer.
    * Redistributions in binary form must reproduce the above copyright notice, this list of conditions
      and the following disclaimer in the documentation and/or other materials provided with the
      distribution.
    * Neither the name of the ZETETIC LLC nor the names of its contributors may be used to endorse or
      promote products derived from this software without specific prior written permission.

THIS SOFTWARE IS PROVIDED BY ZETETIC LLC ''AS IS'' AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT
NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
DISCLAIMED. IN NO EVENT SHALL ZETETIC LLC BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL,
EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF
LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN
ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.

SQLite itself is in the public domain (https://sqlite.org/copyright.html).
"""

QT_NOTICE = """\
Qt for Python (PySide6, shiboken6) and the Qt libraries

Clinic Intake uses Qt 6 and Qt for Python under the GNU Lesser General Public License version 3
(LGPL-3.0-only); the texts of the LGPL v3 and of the GNU GPL v3 it builds on follow.
Copyright (C) The Qt Company Ltd. and other contributors.

The Qt libraries are shipped unmodified as separate shared libraries (in the _internal/PySide6 folder
of the installed program) and are loaded at run time, so you may replace them with your own build of
the same Qt version. The corresponding source code is available from https://download.qt.io/ and
https://code.qt.io/ (Qt) and https://code.qt.io/cgit/pyside/pyside-setup.git/ (Qt for Python); on
request, the Clinic Intake developers will provide it too.
"""

PYINSTALLER_NOTICE = """\
PyInstaller bootloader

The small program that starts Clinic Intake from the installed folder is PyInstaller's bootloader,
distributed under the GNU General Public License version 2 or later with an exception that allows it to be
combined with programs under any licence (the "bootloader exception"). Its full licence text follows.
"""

#: (key, display name, SPDX licence, PyPI distribution or None, sources of text, homepage)
#: A source is "dist:<file name>" (from the distribution's own files), "common:<name>" (Debian's
#: /usr/share/common-licenses), "python:LICENSE.txt", or "text:<CONSTANT>" (kept above).
COMPONENTS: list[tuple[str, str, str, str | None, list[str], str]] = [
    ("python", "Python", "PSF-2.0", None, ["python:LICENSE.txt"], "https://www.python.org"),
    ("qt-pyside6", "Qt 6 / Qt for Python (PySide6, shiboken6)", "LGPL-3.0-only", "PySide6",
     ["text:QT_NOTICE", "common:LGPL-3", "common:GPL-3"], "https://www.qt.io/qt-for-python"),
    ("sqlalchemy", "SQLAlchemy", "MIT", "SQLAlchemy", ["dist:LICENSE"], "https://www.sqlalchemy.org"),
    ("alembic", "Alembic", "MIT", "alembic", ["dist:LICENSE"], "https://alembic.sqlalchemy.org"),
    ("mako", "Mako (used by Alembic)", "MIT", "Mako", ["dist:LICENSE"], "https://www.makotemplates.org"),
    ("markupsafe", "MarkupSafe", "BSD-3-Clause", "MarkupSafe", ["dist:LICENSE.txt"],
     "https://palletsprojects.com/p/markupsafe/"),
    ("greenlet", "greenlet (used by SQLAlchemy)", "MIT AND PSF-2.0", "greenlet", ["dist:LICENSE", "dist:LICENSE.PSF"],
     "https://github.com/python-greenlet/greenlet"),
    ("typing-extensions", "typing_extensions", "PSF-2.0", "typing_extensions", ["dist:LICENSE"],
     "https://github.com/python/typing_extensions"),
    ("sqlcipher3", "sqlcipher3 (Python binding)", "Zlib", "sqlcipher3", ["dist:LICENSE"],
     "https://github.com/coleifer/sqlcipher3"),
    ("sqlcipher", "SQLCipher and SQLite", "BSD-3-Clause AND blessing", None, ["text:SQLCIPHER_LICENSE"],
     "https://www.zetetic.net/sqlcipher/"),
    ("reportlab", "ReportLab (and its bundled fonts)", "BSD-3-Clause", "reportlab",
     ["dist:LICENSE", "dist:bitstream-vera-license.txt"], "https://www.reportlab.com/opensource/"),
    ("rl-accel", "rl_accel (ReportLab's C accelerators)", "BSD-3-Clause", "rl_accel", ["dist:LICENSE.txt"],
     "https://www.reportlab.com/"),
    ("pillow", "Pillow (used by ReportLab)", "MIT-CMU", "pillow", ["dist:LICENSE"], "https://python-pillow.org"),
    ("charset-normalizer", "charset-normalizer (used by ReportLab)", "MIT", "charset-normalizer", ["dist:LICENSE"],
     "https://github.com/jawah/charset_normalizer"),
    ("babel", "Babel (and Unicode CLDR data)", "BSD-3-Clause AND Unicode-3.0", "Babel",
     ["dist:LICENSE", "dist:LICENSE.unicode"], "https://babel.pocoo.org"),
    ("arabic-reshaper", "arabic-reshaper", "MIT", "arabic-reshaper", ["dist:LICENSE"],
     "https://github.com/mpcabd/python-arabic-reshaper"),
    ("python-bidi", "python-bidi", "LGPL-3.0-or-later", "python-bidi", ["dist:COPYING.LESSER", "dist:COPYING"],
     "https://github.com/MeirKriheli/python-bidi"),
    ("openpyxl", "openpyxl", "MIT", "openpyxl", ["dist:LICENCE.rst"], "https://openpyxl.readthedocs.io"),
    ("et-xmlfile", "et_xmlfile (used by openpyxl)", "MIT", "et_xmlfile", ["dist:LICENCE.rst"],
     "https://foss.heptapod.net/openpyxl/et_xmlfile"),
    ("cryptography", "cryptography (and OpenSSL)", "Apache-2.0 OR BSD-3-Clause", "cryptography",
     ["dist:LICENSE", "dist:LICENSE.APACHE", "dist:LICENSE.BSD"], "https://cryptography.io"),
    ("cffi", "cffi", "MIT-0", "cffi", ["dist:LICENSE"], "https://cffi.readthedocs.io"),
    ("pycparser", "pycparser", "BSD-3-Clause", "pycparser", ["dist:LICENSE"], "https://github.com/eliben/pycparser"),
    ("platformdirs", "platformdirs", "MIT", "platformdirs", ["dist:LICENSE"], "https://github.com/tox-dev/platformdirs"),
    ("faker", "Faker (name lists of the demo data)", "MIT", "Faker", ["dist:LICENSE.txt"], "https://github.com/joke2k/faker"),
    ("phonenumbers", "phonenumbers (phone numbers of every country)", "Apache-2.0", "phonenumbers",
     ["dist:LICENSE"], "https://github.com/daviddrysdale/python-phonenumbers"),
    ("icalendar", "icalendar (the deadlines calendar)", "BSD-2-Clause", "icalendar", ["dist:LICENSE.rst"],
     "https://github.com/collective/icalendar"),
    ("psycopg", "psycopg 3 (PostgreSQL driver; uses the system's libpq)", "LGPL-3.0-only", "psycopg",
     ["dist:LICENSE.txt"], "https://www.psycopg.org"),
    ("openssl", "OpenSSL (in cryptography, sqlcipher3)", "Apache-2.0", None, ["common:Apache-2.0"],
     "https://www.openssl.org"),
    ("pyinstaller", "PyInstaller bootloader", "GPL-2.0-or-later WITH Bootloader-exception", "pyinstaller",
     ["text:PYINSTALLER_NOTICE", "dist:COPYING.txt"], "https://pyinstaller.org"),
]


def _dist_file(dist_name: str, file_name: str) -> str:
    dist = md.distribution(dist_name)
    for f in dist.files or []:
        if Path(str(f)).name == file_name:
            return Path(dist.locate_file(f)).read_text(encoding="utf-8", errors="replace")
    raise FileNotFoundError(f"{dist_name}: no {file_name} among its files")


def _text(source: str, dist_name: str | None) -> str:
    kind, _, name = source.partition(":")
    if kind == "dist":
        assert dist_name
        return _dist_file(dist_name, name)
    if kind == "common":
        return (COMMON / name).read_text(encoding="utf-8")
    if kind == "python":
        for base in (Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}",
                     Path(sys.base_prefix)):
            if (base / name).is_file():
                return (base / name).read_text(encoding="utf-8")
        raise FileNotFoundError("Python's LICENSE.txt")
    if kind == "text":
        return globals()[name]
    raise ValueError(source)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    manifest = []
    notices = ["Clinic Intake: licences of the third-party parts bundled with the program",
               "=" * 78, ""]
    for key, display, spdx, dist_name, sources, url in COMPONENTS:
        body = "\n\n".join(_text(s, dist_name).rstrip() for s in sources) + "\n"
        file_name = f"{key}.txt"
        (OUT / file_name).write_text(body, encoding="utf-8")
        manifest.append({"key": key, "name": display, "license": spdx, "distribution": dist_name,
                         "file": file_name, "url": url})
        notices += [f"{display}  ({spdx})  {url}", "-" * 78, body, ""]
    (OUT / "components.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n",
                                         encoding="utf-8")
    (OUT / "THIRD-PARTY-NOTICES.txt").write_text("\n".join(notices), encoding="utf-8")
    print(f"collect_licenses: {len(manifest)} components written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
