"""The command line speaks the user's language: ``--help`` (argparse's words and ours), usage errors, the
language taken from ``--lang``, ``CLINIC_APP_LANG`` or the program's settings, numbers and durations (Babel)."""

from __future__ import annotations

from pathlib import Path

from clinic_app.cli import build_parser
from clinic_app.cli_i18n import HELP_FR, count, seconds, untranslated
from tests.conftest import run_cli


def _flat(text: str) -> str:
    """argparse wraps help to the terminal's width: compare with the line breaks taken out."""
    return " ".join(text.split())


def _env_without_language(**extra: str) -> dict[str, str]:
    """No CLINIC_APP_LANG (run_cli adds this process's environment back, so it is set empty)."""
    return {"CLINIC_APP_LANG": "", **extra}


def test_every_help_text_has_its_french() -> None:
    assert untranslated(build_parser()) == []
    assert all(text.strip() and "  " not in text for text in HELP_FR.values())


def test_help_is_french_by_default_and_english_with_lang_en() -> None:
    fr = run_cli("export", "--help")
    assert fr.returncode == 0
    fr.stdout = _flat(fr.stdout)
    assert "utilisation :" in fr.stdout and "afficher cette aide et quitter" in fr.stdout
    assert "fichier à écrire (remplacé seulement une fois complet)" in fr.stdout
    assert "nom de la feuille XLSX, libellés des valeurs codées, libellés des en-têtes (par défaut : fr)" in fr.stdout
    assert "show this help" not in fr.stdout
    top = run_cli("--help")
    top.stdout = _flat(top.stdout)
    assert "Exporter les dossiers en CSV ou XLSX" in top.stdout and "options:" in top.stdout
    en = run_cli("export", "--help", "--lang", "en")
    assert en.returncode == 0
    en.stdout = _flat(en.stdout)
    assert "usage:" in en.stdout and "show this help message and exit" in en.stdout


def test_the_language_comes_from_the_settings_then_the_environment(tmp_path: Path) -> None:
    ini = tmp_path / "clinic-app.ini"
    ini.write_text("[ui]\nlang=en\n", encoding="utf-8")
    from_settings = run_cli("export", "--help", env=_env_without_language(CLINIC_APP_SETTINGS_FILE=str(ini)))
    assert "usage:" in from_settings.stdout and "(default: en)" in _flat(from_settings.stdout)
    error = run_cli("export", "--db", str(tmp_path / "none.db"), "--out", str(tmp_path / "x.csv"),
                    env=_env_without_language(CLINIC_APP_SETTINGS_FILE=str(ini)))
    assert error.returncode != 0 and "Traceback" not in error.stderr
    assert "passphrase required" in error.stderr, error.stderr  # the message in the setting's language
    env_wins = run_cli("export", "--help",
                       env=_env_without_language(CLINIC_APP_SETTINGS_FILE=str(ini), CLINIC_APP_LANG="fr"))
    assert "utilisation :" in env_wins.stdout
    nothing = run_cli("export", "--help", env=_env_without_language(CLINIC_APP_SETTINGS_FILE=str(tmp_path / "x")))
    assert "utilisation :" in nothing.stdout  # no setting at all: French


def test_usage_errors_are_in_the_users_language_and_exit_2(tmp_path: Path) -> None:
    fr = run_cli("export", "--db", str(tmp_path / "x.db"))
    assert fr.returncode == 2
    assert "--out FICHIER est obligatoire" in fr.stderr and "FILE" not in fr.stderr
    bad = run_cli("export", "--db", str(tmp_path / "x.db"), "--out", "x.csv", "--kind", "nope")
    assert bad.returncode == 2 and "choix invalide" in bad.stderr
    en = run_cli("export", "--db", str(tmp_path / "x.db"), "--lang", "en")
    assert en.returncode == 2 and "--out FILE is required" in en.stderr
    missing = run_cli("backup", "--restore-nothing")
    assert missing.returncode == 2 and "erreur : arguments inconnus : --restore-nothing" in _flat(missing.stderr)
    required = run_cli("restore")
    assert required.returncode == 2 and "ces arguments sont obligatoires" in _flat(required.stderr)


def test_numbers_and_durations_in_the_locale_of_the_message() -> None:
    assert count(1_000_000, "fr") == "1\u00a0000\u00a0000"
    assert count(1_000_000, "en") == "1,000,000"
    assert seconds(1.94, "fr") == "1,9\u00a0s"
    assert seconds(1.94, "en") == "1.9\u00a0s"
    assert seconds(1234.5, "en") == "1,234.5\u00a0s"


def test_demo_data_reports_thousands_and_seconds_in_the_language_asked(tmp_path: Path) -> None:
    en = run_cli("demo-data", "--db", str(tmp_path / "en.db"), "--no-encryption", "--count", "1000", "--lang", "en")
    assert en.returncode == 0, en.stderr
    assert "1,000 fictional cases added (1,000 in all) in " in en.stdout
    assert en.stdout.rstrip().endswith("\u00a0s") and "," not in en.stdout.split(" in ")[-1].split("\u00a0")[0]
    fr = run_cli("demo-data", "--db", str(tmp_path / "fr.db"), "--no-encryption", "--count", "1000")
    assert fr.returncode == 0, fr.stderr
    assert "1\u00a0000 dossiers fictifs ajoutés (1\u00a0000 au total) en " in fr.stdout
    assert "." not in fr.stdout.rsplit(" en ", 1)[-1]  # "2,3 s", not "2.3 s"
