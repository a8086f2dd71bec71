"""``clinic-app entitlements`` through a real subprocess, as a user (or check_vectors.py) runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]

GOOD = {"jurisdiction": "QC", "hire_date": "2021-06-14", "termination_date": "2025-01-22",
        "weekly_regular_wage": 840.0, "establishment_terminations": 350}
BAD = {"jurisdiction": "ON", "hire_date": "2021-06-14", "termination_date": "2025-01-22",
       "weekly_regular_wage": 840.0}


def write(tmp_path: Path, data: Any, name: str = "in.json") -> str:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("name", ["vectors-public.json", "vectors-public-v3.json"])
def test_public_vectors_through_the_command(cli, shared_dir: Path, tmp_path: Path, name: str) -> None:
    vectors = json.loads((shared_dir / "law" / name).read_text(encoding="utf-8"))
    out = cli("entitlements", "--input", write(tmp_path, [v["input"] for v in vectors]))
    results = json.loads(out.stdout)
    assert out.returncode == 1  # the vectors include invalid cases
    assert len(results) == len(vectors)
    for vector, got in zip(vectors, results, strict=True):
        for key, want in vector["expected"].items():
            if key == "error":
                assert got["error"]["field"] == want["field"], vector["id"]
            elif key == "flags":
                assert set(want) <= set(got[key]), vector["id"]
            elif key in ("heads", "deadlines"):
                name_key = "head" if key == "heads" else "kind"
                by_key = {g[name_key]: g for g in got[key]}
                for record in want:
                    assert all(by_key[record[name_key]][f] == pytest.approx(v) if isinstance(v, float)
                               else by_key[record[name_key]][f] == v for f, v in record.items()), vector["id"]
            elif isinstance(want, float) or (isinstance(want, int) and not isinstance(want, bool)):
                assert abs(got[key] - want) <= 0.005, (vector["id"], key)
            else:
                assert got[key] == want, (vector["id"], key)


@pytest.mark.parametrize("name", ["vectors-public.json", "vectors-public-v3.json"])
def test_check_vectors_script_reports_every_vector(shared_dir: Path, name: str) -> None:
    script = shared_dir / "law" / "check_vectors.py"
    out = subprocess.run([sys.executable, str(script), str(shared_dir / "law" / name),
                          "env", f"PYTHONPATH={REPO}", sys.executable, "-m", "clinic_app"],
                         capture_output=True, text=True, timeout=120)
    total = len(json.loads((shared_dir / "law" / name).read_text()))
    assert out.stdout.strip().splitlines()[-1] == f"{total}/{total} vectors match", out.stdout
    assert out.returncode == 0


def test_one_object_in_one_object_out_exit_0(cli, tmp_path: Path) -> None:
    out = cli("entitlements", "--input", write(tmp_path, GOOD), "--lang", "en")
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)
    assert isinstance(got, dict) and got["amount_owed"] == 13440.0
    assert got["explanation"].startswith("Law applied")
    assert out.stderr == ""


def test_standard_input_and_french_default(cli) -> None:
    out = cli("entitlements", "--input", "-", input=json.dumps([GOOD]))
    assert out.returncode == 0
    (got,) = json.loads(out.stdout)
    assert got["explanation"].startswith("Loi appliquée")


def test_invalid_case_gives_its_error_and_the_others_are_computed(cli, tmp_path: Path) -> None:
    out = cli("entitlements", "--input", write(tmp_path, [GOOD, BAD, 42, GOOD]), "--lang", "en")
    assert out.returncode == 1
    results = json.loads(out.stdout)
    assert [("error" in r) for r in results] == [False, True, True, False]
    assert results[1] == {"error": {"field": "jurisdiction",
                                    "message": "jurisdiction (the jurisdiction): unknown value 'ON'; allowed "
                                               "values: QC, CA-FED"}}
    assert results[2]["error"]["field"] == "case"


def test_single_invalid_object_exit_1(cli, tmp_path: Path) -> None:
    out = cli("entitlements", "--input", write(tmp_path, {**GOOD, "hire_date": "2025-02-30"}))
    assert out.returncode == 1
    assert json.loads(out.stdout)["error"]["field"] == "hire_date"


@pytest.mark.parametrize("content", ["", "not json", "{\"a\": ", "42", "\"text\"", "null", "[1, 2",
                                     "\udcff"], ids=["empty", "text", "truncated", "number", "string", "null",
                                                     "open-array", "bad-utf8"])
def test_unusable_input_exit_2_one_line_on_stderr_nothing_on_stdout(cli, tmp_path: Path, content: str) -> None:
    path = tmp_path / "in.json"
    path.write_bytes(content.encode("utf-8", "surrogateescape"))
    out = cli("entitlements", "--input", str(path))
    assert out.returncode == 2
    assert out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr


def test_missing_file_exit_2(cli, tmp_path: Path) -> None:
    out = cli("entitlements", "--input", str(tmp_path / "nope.json"))
    assert (out.returncode, out.stdout) == (2, "")
    assert "not found" in out.stderr


def test_empty_array_gives_empty_array(cli, tmp_path: Path) -> None:
    out = cli("entitlements", "--input", write(tmp_path, []))
    assert (out.returncode, json.loads(out.stdout)) == (0, [])


def test_numbers_printed_with_at_most_two_decimals_for_money_and_six_for_weeks(cli, tmp_path: Path) -> None:
    case = {**GOOD, "weekly_regular_wage": 333.333, "notice_weeks_given": 0.1234567891,
            "establishment_terminations": 0}
    out = cli("entitlements", "--input", write(tmp_path, case))
    raw = json.loads(out.stdout, parse_float=Decimal)
    for key in ("weekly_wage_used", "individual_indemnity", "amount_owed", "shortfall"):
        assert -raw[key].as_tuple().exponent <= 2, (key, raw[key])
    assert -raw["notice_weeks_missing"].as_tuple().exponent <= 6
    assert raw["individual_indemnity"] == Decimal("625.51")  # 333.333 x 1.8765432109 = 625.5138..., rounded once


def test_huge_and_odd_numbers_are_refused_per_case_not_per_file(cli, tmp_path: Path) -> None:
    text = ("[" + json.dumps(GOOD) + ", {\"jurisdiction\": \"QC\", \"hire_date\": \"2020-01-01\", "
            "\"termination_date\": \"2025-01-01\", \"weekly_regular_wage\": 1" + "0" * 5000 + "}, "
            "{\"jurisdiction\": \"QC\", \"hire_date\": \"2020-01-01\", \"termination_date\": \"2025-01-01\", "
            "\"weekly_regular_wage\": NaN}]")
    out = cli("entitlements", "--input", write(tmp_path, text), "--lang", "en")
    assert out.returncode == 1
    results = json.loads(out.stdout)
    assert "error" not in results[0]
    assert results[1]["error"]["field"] == "weekly_regular_wage" and "at most" in results[1]["error"]["message"]
    assert results[2]["error"]["field"] == "weekly_regular_wage" and "finite" in results[2]["error"]["message"]


def test_ten_megabyte_input(cli, tmp_path: Path) -> None:
    padding = "x" * 5000  # the GUI may pass its whole record: unknown fields are ignored
    cases = [{**GOOD, "notes": padding, "id": i} for i in range(2100)]
    cases.append({**BAD, "notes": padding})
    path = write(tmp_path, cases)
    assert Path(path).stat().st_size > 10_000_000
    out = cli("entitlements", "--input", path)
    assert out.returncode == 1
    results = json.loads(out.stdout)
    assert len(results) == len(cases)
    assert results[0]["amount_owed"] == 13440.0 and results[-1]["error"]["field"] == "jurisdiction"


def test_help_lists_the_options(cli) -> None:
    out = cli("entitlements", "--help")
    assert out.returncode == 0 and "--input" in out.stdout and "--lang" in out.stdout


def test_command_loads_no_qt_sqlalchemy_or_reportlab(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    code = (
        "import sys, io, contextlib\n"
        "from clinic_app import cli\n"
        "buf = io.StringIO()\n"
        "with contextlib.redirect_stdout(buf):\n"
        f"    status = cli.main(['entitlements', '--input', {path!r}])\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy', 'reportlab'))\n"
        "print(status, heavy, 'amount_owed' in buf.getvalue())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO,
                         env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}, timeout=60)
    assert out.stdout.strip() == "0 [] True", out.stderr
