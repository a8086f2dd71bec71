"""``clinic-app export``, ``bundle export|import`` and ``report`` run as a user runs them (real subprocess).

Checked: exit codes (0 done, 1 input understood but refused, 2 unusable), one-line messages on standard
error in the chosen language, never a traceback, and files that hold what the command says.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from clinic_app.domain.case_json import case_to_dict
from clinic_app.storage import CaseQuery, open_store

from .conftest import fill_with_demo, open_plain_store

PLAIN = ("--no-encryption",)
BUNDLE_PASS = "a long bundle passphrase"


def one_line_error(result: Any, code: int) -> str:
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "laptop.db"
    store = open_plain_store(path)
    fill_with_demo(store, count=40)
    store.close()
    return path


@pytest.fixture
def bundle_pass(tmp_path: Path) -> str:
    path = tmp_path / "bundle-pass.txt"
    path.write_text(BUNDLE_PASS + "\n", encoding="utf-8")
    return str(path)


def test_help_of_each_command(cli: Any) -> None:
    for args in (("export",), ("bundle",), ("bundle", "export"), ("bundle", "import"), ("report",)):
        result = cli(*args, "--help")
        assert result.returncode == 0 and "utilisation : clinic-app" in result.stdout, args  # French by default
    assert "--preset" in cli("export", "--help").stdout
    assert "--take-theirs" in cli("bundle", "import", "--help").stdout


def test_export_csv_and_xlsx(cli: Any, demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "cases.csv"
    result = cli("export", "--db", str(demo_db), *PLAIN, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "40 dossier(s)" in result.stdout and "excel-fr" in result.stdout
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert len(rows) == 41 and rows[0][:2] == ["case_uuid", "case_number"]

    out = tmp_path / "warehouse-deid.csv"
    result = cli("export", "--db", str(demo_db), *PLAIN, "--out", str(out), "--preset", "plain",
                 "--profile", "deidentified", "--kind", "warehouse", "--columns", "case_number,kind,amount_owed",
                 "--lang", "en")
    assert result.returncode == 0 and "profile deidentified" in result.stdout, result.stderr
    rows = list(csv.reader(out.read_text("utf-8").splitlines()))
    store = open_plain_store(demo_db)
    try:
        warehouse = store.count_cases(CaseQuery(kinds=("warehouse",)))
        entry = store.audit_entries()[-1]
    finally:
        store.close()
    assert rows[0] == ["case_number", "kind", "amount_owed"] and len(rows) == warehouse + 1
    assert {r[1] for r in rows[1:]} == {"warehouse"}
    assert "profile=deidentified" in entry.detail and entry.action == "export"

    xlsx = tmp_path / "cases.xlsx"
    result = cli("export", "--db", str(demo_db), *PLAIN, "--out", str(xlsx), "--profile", "deidentified")
    assert result.returncode == 0, result.stderr
    from clinic_app.export.tabular import xlsx_profile

    assert xlsx_profile(xlsx) == "deidentified"


def test_export_of_an_encrypted_database(cli: Any, tmp_path: Path) -> None:
    db = tmp_path / "secret.db"
    store = open_store(db, passphrase="db passphrase 1", create=True, auto_backup=False)
    fill_with_demo(store, count=5)
    store.close()
    out = tmp_path / "x.csv"
    result = cli("export", "--db", str(db), "--out", str(out), env={"CLINIC_APP_PASSPHRASE": "db passphrase 1"})
    assert result.returncode == 0 and out.exists(), result.stderr
    result = cli("export", "--db", str(db), "--out", str(tmp_path / "y.csv"), "--lang", "en",
                 env={"CLINIC_APP_PASSPHRASE": "wrong"})
    line = one_line_error(result, 2)
    assert "passphrase" in line.lower() and not (tmp_path / "y.csv").exists()


def test_export_errors_are_one_line(cli: Any, demo_db: Path, tmp_path: Path) -> None:
    line = one_line_error(cli("export", "--db", str(demo_db), *PLAIN, "--out", str(tmp_path / "x.csv"),
                              "--profile", "deidentified", "--columns", "case_number,email", "--lang", "en"), 1)
    assert "--columns" in line and "email" in line
    line = one_line_error(cli("export", "--db", str(demo_db), *PLAIN, "--out", str(tmp_path / "x.csv"),
                              "--columns", "case_number,shoe_size"), 1)
    assert "shoe_size" in line and "inconnue" in line
    line = one_line_error(cli("export", "--db", str(demo_db), *PLAIN), 2)  # a usage error
    assert "--out" in line
    line = one_line_error(cli("export", "--db", str(demo_db), *PLAIN, "--out", str(tmp_path / "x.txt")), 2)
    assert "--format" in line
    line = one_line_error(cli("export", "--db", str(tmp_path / "absent.db"), *PLAIN, "--out",
                              str(tmp_path / "x.csv")), 2)
    assert "absent.db" in line
    line = one_line_error(cli("export", "--db", str(demo_db), *PLAIN, "--out",
                              str(tmp_path / "no-such-folder" / "x.csv")), 2)
    assert "no-such-folder" in line
    assert not list(tmp_path.glob("x.*"))


def test_bundle_export_preview_import_and_reimport(cli: Any, demo_db: Path, tmp_path: Path,
                                                   bundle_pass: str) -> None:
    bundle = tmp_path / "laptop.clinicbundle"
    result = cli("bundle", "export", "--db", str(demo_db), *PLAIN, "--out", str(bundle),
                 "--bundle-passphrase-file", bundle_pass)
    assert result.returncode == 0 and "40 dossier(s)" in result.stdout, result.stderr
    coordinator = tmp_path / "coordinator.db"
    common = ("bundle", "import", "--db", str(coordinator), *PLAIN, "--in", str(bundle),
              "--bundle-passphrase-file", bundle_pass, "--lang", "en")
    line = one_line_error(cli(*common), 2)  # no database there yet, and --create not given
    assert "coordinator.db" in line
    preview = cli(*common, "--create")
    assert preview.returncode == 0, preview.stderr
    assert "40  to add" in preview.stdout and "Nothing was written" in preview.stdout
    store = open_plain_store(coordinator)
    assert store.count_cases(CaseQuery()) == 0
    store.close()
    done = cli(*common, "--yes")
    assert done.returncode == 0 and "Imported: 40 added, 0 updated, 0 conflict(s) left" in done.stdout, done.stderr
    again = cli(*common, "--yes")
    assert again.returncode == 0 and "40  unchanged" in again.stdout and "0 added, 0 updated" in again.stdout
    a, b = open_plain_store(demo_db), open_plain_store(coordinator)
    try:
        assert {c.uuid: case_to_dict(c) for c in a.iter_cases(CaseQuery(limit=None))} == \
            {c.uuid: case_to_dict(c) for c in b.iter_cases(CaseQuery(limit=None))}
    finally:
        a.close()
        b.close()


def test_bundle_conflicts_are_listed_and_settled_from_the_command_line(cli: Any, demo_db: Path, tmp_path: Path,
                                                                       bundle_pass: str) -> None:
    coordinator = tmp_path / "coordinator.db"
    first, second = tmp_path / "1.clinicbundle", tmp_path / "2.clinicbundle"
    assert cli("bundle", "export", "--db", str(demo_db), *PLAIN, "--out", str(first),
               "--bundle-passphrase-file", bundle_pass).returncode == 0
    imp = ("bundle", "import", "--db", str(coordinator), *PLAIN, "--bundle-passphrase-file", bundle_pass)
    assert cli(*imp, "--in", str(first), "--yes", "--create").returncode == 0
    a, b = open_plain_store(demo_db), open_plain_store(coordinator)
    try:
        case = next(a.iter_cases(CaseQuery(limit=1)))
        case.person.phone = "514-555-0001"
        theirs = a.save_case(case)
        mine = b.get_case(case.uuid)
        mine.person.phone = "514-555-0002"
        b.save_case(mine)
    finally:
        a.close()
        b.close()
    assert cli("bundle", "export", "--db", str(demo_db), *PLAIN, "--out", str(second), "--changed-since-last",
               "--bundle-passphrase-file", bundle_pass).returncode == 0
    result = cli(*imp, "--in", str(second), "--yes")
    assert result.returncode == 0 and "1 conflit(s) laissé(s)" in result.stdout, result.stderr
    assert case.case_number in result.stdout and "--take-theirs" in result.stdout
    result = cli(*imp, "--in", str(second), "--yes", "--take-theirs", case.case_number)
    assert result.returncode == 0 and "1 mis à jour" in result.stdout, result.stderr
    b = open_plain_store(coordinator)
    try:
        assert case_to_dict(b.get_case(case.uuid)) == case_to_dict(theirs)
    finally:
        b.close()


def test_bundle_refusals_are_one_line_and_write_nothing(cli: Any, demo_db: Path, tmp_path: Path,
                                                        bundle_pass: str) -> None:
    bundle = tmp_path / "b.clinicbundle"
    assert cli("bundle", "export", "--db", str(demo_db), *PLAIN, "--out", str(bundle),
               "--bundle-passphrase-file", bundle_pass).returncode == 0
    coordinator = tmp_path / "coordinator.db"
    open_plain_store(coordinator).close()
    data = bundle.read_bytes()
    tampered = tmp_path / "tampered.clinicbundle"
    tampered.write_bytes(data[:-40] + bytes([data[-40] ^ 1]) + data[-39:])
    truncated = tmp_path / "truncated.clinicbundle"
    truncated.write_bytes(data[: len(data) // 2])
    imp = ("bundle", "import", "--db", str(coordinator), *PLAIN, "--yes")
    line = one_line_error(cli(*imp, "--in", str(bundle), "--lang", "en"),
                          2)  # no passphrase: not in a terminal, no file, no variable
    assert "--bundle-passphrase-file" in line
    line = one_line_error(cli(*imp, "--in", str(bundle), env={"CLINIC_BUNDLE_PASSPHRASE": "wrong passphrase"}), 1)
    assert "phrase de passe du paquet incorrecte" in line
    for path in (tampered, truncated):
        line = one_line_error(cli(*imp, "--in", str(path), "--bundle-passphrase-file", bundle_pass, "--lang", "en"),
                              1)
        assert "damaged, truncated or was altered" in line
    store = open_plain_store(coordinator)
    try:
        assert store.count_cases(CaseQuery(include_deleted=True)) == 0
        assert not [a for a in store.audit_entries() if "import" in a.action]
    finally:
        store.close()


def test_report_writes_a_pdf(cli: Any, demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    result = cli("report", "--db", str(demo_db), *PLAIN, "--out", str(out), "--today", "2025-01-10", "--lang", "en")
    assert result.returncode == 0 and "Summary of 40 case(s)" in result.stdout, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    line = one_line_error(cli("report", "--db", str(demo_db), *PLAIN, "--out", str(out), "--today", "10/01/2025"),
                          1)
    assert "--today" in line and "AAAA-MM-JJ" in line


def test_a_site_conflict_is_listed_and_settled_by_its_code(cli: Any, demo_db: Path, tmp_path: Path,
                                                           bundle_pass: str) -> None:
    coordinator = tmp_path / "coordinator.db"
    first, second = tmp_path / "1.clinicbundle", tmp_path / "2.clinicbundle"
    assert cli("bundle", "export", "--db", str(demo_db), *PLAIN, "--out", str(first),
               "--bundle-passphrase-file", bundle_pass).returncode == 0
    imp = ("bundle", "import", "--db", str(coordinator), *PLAIN, "--bundle-passphrase-file", bundle_pass)
    assert cli(*imp, "--in", str(first), "--yes", "--create").returncode == 0
    a, b = open_plain_store(demo_db), open_plain_store(coordinator)
    try:
        est = a.list_establishments()[0]
        est.terminations_with_drivers = 2100
        a.save_establishment(est)
        mine = b.get_establishment(est.id)
        mine.address = "2000 rue de la Démo"
        b.save_establishment(mine)
    finally:
        a.close()
        b.close()
    assert cli("bundle", "export", "--db", str(demo_db), *PLAIN, "--out", str(second),
               "--bundle-passphrase-file", bundle_pass).returncode == 0
    result = cli(*imp, "--in", str(second), "--lang", "en")
    assert result.returncode == 0 and "sites in conflict" in result.stdout, result.stderr
    assert est.code in result.stdout and "terminations_with_drivers" in result.stdout
    result = cli(*imp, "--in", str(second), "--yes", "--take-theirs", f"site:{est.code.lower()}")
    assert result.returncode == 0, result.stderr
    b = open_plain_store(coordinator)
    try:
        assert b.get_establishment(est.id).terminations_with_drivers == 2100
    finally:
        b.close()
