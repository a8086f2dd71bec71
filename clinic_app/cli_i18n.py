"""The command line in the user's language: which language, ``--help`` in French, numbers and durations.

Why here and not in Qt's ``.ts`` files: a subcommand that does not need Qt must not import it, and the
command-line messages already come in French and English from the program's own catalogues
(:mod:`clinic_app.errors`, the commands' ``fr``/``en`` strings). The option help is written in English in
each command module (where the option is defined) and translated here, by its English text, when the
parser is built for a French user; ``tests/cli/test_cli_language.py`` fails when a help text has no French.

The language (:func:`default_language`): ``--lang`` when given, else ``CLINIC_APP_LANG``, else the language
chosen in the program's settings (the same file the graphical program writes), else French.

Standard library only at import time (this module is imported for every command).
"""

from __future__ import annotations

import argparse
import configparser
import os
import sys
from collections.abc import Sequence
from pathlib import Path

LANGS = ("fr", "en")
LANG_ENV = "CLINIC_APP_LANG"
SETTINGS_ENV = "CLINIC_APP_SETTINGS_FILE"


def settings_file() -> Path:
    """The graphical program's settings file (QSettings, INI format, user scope), found without Qt."""
    given = os.environ.get(SETTINGS_ENV)
    if given:
        return Path(given)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "ClinicIntake" / "clinic-app.ini"


def settings_language() -> str | None:
    """``ui/lang`` of the settings file, if it is there and says fr or en."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(settings_file(), encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return None
    value = parser.get("ui", "lang", fallback="").strip()
    return value if value in LANGS else None


def default_language() -> str:
    """The language of a command run without ``--lang``: ``CLINIC_APP_LANG``, the setting, else French."""
    env = os.environ.get(LANG_ENV, "").strip().lower()[:2]
    if env in LANGS:
        return env
    return settings_language() or "fr"


def language_of_argv(argv: Sequence[str]) -> str:
    """The language the command line asks for (``--lang en`` / ``--lang=en``), else :func:`default_language`."""
    for i, arg in enumerate(argv):
        value = argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else (
            arg.split("=", 1)[1] if arg.startswith("--lang=") else None)
        if value in LANGS:
            return value
    return default_language()


# -- numbers and durations in the message's locale (Babel, imported when a message needs it) ----------------

_LOCALES = {"fr": "fr_CA", "en": "en_CA"}


def count(n: int, lang: str) -> str:
    """``1 000 000`` in French, ``1,000,000`` in English."""
    from babel.numbers import format_decimal

    return format_decimal(n, locale=_LOCALES.get(lang, "fr_CA"))


def seconds(value: float, lang: str) -> str:
    """A duration to a tenth of a second: ``1,9 s`` in French, ``1.9 s`` in English (SI symbol in both)."""
    from babel.numbers import format_decimal

    return format_decimal(round(value, 1), format="#,##0.0", locale=_LOCALES.get(lang, "fr_CA")) + "\u00a0s"


# -- --help in French ---------------------------------------------------------------------------------------

#: argparse's own words (its ``gettext`` strings)
ARGPARSE_FR: dict[str, str] = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments positionnels",
    "options": "options",
    "show this help message and exit": "afficher cette aide et quitter",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "the following arguments are required: %s": "ces arguments sont obligatoires : %s",
    "unrecognized arguments: %s": "arguments inconnus : %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide : %(value)r (au choix : %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "expected one argument": "une valeur attendue",
    "expected at most one argument": "au plus une valeur attendue",
    "expected at least one argument": "au moins une valeur attendue",
    "invalid %(type)s value: %(value)r": "valeur %(type)s invalide : %(value)r",
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "one of the arguments %s is required": "un des arguments %s est obligatoire",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë : %(option)s peut être %(matches)s",
    "ignored explicit argument %r": "argument explicite ignoré : %r",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "sous-commande inconnue %(parser_name)r (au choix : %(choices)s)",
    "expected %s argument": "%s valeur attendue",
    "expected %s arguments": "%s valeurs attendues",
}

#: the program's own help texts, by their English text (the command modules' ``HELP`` and option help)
HELP_FR: dict[str, str] = {
    # the program
    "Clinic Intake: intake forms, entitlement calculation under Quebec's Act respecting labour standards (and "
    "the Canada Labour Code), claim letters and exports, offline. Without a subcommand, opens the graphical "
    "program.":
        "Clinic Intake : formulaires d'accueil, calcul des indemnités selon la Loi sur les normes du travail du "
        "Québec (et le Code canadien du travail), lettres de réclamation et exportations, hors ligne. Sans "
        "sous-commande, ouvre le programme graphique.",
    "show the version and exit; with --verbose, also the bundled parts' versions":
        "afficher la version et quitter ; avec --verbose, aussi les versions des composants inclus",
    # the subcommands
    "Open the graphical program (the default when no subcommand is given).":
        "Ouvrir le programme graphique (ce que fait clinic-app sans sous-commande).",
    "Compute entitlements (Quebec LNT or Canada Labour Code) for case facts in JSON; see docs/law.md.":
        "Calculer les indemnités (LNT du Québec ou Code canadien du travail) à partir des faits d'un dossier en "
        "JSON ; voir docs/law.md.",
    "Render a claim letter PDF from case facts in JSON, without a database.":
        "Produire une lettre de réclamation en PDF à partir des faits d'un dossier en JSON, sans base de "
        "données.",
    "Fill a database with realistic fictional cases (creates it if needed).":
        "Remplir une base de données de dossiers fictifs réalistes (la crée au besoin).",
    "Export cases to CSV or XLSX (full, or de-identified for campaigns and statistics).":
        "Exporter les dossiers en CSV ou XLSX (complets, ou dépersonnalisés pour les campagnes et les "
        "statistiques).",
    "Export or import an encrypted case bundle to merge laptops.":
        "Exporter ou importer un paquet chiffré de dossiers pour fusionner les portables.",
    "Print the coordinators' summary report as a PDF.":
        "Produire le rapport sommaire des coordonnateurs en PDF.",
    "List every case by days left to its next deadline, or write the upcoming ones to a calendar file.":
        "Lister les dossiers selon les jours restants avant leur prochain délai, ou écrire les délais à venir "
        "dans un fichier de calendrier.",
    "List the sites and companies, or add up one of them on both counts (and print its one-page PDF).":
        "Lister les sites et entreprises, ou faire le total de l'un d'eux selon les deux décomptes (et produire "
        "sa fiche PDF d'une page).",
    "Check a person and parties for conflicts of interest, or keep the clinic's list of parties.":
        "Vérifier les conflits d'intérêts d'une personne et de parties, ou tenir la liste des parties de la "
        "clinique.",
    "Write a site's CNESST complaint package (workers with consent only) into a folder.":
        "Écrire dans un dossier la trousse de plainte à la CNESST d'un site (personnes ayant consenti "
        "seulement).",
    "Make a verified backup of the case database now (or --list the backups).":
        "Faire maintenant une copie de sécurité vérifiée de la base de dossiers (ou --list pour les lister).",
    "Check the whole case database (every page, and the search index) and say whether it is intact.":
        "Vérifier toute la base de dossiers (chaque page, et l'index de recherche) et dire si elle est intacte.",
    "Restore a backup in place of the case database (the current one is backed up first).":
        "Restaurer une copie de sécurité à la place de la base de dossiers (l'actuelle est d'abord copiée).",
    "List, then with --yes erase, closed cases older than the retention period.":
        "Lister, puis avec --yes effacer, les dossiers fermés depuis plus longtemps que la durée de "
        "conservation.",
    "Change the passphrase of the encrypted case database (a backup is made first).":
        "Changer la phrase de passe de la base de dossiers chiffrée (une copie de sécurité est faite d'abord).",
    "Export everything held about the person of one case, as JSON (access request).":
        "Exporter en JSON tout ce qui est détenu sur la personne d'un dossier (demande d'accès).",
    "Save PNG screenshots of the main screens with demo data, offscreen.":
        "Enregistrer des captures PNG des principaux écrans avec des données fictives, sans affichage.",
    # options shared by the database commands and the GUI
    "database file (default: the last one used, else the default)":
        "fichier de la base de données (par défaut : le dernier utilisé, sinon celui du programme)",
    "database URL instead of a file": "URL de base de données au lieu d'un fichier",
    "open an unencrypted database (tests, demo)": "ouvrir une base non chiffrée (tests, démonstration)",
    "read the passphrase from the first line of FILE": "lire la phrase de passe sur la première ligne de FILE",
    "language of the interface (default: the setting)": "langue de l'interface (par défaut : le réglage)",
    "database file (default: the program's own database)":
        "fichier de la base de données (par défaut : la base du programme)",
    "database URL instead of a file, e.g. postgresql://user@host/clinic":
        "URL de base de données au lieu d'un fichier, p. ex. postgresql://user@host/clinic",
    "plain, unencrypted database (tests and demos only)":
        "base ordinaire, non chiffrée (tests et démonstrations seulement)",
    "read the passphrase from the first line of FILE (else $CLINIC_APP_PASSPHRASE, else asked in the terminal)":
        "lire la phrase de passe sur la première ligne de FILE (sinon $CLINIC_APP_PASSPHRASE, sinon demandée "
        "dans le terminal)",
    "language of messages (default: %(default)s)": "langue des messages (par défaut : %(default)s)",
    # entitlements, letter
    "JSON file with one case object or an array of them; - reads standard input":
        "fichier JSON d'un dossier (un objet) ou de plusieurs (un tableau) ; - lit l'entrée standard",
    "language of the explanation and of error messages (default: %(default)s)":
        "langue de l'explication et des messages d'erreur (par défaut : %(default)s)",
    "case facts in JSON ('-' reads stdin)": "faits du dossier en JSON (« - » lit l'entrée standard)",
    "PDF to write (replaced only when complete)": "PDF à écrire (remplacé seulement une fois complet)",
    "letter language (ar: the worker summary only); default fr, and for the worker summary the person's "
    "preferred language":
        "langue de la lettre (ar : le résumé pour la personne seulement) ; par défaut fr, et pour le résumé la "
        "langue préférée de la personne",
    "which letter (default: the demand that fits the case)":
        "quelle lettre (par défaut : la mise en demeure qui convient au dossier)",
    "driver's demand: to the delivery company (dsp, default) or to the client":
        "mise en demeure d'un livreur : à l'entreprise de livraison (dsp, par défaut) ou au client",
    "date printed on the letter (default: today)": "date imprimée sur la lettre (par défaut : aujourd'hui)",
    # demo-data
    "how many cases (default: 300)": "combien de dossiers (par défaut : 300)",
    "random seed: the same seed gives the same cases":
        "graine aléatoire : la même graine donne les mêmes dossiers",
    # export
    "file format (default: from the --out file's extension)":
        "format du fichier (par défaut : selon l'extension du fichier --out)",
    "file to write (replaced only once complete)": "fichier à écrire (remplacé seulement une fois complet)",
    "CSV flavour: excel-fr = UTF-8 with BOM, ';' and decimal comma (default); plain = UTF-8, ',' and decimal "
    "point":
        "variante CSV : excel-fr = UTF-8 avec BOM, « ; » et virgule décimale (par défaut) ; plain = UTF-8, "
        "« , » et point décimal",
    "full (for the clinic's lawyers, default) or deidentified (no names, contacts, addresses, immigration "
    "status or free text)":
        "full (pour les avocats de la clinique, par défaut) ou deidentified (sans noms, coordonnées, adresses, "
        "statut d'immigration ni texte libre)",
    "deidentified: every combination of the columns written is shared by at least K rows (k-anonymity; "
    "default 5)":
        "deidentified : chaque combinaison des colonnes écrites est partagée par au moins K lignes "
        "(k-anonymat ; par défaut 5)",
    "columns to write, in this order (default: all the profile allows); see --list-columns":
        "colonnes à écrire, dans cet ordre (par défaut : toutes celles que le profil permet) ; voir "
        "--list-columns",
    "only this kind (repeatable)": "seulement ce type (répétable)",
    "only this status (repeatable)": "seulement ce statut (répétable)",
    "only this site or company": "seulement ce site ou cette entreprise",
    "language of messages and of the export for people: XLSX sheet name, labels of coded values, header labels "
    "(default: %(default)s)":
        "langue des messages et de l'export destiné aux personnes : nom de la feuille XLSX, libellés des valeurs "
        "codées, libellés des en-têtes (par défaut : %(default)s)",
    "column headers: stable names for scripts (default) or labels in the --lang language":
        "en-têtes de colonnes : noms stables pour les scripts (par défaut) ou libellés dans la langue de --lang",
    "list the columns (and which are personal) and exit":
        "lister les colonnes (et lesquelles sont personnelles) et quitter",
    # bundle
    "write this laptop's cases to an encrypted bundle": "écrire les dossiers de ce portable dans un paquet chiffré",
    "preview, then merge, an encrypted bundle into this laptop's cases":
        "prévisualiser, puis fusionner, un paquet chiffré dans les dossiers de ce portable",
    "Write this laptop's cases (all, or changed since the last bundle) to one encrypted file.":
        "Écrire les dossiers de ce portable (tous, ou ceux modifiés depuis le dernier paquet) dans un fichier "
        "chiffré.",
    "read the bundle passphrase from the first line of FILE (else $CLINIC_BUNDLE_PASSPHRASE, else a prompt in a "
    "terminal)":
        "lire la phrase de passe du paquet sur la première ligne de FILE (sinon $CLINIC_BUNDLE_PASSPHRASE, "
        "sinon demandée dans le terminal)",
    "bundle file to write": "fichier de paquet à écrire",
    "only cases changed on this laptop, or imported into it, since its last bundle (default: all cases)":
        "seulement les dossiers modifiés sur ce portable, ou importés, depuis son dernier paquet (par défaut : "
        "tous les dossiers)",
    "only cases changed since DATE (YYYY-MM-DD, UTC midnight, or an ISO timestamp)":
        "seulement les dossiers modifiés depuis DATE (AAAA-MM-JJ, minuit UTC, ou un horodatage ISO)",
    "Show what a bundle would add, update and leave in conflict; with --yes, merge it (by case UUID, in one "
    "transaction; nothing is ever deleted).":
        "Montrer ce qu'un paquet ajouterait, mettrait à jour et laisserait en conflit ; avec --yes, le "
        "fusionner (par UUID de dossier, en une transaction ; rien n'est jamais supprimé).",
    "bundle file to read": "fichier de paquet à lire",
    "write the merge (without it, only the preview is shown)":
        "écrire la fusion (sans cette option, seul l'aperçu est montré)",
    "create the database if it does not exist yet (a coordinator's new laptop)":
        "créer la base de données si elle n'existe pas encore (nouveau portable d'un coordonnateur)",
    "settle these conflicts (case numbers, site codes or UUIDs, or 'all') with the bundle's version":
        "régler ces conflits (numéros de dossier, codes de site ou UUID, ou « all ») avec la version du paquet",
    "settle these conflicts (case numbers, site codes or UUIDs, or 'all') by keeping this laptop's":
        "régler ces conflits (numéros de dossier, codes de site ou UUID, ou « all ») en gardant celle de ce "
        "portable",
    "also carry the cases' attachments (off by default; their size is printed first)":
        "joindre aussi les pièces des dossiers (désactivé par défaut ; leur taille est affichée d'abord)",
    "JSON Lines: one case object per line in, one result per line out":
        "JSON Lines : un objet dossier par ligne en entrée, un résultat par ligne en sortie",
    # attach
    "Attach evidence files (PDF, JPEG, PNG, HEIC, text) to a case, with the kind of document.":
        "Joindre des pièces justificatives (PDF, JPEG, PNG, HEIC, texte) à un dossier, avec le type de document.",
    "case number or UUID": "numéro de dossier ou UUID",
    "kind of document, e.g. driver_contract, pay_stubs ('list' prints the kinds)":
        "type de document, p. ex. driver_contract, pay_stubs (« list » affiche les types)",
    "files to attach": "fichiers à joindre",
    # screenshot
    "a 1280x720 screen at 150 %% scaling (files *-small-LANG.png) instead of 1366x768":
        "un écran de 1280x720 à 150 %% (fichiers *-small-LANG.png) au lieu de 1366x768",
    # report, deadlines, sites, conflicts, complaint package
    "PDF file to write": "fichier PDF à écrire",
    "language of the report (default: %(default)s)": "langue du rapport (par défaut : %(default)s)",
    "the day the 30-day deadline window starts (default: today)":
        "le jour où commence la fenêtre de 30 jours des délais (par défaut : aujourd'hui)",
    "only deadlines not passed and at most DAYS away (calendar: default 90)":
        "seulement les délais non échus, au plus dans DAYS jours (calendrier : 90 par défaut)",
    "only the cases of this site or company": "seulement les dossiers de ce site ou de cette entreprise",
    "only the cases taken by this volunteer": "seulement les dossiers pris par ce bénévole",
    "write the upcoming deadlines as an iCalendar file": "écrire les délais à venir dans un fichier iCalendar",
    "put the person's name in each calendar event (off: case numbers only)":
        "mettre le nom de la personne dans chaque événement (sinon : numéros de dossier seulement)",
    "the day the deadlines are looked at (default: today)":
        "le jour où les délais sont examinés (par défaut : aujourd'hui)",
    "language of the output (default: %(default)s)": "langue de la sortie (par défaut : %(default)s)",
    "list every site, show one, or merge a duplicate into another":
        "lister tous les sites, en montrer un, ou fusionner un site en double dans un autre",
    "the site or company code (for show; the duplicate for merge)":
        "le code du site ou de l'entreprise (pour show ; le site en double pour merge)",
    "merge: the site kept (the duplicate's cases move to it)":
        "merge : le site gardé (les dossiers du site en double y sont déplacés)",
    "also write the one-page PDF (show)": "écrire aussi la fiche PDF d'une page (show)",
    "the day the site is looked at (default: today)": "le jour où le site est examiné (par défaut : aujourd'hui)",
    "the person the clinic would act for": "la personne que la clinique représenterait",
    "a party the clinic would act against (repeat for several)":
        "une partie contre qui la clinique agirait (répéter pour plusieurs)",
    "print the clinic's list of parties": "afficher la liste des parties de la clinique",
    "add an adverse party to the list": "ajouter une partie adverse à la liste",
    "add a party the clinic acts for to the list": "ajouter à la liste une partie que la clinique représente",
    "a note kept with the added party": "une note gardée avec la partie ajoutée",
    "remove a party from the list (with --role)": "retirer une partie de la liste (avec --role)",
    "the role of the party to remove": "le rôle de la partie à retirer",
    "the site or company code": "le code du site ou de l'entreprise",
    "folder to write the package into": "dossier où écrire la trousse",
    "print each consent form in the person's language (French or English)":
        "imprimer chaque formulaire de consentement dans la langue de la personne (français ou anglais)",
    "the day the package is prepared (default: today)":
        "le jour où la trousse est préparée (par défaut : aujourd'hui)",
    "language of the package (default: %(default)s)": "langue de la trousse (par défaut : %(default)s)",
    # backup, restore, purge, passphrase, access-export, screenshot
    "list the backups, newest first, and exit": "lister les copies de sécurité, la plus récente d'abord, et quitter",
    "the backup file to restore": "la copie de sécurité à restaurer",
    "the backup's passphrase, first line of FILE, when it differs from the database's (a backup made before a "
    "passphrase change); asked in a terminal if needed":
        "la phrase de passe de la copie, sur la première ligne de FILE, si elle diffère de celle de la base "
        "(copie faite avant un changement de phrase de passe) ; demandée dans le terminal au besoin",
    "retention in days (default: the database's setting)":
        "durée de conservation en jours (par défaut : le réglage de la base)",
    "really erase the cases listed": "effacer vraiment les dossiers listés",
    "read the new passphrase from the first line of FILE (else asked twice)":
        "lire la nouvelle phrase de passe sur la première ligne de FILE (sinon demandée deux fois)",
    "case number (e.g. K7MQ-000123) or UUID": "numéro de dossier (p. ex. K7MQ-000123) ou UUID",
    "file to write (replaced only when complete)": "fichier à écrire (remplacé seulement une fois complet)",
    "use a temporary demo database (required)": "utiliser une base de démonstration temporaire (obligatoire)",
    "folder for the PNG files": "dossier des fichiers PNG",
    "interface language (default: %(default)s)": "langue de l'interface (par défaut : %(default)s)",
}


def _french(message: str) -> str:
    return ARGPARSE_FR.get(message, message)


def _french_plural(singular: str, plural: str, n: int) -> str:
    return _french(singular if n == 1 else plural)


def untranslated(parser: argparse.ArgumentParser) -> list[str]:
    """Help texts of ``parser`` (and its subcommands) with no French in :data:`HELP_FR`."""
    return [text for text in _help_texts(parser) if text not in HELP_FR]


def _help_texts(parser: argparse.ArgumentParser) -> list[str]:
    found: list[str] = [parser.description] if parser.description else []
    for action in parser._actions:  # noqa: SLF001 - argparse has no public walk of its actions
        if action.help and action.help != argparse.SUPPRESS and action.help not in ARGPARSE_FR:
            found.append(action.help)
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            found += [a.help for a in action._choices_actions if a.help]  # noqa: SLF001
            for sub in dict.fromkeys(action.choices.values()):
                found += _help_texts(sub)
    return found


def localize(parser: argparse.ArgumentParser, lang: str) -> argparse.ArgumentParser:
    """Put ``parser`` (and its subcommands) in ``lang``: its help texts, argparse's own words, and the default
    of every ``--lang`` option that defaults to French (it then follows :func:`default_language`)."""
    import gettext

    _set_lang_defaults(parser, default_language())
    if lang != "fr":
        argparse._ = gettext.gettext  # type: ignore[attr-defined]
        argparse.ngettext = gettext.ngettext  # type: ignore[attr-defined]
        return parser
    argparse._ = _french  # type: ignore[attr-defined]  # argparse looks its words up through gettext's _
    argparse.ngettext = _french_plural  # type: ignore[attr-defined]
    _translate(parser)
    return parser


def _set_lang_defaults(parser: argparse.ArgumentParser, lang: str) -> None:
    for action in parser._actions:  # noqa: SLF001
        if action.dest == "lang" and action.default == "fr":
            action.default = lang
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for sub in dict.fromkeys(action.choices.values()):
                _set_lang_defaults(sub, lang)


def _translate(parser: argparse.ArgumentParser) -> None:
    for group in parser._action_groups:  # noqa: SLF001 - "positional arguments", "options"
        if group.title:
            group.title = _french(group.title)
    if parser.description:
        parser.description = HELP_FR.get(parser.description, parser.description)
    for action in parser._actions:  # noqa: SLF001
        if action.help and action.help != argparse.SUPPRESS:
            action.help = HELP_FR.get(action.help, ARGPARSE_FR.get(action.help, action.help))
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for choice in action._choices_actions:  # noqa: SLF001
                if choice.help:
                    choice.help = HELP_FR.get(choice.help, choice.help)
            for sub in dict.fromkeys(action.choices.values()):
                _translate(sub)
