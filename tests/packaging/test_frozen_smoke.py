"""Smoke test of the built Linux installers: the frozen program does real work, from the .deb's files.

Why from the .deb: it proves the bundle is complete (templates, fonts, translations, migrations, the
SQLCipher library...) and that the package a volunteer installs is the one that works. The bundle is built
once per session with ``packaging/build-linux.sh`` (a few minutes on 2 cores), or taken from a previous run:
``CLINIC_FROZEN_DIR=<the CLINIC_DIST_DIR of a build-linux.sh run>`` skips the build.

A subcommand that is still a placeholder ("not available in this version yet") FAILS here: the installers
must carry every part. While developing one part, select tests with ``-k``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from clinic_app._version import __version__

# Built in the fixture only when CLINIC_FROZEN_DIR is not given (scripts/test.sh gives it): a build takes
# 5 minutes on 2 idle cores and can take 3 times that under load.
pytestmark = [pytest.mark.frozen, pytest.mark.slow, pytest.mark.timeout(2400)]

REPO = Path(__file__).resolve().parents[2]
PLACEHOLDER = "not available in this version yet"
#: Libraries the spec drops with the GTK theme plugin (packaging/pyi_common.py); nothing kept may need them.
GTK_THEME_ONLY_LIBS = {"libatk-1.0", "libcairo-gobject", "libcairo", "libgdk_pixbuf-2.0", "libharfbuzz",
                       "libpango-1.0", "libpangocairo-1.0", "libpangoft2-1.0", "libpixman-1", "libthai",
                       "libdatrie", "libfribidi", "libgraphite2"}
DEB_ARCH = "amd64"


def _run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, **kwargs)


@pytest.fixture(scope="session")
def dist_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder with the .deb and .tar.gz: a reused build, or one built now with build-linux.sh."""
    if not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None:
        pytest.fail("the frozen smoke test builds the Linux installers: it needs Linux and dpkg-deb")
    reused = os.environ.get("CLINIC_FROZEN_DIR")
    if reused:
        return Path(reused)
    out = tmp_path_factory.mktemp("frozen-dist")
    env = {**os.environ, "CLINIC_BUILD_PYTHON": sys.executable,
           "CLINIC_BUILD_DIR": str(tmp_path_factory.mktemp("frozen-build")), "CLINIC_DIST_DIR": str(out)}
    done = _run(["bash", str(REPO / "packaging" / "build-linux.sh")], env=env, cwd=REPO, timeout=1800)
    assert done.returncode == 0, f"build-linux.sh failed:\n{done.stdout[-3000:]}\n{done.stderr[-5000:]}"
    return out


@pytest.fixture(scope="session")
def deb(dist_dir: Path) -> Path:
    path = dist_dir / f"clinic-app_{__version__}_{DEB_ARCH}.deb"
    assert path.is_file(), f"no {path.name} in {dist_dir}: {sorted(p.name for p in dist_dir.iterdir())}"
    return path


@pytest.fixture(scope="session")
def installed(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .deb's files extracted (dpkg-deb -x) as they would land under / ; returns that root."""
    root = tmp_path_factory.mktemp("deb-root")
    done = _run(["dpkg-deb", "-x", str(deb), str(root)])
    assert done.returncode == 0, done.stderr
    return root


@pytest.fixture(scope="session")
def exe(installed: Path) -> Path:
    path = installed / "opt" / "clinic-app" / "clinic-app"
    assert path.is_file() and os.access(path, os.X_OK)
    return path


@pytest.fixture
def frozen(exe: Path, tmp_path: Path):
    """Run the frozen executable from a neutral folder, as a user would; the home is the test's own."""

    def run(*args: str, env: dict[str, str] | None = None, timeout: float = 180) -> subprocess.CompletedProcess[str]:
        full_env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
        full_env.update(env or {})
        done = _run([str(exe), *args], env=full_env, cwd=tmp_path, timeout=timeout)
        if PLACEHOLDER in done.stderr or (done.returncode == 2 and ("unrecognized arguments" in done.stderr
                                                                 or "arguments inconnus" in done.stderr)):
            pytest.fail(f"`clinic-app {args[0]}` is still a placeholder in the frozen program (or lacks the "
                        f"options of the design): {done.stderr.strip()}")
        return done

    return run


# --- the packages themselves ---------------------------------------------------------------------------


def test_deb_control_fields(deb: Path) -> None:
    info = _run(["dpkg-deb", "-f", str(deb), "Package", "Version", "Architecture", "Depends"]).stdout
    assert "Package: clinic-app" in info
    assert f"Version: {__version__}" in info
    assert f"Architecture: {DEB_ARCH}" in info
    # System libraries the kept Qt platform plugins (xcb, wayland) load; absent from a minimal install.
    for package in ("libxcb-cursor0", "libxcb-icccm4", "libegl1", "libwayland-cursor0", "libfontconfig1"):
        assert package in info, package


def test_deb_layout(deb: Path, installed: Path) -> None:
    listing = _run(["dpkg-deb", "-c", str(deb)]).stdout
    assert "./opt/clinic-app/clinic-app" in listing
    assert re.search(r"\./usr/bin/clinic-app -> /opt/clinic-app/clinic-app$", listing, re.M)
    assert "./usr/share/applications/clinic-app.desktop" in listing
    for size in (16, 32, 48, 128, 256):
        assert f"./usr/share/icons/hicolor/{size}x{size}/apps/clinic-app.png" in listing
    assert "./usr/share/icons/hicolor/scalable/apps/clinic-app.svg" in listing
    assert "./usr/share/doc/clinic-app/copyright" in listing
    assert "./usr/share/doc/clinic-app/changelog.gz" in listing
    assert "./usr/share/metainfo/clinic-app.metainfo.xml" in listing
    copyright_text = (installed / "usr/share/doc/clinic-app/copyright").read_text(encoding="utf-8")
    assert copyright_text.startswith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/")
    assert not re.search(r"^\S+ (?!root/root)", listing, re.M), "files must belong to root"
    desktop = (installed / "usr/share/applications/clinic-app.desktop").read_text(encoding="utf-8")
    assert "\nExec=/usr/bin/clinic-app" in desktop and "\nIcon=clinic-app\n" in desktop
    assert "\nType=Application\n" in desktop


def test_tarball_is_one_versioned_folder_with_the_program(dist_dir: Path) -> None:
    path = dist_dir / f"clinic-app-{__version__}-linux-x86_64.tar.gz"
    assert path.is_file()
    with tarfile.open(path) as tar:
        names = tar.getnames()
        top = {n.split("/", 1)[0] for n in names}
        assert top == {f"clinic-app-{__version__}"}
        member = tar.getmember(f"clinic-app-{__version__}/clinic-app")
        assert member.isfile() and member.mode & 0o111
        assert f"clinic-app-{__version__}/_internal/resources/licenses/THIRD-PARTY-NOTICES.txt" in names


def test_bundle_carries_every_resource(installed: Path) -> None:
    internal = installed / "opt" / "clinic-app" / "_internal"
    for source in (REPO / "resources").rglob("*"):
        if source.is_file() and "__pycache__" not in source.parts:
            rel = source.relative_to(REPO)
            assert (internal / rel).is_file(), f"{rel} is missing from the bundle"
    versions = json.loads((internal / "resources" / "licenses" / "versions.json").read_text(encoding="utf-8"))
    assert versions["PySide6"] and versions["SQLAlchemy"]
    # ReportLab imports its C accelerators through exec(), invisible to PyInstaller: without the hidden
    # import, letters silently fall back to the pure-Python helpers (about 30 % slower, docs/performance.md).
    assert list(internal.glob("_rl_accel*.so")), "ReportLab's _rl_accel is missing from the bundle"


def test_bundle_carries_the_compiled_translations(installed: Path) -> None:
    internal = installed / "opt" / "clinic-app" / "_internal"
    sources = sorted((REPO / "translations").glob("*.ts"))
    assert sources
    for ts in sources:
        assert (internal / "clinic_app" / "i18n" / f"{ts.stem}.qm").is_file(), f"{ts.stem}.qm is not in the bundle"
    qt = internal / "PySide6" / "Qt" / "translations"
    assert (qt / "qtbase_fr.qm").is_file() and not (qt / "qtbase_de.qm").exists()


def test_bundle_carries_the_migrations(installed: Path) -> None:
    internal = installed / "opt" / "clinic-app" / "_internal"
    migrations = REPO / "clinic_app" / "storage" / "migrations"
    assert migrations.is_dir(), "clinic_app/storage/migrations has not landed"
    scripts = [p for p in migrations.rglob("*.py") if "__pycache__" not in p.parts]
    assert scripts
    for source in scripts:
        rel = source.relative_to(REPO)
        assert (internal / rel).is_file(), f"{rel} (Alembic reads it from disk) is missing from the bundle"
    assert not list((internal / "clinic_app" / "storage").rglob("__pycache__"))


def test_unused_qt_parts_are_left_out_and_kept_libraries_resolve(installed: Path) -> None:
    internal = installed / "opt" / "clinic-app" / "_internal"
    names = {p.name for p in internal.rglob("*")}
    dangling = [str(p.relative_to(internal)) for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling, f"symlinks to pruned files: {dangling}"
    for unwanted in ("libQt6WebEngineCore.so.6", "libQt6Quick.so.6", "libQt6Qml.so.6", "libQt6Multimedia.so.6",
                     "libQt63DCore.so.6", "libQt6Charts.so.6", "libqpdf.so", "libqtvirtualkeyboardplugin.so"):
        assert unwanted not in names, unwanted
    assert not list((internal / "babel" / "locale-data").glob("de*.dat"))
    # Left to the system (docs/packaging.md): psycopg's C build with its libpq, ReportLab's unembeddable
    # fonts, libblkid/libmount, and the CUPS stack only Qt's print plugin needs.
    assert not (internal / "psycopg_binary").exists() and not (internal / "psycopg_binary.libs").exists()
    assert not list(internal.rglob("*.pfb")) and not (internal / "reportlab" / "fonts").exists()
    for system_lib in ("libcups.so.2", "libgnutls.so.30", "libmount.so.1", "libblkid.so.1", "libpq.so.5"):
        assert system_lib not in names, system_lib
    # Every Qt library or plugin we kept must find the Qt libraries it needs inside the bundle: a pruned
    # dependency would make a platform plugin fail on a volunteer's desktop (only system libraries such as
    # libxcb-*, declared in the .deb's Depends, may be absent from this build machine).
    qt = internal / "PySide6" / "Qt"
    env = {**os.environ, "LD_LIBRARY_PATH": f"{qt / 'lib'}:{internal}"}
    missing: set[str] = set()
    for lib in [*qt.joinpath("lib").glob("*.so*"), *qt.joinpath("plugins").rglob("*.so"), *internal.glob("*.so*")]:
        out = _run(["ldd", str(lib)], env=env).stdout
        missing |= {m for m in re.findall(r"^\s*(\S+) => not found", out, re.M)
                    if "Qt6" in m or "icu" in m or m.split(".so")[0] in GTK_THEME_ONLY_LIBS}
    assert not missing, f"libraries needed but left out of the bundle: {sorted(missing)}"


# --- the frozen program at work ------------------------------------------------------------------------


def test_version(frozen) -> None:
    done = frozen("--version")
    assert (done.returncode, done.stdout.strip()) == (0, f"clinic-app {__version__}")


def test_every_subcommand_is_in_the_bundle(frozen) -> None:
    from clinic_app.cli import SUBCOMMANDS

    done = frozen("--help")
    assert done.returncode == 0, done.stderr
    for name in SUBCOMMANDS:
        assert name in done.stdout, name
        sub = frozen(name, "--help")
        assert sub.returncode == 0 and "utilisation : clinic-app" in sub.stdout, (name, sub.stderr)  # French


def test_entitlements_of_a_public_vector(frozen, shared_dir: Path, tmp_path: Path) -> None:
    vectors = json.loads((shared_dir / "law" / "vectors-public.json").read_text(encoding="utf-8"))
    vector = next(v for v in vectors if "error" not in v["expected"])
    case = tmp_path / "case.json"
    case.write_text(json.dumps(vector["input"]), encoding="utf-8")
    done = frozen("entitlements", "--input", str(case), "--lang", "en")
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    for key, want in vector["expected"].items():
        if isinstance(want, float) or (isinstance(want, int) and not isinstance(want, bool)):
            assert abs(got[key] - want) <= 0.005, key
        else:
            assert got[key] == want, key
    assert got["explanation"].startswith("Law applied")


def test_demo_data_into_an_encrypted_database(frozen, tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse battery staple\n", encoding="utf-8")
    done = frozen("demo-data", "--db", str(db), "--count", "25", "--passphrase-file", str(secret))
    assert done.returncode == 0, done.stderr
    head = db.read_bytes()[:16]
    assert len(head) == 16 and head != b"SQLite format 3\x00", "the demo database is plain SQLite"
    # Alembic migrations ran inside the frozen program; a wrong passphrase is refused with our own message.
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it\n", encoding="utf-8")
    again = frozen("demo-data", "--db", str(db), "--count", "1", "--passphrase-file", str(wrong))
    assert again.returncode != 0
    assert "Traceback" not in again.stderr and "hmac" not in again.stderr.lower()


def _pdf_text(path: Path) -> tuple[str, dict]:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() or "" for page in reader.pages), dict(reader.metadata or {})


def _names_in(data: object) -> list[str]:
    """Every given_name / family_name value in the example case, wherever the format puts it."""
    found: list[str] = []
    if isinstance(data, dict):
        for key, value in data.items():
            if key in ("given_name", "family_name") and isinstance(value, str) and value:
                found.append(value)
            else:
                found += _names_in(value)
    elif isinstance(data, list):
        for value in data:
            found += _names_in(value)
    return found


def test_letter_pdf_matches_the_one_rendered_from_sources(frozen, tmp_path: Path) -> None:
    example = REPO / "docs" / "examples" / "letter-case.json"
    assert example.is_file(), "docs/examples/letter-case.json has not landed"
    out = tmp_path / "frozen.pdf"
    # a fixed day while the example's claim is open (the pre-flight refuses a demand for a prescribed claim)
    done = frozen("letter", "--input", str(example), "--lang", "fr", "--out", str(out), "--today", "2025-03-03")
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    text, meta = _pdf_text(out)
    names = _names_in(json.loads(example.read_text(encoding="utf-8")))
    assert names and all(name in text for name in names), names
    assert re.search(r"\d[\d\u00a0\u202f ]*,\d\d\s?\$", text), "no amount in dollars in the letter"
    assert any(__version__ in str(value) for value in meta.values()), f"version missing from PDF metadata {meta}"
    # Same letter from the sources: any difference means the bundle lacks a template, font or catalogue.
    ref = tmp_path / "source.pdf"
    src = _run([sys.executable, "-m", "clinic_app", "letter", "--input", str(example), "--lang", "fr",
                "--out", str(ref), "--today", "2025-03-03"], cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
               timeout=180)
    assert src.returncode == 0, src.stderr
    assert _pdf_text(ref)[0] == text


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", head[16:24])


def test_screenshot_demo_offscreen(frozen, tmp_path: Path) -> None:
    out = tmp_path / "shots"
    done = frozen("screenshot", "--demo", "--out", str(out), env={"QT_QPA_PLATFORM": "offscreen"}, timeout=300)
    assert done.returncode == 0, done.stderr
    shots = sorted(out.glob("*.png"))
    assert shots, "no screenshot written"
    for shot in shots:
        width, height = _png_size(shot)
        assert width >= 400 and height >= 300, (shot.name, width, height)
        assert shot.stat().st_size > 5000, f"{shot.name} looks blank"


def test_program_writes_nothing_next_to_itself(frozen, installed: Path, shared_dir: Path, tmp_path: Path) -> None:
    def snapshot() -> dict[str, tuple[int, int]]:
        return {str(p.relative_to(installed)): (p.stat().st_size, p.stat().st_mtime_ns)
                for p in installed.rglob("*") if not p.is_symlink()}

    before = snapshot()
    vectors = json.loads((shared_dir / "law" / "vectors-public.json").read_text(encoding="utf-8"))
    case = tmp_path / "case.json"
    case.write_text(json.dumps(vectors[0]["input"]), encoding="utf-8")
    assert frozen("--version").returncode == 0
    frozen("entitlements", "--input", str(case))
    frozen("entitlements", "--input", str(tmp_path / "does-not-exist.json"))
    assert snapshot() == before


def test_postgresql_through_the_systems_libpq(frozen, tmp_path: Path) -> None:
    """The bundle has no libpq of its own: a PostgreSQL URL works through the system's (Depends: libpq5)."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = os.environ.get("CLINIC_TEST_PG_URL")
    if not admin:
        pytest.skip("CLINIC_TEST_PG_URL not set: no PostgreSQL server for this run")
    name = f"clinic_frozen_{uuid.uuid4().hex[:10]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = make_url(admin).set(database=name).render_as_string(hide_password=False)
        made = frozen("demo-data", "--db-url", url, "--count", "5", "--lang", "en")
        assert made.returncode == 0, made.stderr
        out = tmp_path / "pg.csv"
        done = frozen("export", "--db-url", url, "--out", str(out), "--preset", "plain")
        assert done.returncode == 0, done.stderr
        assert len(out.read_text(encoding="utf-8").splitlines()) == 6
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()
