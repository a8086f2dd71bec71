"""``clinic-app letter`` as a user runs it: output problems answered in one line, nothing left behind, and the
kinds it offers are exactly the program's letter kinds."""

from __future__ import annotations

from pathlib import Path

from clinic_app.commands.letter import KINDS
from clinic_app.letters.kinds import LetterKind

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "docs" / "examples" / "letter-case.json"


def test_kinds_offered_are_the_letter_kinds() -> None:
    assert set(KINDS) == {k.value for k in LetterKind}


def test_output_that_cannot_be_written_leaves_no_temporary_file(cli, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    (folder / "sub").mkdir(parents=True)
    done = cli("letter", "--input", str(EXAMPLE), "--out", str(folder / "sub"), "--today", "2025-02-10")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in folder.iterdir()) == ["sub"], "a temporary copy of the letter was left"
    missing = cli("letter", "--input", str(EXAMPLE), "--out", str(tmp_path / "nope" / "x.pdf"), "--today", "2025-02-10")
    assert missing.returncode == 2 and "Traceback" not in missing.stderr


def test_surrogate_escape_in_the_json_still_gives_a_letter(cli, tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace('"Hélène"', '"H\\ud800lène"')
    assert "\\ud800" in text
    case = tmp_path / "case.json"
    case.write_text(text, encoding="utf-8")
    out = tmp_path / "l.pdf"
    done = cli("letter", "--input", str(case), "--out", str(out), "--today", "2025-02-10")
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF-")


def test_worker_summary_is_in_the_workers_language_unless_lang_is_given(cli, tmp_path: Path) -> None:
    import io
    import json

    from pypdf import PdfReader

    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    langs = {}
    for preferred in ("ar", "en", "other"):
        data["person"]["preferred_language"] = preferred
        case = tmp_path / f"{preferred}.json"
        case.write_text(json.dumps(data), encoding="utf-8")
        for given in (None, "fr", "en"):
            out = tmp_path / f"{preferred}-{given}.pdf"
            done = cli("letter", "--input", str(case), "--kind", "worker_summary", "--out", str(out),
                       "--today", "2025-02-10", *(("--lang", given) if given else ()))
            assert done.returncode == 0, done.stderr
            text = PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
            langs[preferred, given] = (
                "ar" if "\ufe8e" in text or "\ufe8d" in text  # alef forms: Arabic page
                else "en" if "What the law gives you" in text else "fr" if "Ce que la loi" in text else "?")
    # The person's language only when no --lang is given; --lang is obeyed for every kind.
    assert langs == {("ar", None): "ar", ("en", None): "en", ("other", None): "fr",
                     ("ar", "fr"): "fr", ("en", "fr"): "fr", ("other", "fr"): "fr",
                     ("ar", "en"): "en", ("en", "en"): "en", ("other", "en"): "en"}


def test_a_missing_recipient_is_named_as_the_json_spells_it(cli, tmp_path: Path) -> None:
    import json

    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    del data["employer"]["name"]
    case = tmp_path / "case.json"
    case.write_text(json.dumps(data), encoding="utf-8")
    done = cli("letter", "--input", str(case), "--out", str(tmp_path / "l.pdf"), "--lang", "en", "--today",
               "2025-02-10")
    assert done.returncode == 1 and "employer.name" in done.stderr and "Traceback" not in done.stderr
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["driver"] = {"client_name": "", "controls": {"monitoring_app": True}}
    case.write_text(json.dumps(data), encoding="utf-8")
    done = cli("letter", "--input", str(case), "--out", str(tmp_path / "l.pdf"), "--recipient", "client",
               "--today", "2025-02-10")
    assert done.returncode == 1 and "driver.client_name" in done.stderr, done.stderr
    assert not (tmp_path / "l.pdf").exists()


def test_consent_must_be_stated_in_the_json_for_a_demand(cli, tmp_path: Path) -> None:
    import json

    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    for consent, lang in ((None, "fr"), ({"scope": "intake"}, "en")):
        if consent is None:
            data.pop("consent", None)
        else:
            data["consent"] = consent
        case = tmp_path / "case.json"
        case.write_text(json.dumps(data), encoding="utf-8")
        out = tmp_path / "l.pdf"
        done = cli("letter", "--input", str(case), "--out", str(out), "--lang", lang, "--today", "2025-02-10")
        assert done.returncode == 1 and "consent.scope" in done.stderr and "Traceback" not in done.stderr
        assert ("consentement" if lang == "fr" else "consent to letters") in done.stderr
        assert not out.exists()
        # the worker's own summary needs no consent to a third party
        done = cli("letter", "--input", str(case), "--out", str(out), "--kind", "worker_summary", "--today",
                   "2025-02-10")
        assert done.returncode == 0, done.stderr
        out.unlink()


def test_a_prescribed_claim_is_refused_with_the_civil_route_named(cli, tmp_path: Path) -> None:
    out = tmp_path / "l.pdf"
    done = cli("letter", "--input", str(EXAMPLE), "--out", str(out), "--lang", "en", "--today", "2026-03-01")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "January 22, 2026" in done.stderr and "civil claim until January 22, 2028" in done.stderr
    assert not out.exists()


def test_warnings_are_printed_on_stderr_and_the_letter_is_written(cli, tmp_path: Path) -> None:
    out = tmp_path / "l.pdf"
    done = cli("letter", "--input", str(EXAMPLE), "--out", str(out), "--lang", "en", "--today", "2026-01-05")
    assert done.returncode == 0, done.stderr
    assert "Warning: Deadline close" in done.stderr and out.exists()
