"""``clinic-app entitlements`` reads and writes case by case: same output as before, JSON Lines, bad lines named.

The in-process tests shrink the read and flush sizes to a few bytes, so every case straddles chunk
boundaries (a 1 MB chunk would hide a window bug behind small test files).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

import pytest

from clinic_app.commands import entitlements as command
from clinic_app.domain.contract import evaluate
from clinic_app.errors import UserError
from tests.cli.test_entitlements_cli import BAD, GOOD

TODAY = dt.date.today()


def _cases(n: int) -> list[Any]:
    rng = random.Random(7)
    out: list[Any] = []
    for i in range(n):
        case = dict(GOOD, weekly_regular_wage=round(rng.uniform(400, 1800), 2),
                    establishment_terminations=rng.choice([0, 9, 10, 350]))
        if i % 7 == 3:
            case = dict(BAD)
        if i % 11 == 5:
            case["note"] = "Café «Hélène» \u2014 \u00e9t\u00e9"  # multi-byte text across chunk edges
        out.append(case)
    return out


def _old_output(items: list[Any], lang: str) -> str:
    """What the command printed before streaming (whole input parsed, one dumps per result)."""
    results = [evaluate(json.loads(json.dumps(i), parse_float=command.Decimal, parse_int=command.Decimal),
                        lang, today=TODAY) for i in items]
    return ("[\n" + ",\n".join(map(json.dumps, results)) + "\n]" if results else "[]") + "\n"


def _run(path: Path, capsys: Any, *, jsonl: bool = False, lang: str = "en") -> tuple[int, str]:
    status = command.run(argparse.Namespace(input=str(path), lang=lang, jsonl=jsonl))
    return status, capsys.readouterr().out


@pytest.fixture
def tiny_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(command, "CHUNK_BYTES", 7)
    monkeypatch.setattr(command, "FLUSH_BYTES", 300)


@pytest.mark.parametrize("layout", ["compact", "indented"])
def test_array_output_identical_to_the_whole_file_path(tmp_path: Path, capsys: Any, tiny_chunks: None,
                                                       layout: str) -> None:
    items = _cases(40)
    path = tmp_path / "in.json"
    path.write_text("\ufeff" + json.dumps(items, indent=2 if layout == "indented" else None, ensure_ascii=False),
                    encoding="utf-8")
    status, out = _run(path, capsys)
    assert out == _old_output(items, "en")
    assert status == 1  # BAD cases inside


def test_empty_array_and_single_object_unchanged(tmp_path: Path, capsys: Any, tiny_chunks: None) -> None:
    path = tmp_path / "in.json"
    path.write_text("  [ \n ]  ", encoding="utf-8")
    assert _run(path, capsys) == (0, "[]\n")
    path.write_text(json.dumps(GOOD), encoding="utf-8")
    status, out = _run(path, capsys)
    assert status == 0
    assert out == json.dumps(evaluate(json.loads(json.dumps(GOOD), parse_float=command.Decimal,
                                                 parse_int=command.Decimal), "en", today=TODAY), indent=2) + "\n"


@pytest.mark.parametrize("text", ["[\n" + json.dumps(GOOD) + ",\n" + json.dumps(GOOD) + "\n  {\"a\": 1}]",
                                  "[\n" + json.dumps(GOOD) + ",\n\n  " + '{"a": tru}]',
                                  "[" + json.dumps(GOOD) + "] x",
                                  "[" + json.dumps(GOOD) + ",\n"])
def test_syntax_error_far_into_the_file_names_the_same_line_and_column_as_json(
        tmp_path: Path, capsys: Any, tiny_chunks: None, text: str) -> None:
    path = tmp_path / "in.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(text)
    with pytest.raises(UserError) as got:
        _run(path, capsys)
    want = expected.value
    assert str(got.value) == f"the input is not valid JSON: {want.msg} (line {want.lineno}, column {want.colno})"


def test_bad_utf8_far_into_the_file_names_its_byte(tmp_path: Path, capsys: Any, tiny_chunks: None) -> None:
    raw = ("[" + json.dumps(GOOD) + ", \"").encode() + b"\xff" + b"\"]"
    path = tmp_path / "in.json"
    path.write_bytes(raw)
    where = raw.index(b"\xff")
    with pytest.raises(UserError, match=rf"not UTF-8 text \(byte {where}\)"):
        _run(path, capsys)


def test_jsonl_round_trip_gives_the_array_results_line_by_line(tmp_path: Path, capsys: Any,
                                                               tiny_chunks: None) -> None:
    items = _cases(25)
    array, lines = tmp_path / "in.json", tmp_path / "in.jsonl"
    array.write_text(json.dumps(items), encoding="utf-8")
    lines.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    _, array_out = _run(array, capsys)
    status, jsonl_out = _run(lines, capsys, jsonl=True)
    assert status == 1
    assert [json.loads(x) for x in jsonl_out.splitlines()] == json.loads(array_out)
    # and back: the results, one per line, are themselves valid JSON Lines of the same count
    assert len(jsonl_out.splitlines()) == len(items)


@pytest.mark.parametrize(("lang", "words"), [("fr", "ligne 3, colonne"), ("en", "line 3, column")])
def test_jsonl_bad_line_is_named_by_its_number_and_the_others_are_computed(
        cli: Any, tmp_path: Path, lang: str, words: str) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(GOOD) + "\n\n{\"jurisdiction\": \"QC\",\n" + json.dumps(GOOD) + "\n",
                    encoding="utf-8")
    out = cli("entitlements", "--jsonl", "--input", str(path), "--lang", lang)
    assert out.returncode == 1, out.stderr
    results = [json.loads(x) for x in out.stdout.splitlines()]
    assert len(results) == 3
    assert results[0]["amount_owed"] == 13440.0 == results[2]["amount_owed"]
    assert results[1]["error"]["field"] == "line 3"
    assert words in results[1]["error"]["message"]
    assert out.stderr == ""
