"""The ``clinic-app`` command: one program, many subcommands, the GUI by default.

Why a table of module paths instead of imports: a subcommand that does not need Qt (``entitlements``,
``export``, ``demo-data``...) must not import Qt, SQLAlchemy or ReportLab just because another subcommand
does. Each command module under ``clinic_app.commands`` keeps its top level to the standard library and
imports its heavy parts inside ``run()``; only the chosen subcommand's ``run()`` is ever called.

Every command module exposes:

* ``HELP``: one line for ``clinic-app --help``;
* ``add_arguments(parser: argparse.ArgumentParser) -> None``;
* ``run(args: argparse.Namespace) -> int``: the exit status (0 success, 1 invalid input, 2 unusable input).

Errors a user can cause derive from :class:`clinic_app.errors.ClinicError`; :func:`report_error` prints one as
one line on standard error, in the language of ``--lang``, and returns its exit status (2 for usage and
unusable input files, 1 for a refused operation). ``Exception`` is caught in one place only, the last resort
of :func:`main` (exit 3, details in the log file): no traceback ever reaches a user.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType

from clinic_app._version import __version__
from clinic_app.errors import Cancelled, ClinicError, UserError

#: Subcommand name -> module under ``clinic_app.commands``. Order is the order of ``--help``.
SUBCOMMANDS: dict[str, str] = {
    "gui": "gui",
    "entitlements": "entitlements",
    "letter": "letter",
    "demo-data": "demo_data",
    "export": "export",
    "bundle": "bundle",
    "report": "report",
    "deadlines": "deadlines",
    "sites": "sites",
    "conflicts": "conflicts",
    "attach": "attach",
    "complaint-package": "complaint_package",
    "backup": "backup",
    "check": "check",
    "restore": "restore",
    "purge": "purge",
    "passphrase": "passphrase",
    "access-export": "access_export",
    "screenshot": "screenshot",
}


def _load(module_name: str) -> ModuleType:
    return importlib.import_module(f"clinic_app.commands.{module_name}")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """Build the parser; importing command modules is cheap by their contract (stdlib only).

    ``only`` limits it to one subcommand: starting the GUI (the common case, cold-start budget) need not
    import and describe the fourteen others.
    """
    parser = argparse.ArgumentParser(
        prog="clinic-app",
        description=(
            "Clinic Intake: intake forms, entitlement calculation under Quebec's Act respecting labour "
            "standards (and the Canada Labour Code), claim letters and exports, offline. "
            "Without a subcommand, opens the graphical program."
        ),
    )
    parser.add_argument("--version", action="version", version=f"clinic-app {__version__}",
                        help="show the version and exit; with --verbose, also the bundled parts' versions")
    parser.add_argument("--verbose", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module_name in SUBCOMMANDS.items():
        if only is not None and name != only:
            continue
        module = _load(module_name)
        sp = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(sp)
        sp.set_defaults(_module=module_name)
    return parser


#: What ``--out -`` means for each command that writes a file: the temporary file's suffix (the commands pick
#: the format from it) and whether the format is binary (refused on a terminal). ``export`` is CSV (text)
#: unless ``--format xlsx``. ``screenshot --out`` is a folder: ``-`` is refused.
STDOUT_FORMATS: dict[str, tuple[str, bool]] = {
    "letter": (".pdf", True),
    "report": (".pdf", True),
    "bundle": (".bundle", True),
    "access-export": (".json", False),
    "export": (".csv", False),
}


def _memory_folder() -> str | None:
    """A private folder in memory (tmpfs) for ``--out -``: personal data never goes to a disk's temp folder."""
    import os
    import tempfile

    for base in (os.environ.get("XDG_RUNTIME_DIR", ""), "/dev/shm"):
        if base and os.path.isdir(base) and os.access(base, os.W_OK | os.X_OK):
            return tempfile.mkdtemp(prefix="clinic-app-", dir=base)  # mode 0700
    return None


def _run_to_stdout(module: ModuleType, args: argparse.Namespace) -> int:
    """``--out -``: run the command into a file in memory, then copy it to standard output.

    The command's own report lines ("3 cases written to ...") go to standard error, so standard output
    carries the data alone. A binary format is refused when standard output is a terminal.
    """
    import contextlib
    import io
    import shutil
    from pathlib import Path

    from clinic_app.cli_i18n import default_language

    lang = args.lang if getattr(args, "lang", None) in ("fr", "en") else default_language()
    fmt = STDOUT_FORMATS.get(args.command)
    if fmt is None:
        raise UserError("--out - : cette commande écrit un dossier, pas un flux ; donnez un chemin" if lang == "fr"
                        else "--out -: this command writes a folder, not a stream; give a path")
    suffix, binary = fmt
    if args.command == "export" and getattr(args, "format", None) == "xlsx":
        suffix, binary = ".xlsx", True
    if binary and sys.stdout.isatty():
        kind = suffix.lstrip(".").upper()
        raise UserError(f"--out - : refusé, un fichier {kind} (binaire) ne s'affiche pas dans un terminal ; "
                        "redirigez la sortie (> fichier, | commande) ou donnez un nom de fichier" if lang == "fr" else
                        f"--out -: refused, a {kind} file (binary) cannot be shown in a terminal; redirect the "
                        "output (> file, | command) or give a file name")
    folder = _memory_folder()
    if folder is None:
        raise UserError("--out - : aucun système de fichiers en mémoire ici ; donnez un nom de fichier" if lang == "fr"
                        else "--out -: no memory file system here; give a file name")
    try:
        target = Path(folder) / f"out{suffix}"
        args.out = str(target)
        report = io.StringIO()
        try:
            with contextlib.redirect_stdout(report):
                status = int(module.run(args) or 0)
        finally:
            sys.stderr.write(report.getvalue().replace(str(target), "-"))
        if status == 0 and target.is_file():
            sys.stdout.flush()
            with target.open("rb") as data:
                shutil.copyfileobj(data, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        return status
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _gui_is_up(args: argparse.Namespace) -> bool:
    """True once the graphical program (``clinic-app gui``) has its QApplication: a person may not see the
    terminal. Not for other commands that start Qt (``screenshot`` runs unattended: a box would wait forever)."""
    if args.command != "gui" or "PySide6.QtWidgets" not in sys.modules:  # never import Qt here
        return False
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() is not None


def report_error(args: argparse.Namespace, exc: ClinicError) -> int:
    """The one way the CLI reports a known error: one line on stderr, then its exit status (1 or 2, never 3).

    When the graphical program is already up (``clinic-app gui`` failing while it starts), the same message is
    also shown in a box: it may have been started from a desktop icon, with no terminal to read.
    """
    lang = getattr(args, "lang", None)
    if lang not in ("fr", "en"):
        from clinic_app.cli_i18n import default_language

        lang = default_language()
    text = exc.message(lang)
    print(f"clinic-app {args.command}: {text}", file=sys.stderr)
    if _gui_is_up(args):
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "Clinic Intake", text)
    return exc.exit_status


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``clinic-app`` and ``python -m clinic_app``; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if set(args_list) == {"--version", "--verbose"}:
        from clinic_app.components import version_report

        print(version_report())
        return 0
    if not args_list or (args_list[0].startswith("-") and args_list[0] not in ("-h", "--help", "--version")):
        # No subcommand: the GUI, with whatever GUI options were given.
        args_list = ["gui", *args_list]
    from clinic_app.cli_i18n import language_of_argv, localize

    parser = localize(build_parser(only="gui" if args_list[0] == "gui" else None), language_of_argv(args_list))
    args = parser.parse_args(args_list)
    if getattr(args, "_module", None) is None:
        parser.print_help()
        return 0
    from clinic_app.startup import prepare_process

    prepare_process()  # core dumps off, private files, log file, leftovers of a killed export removed
    module = _load(args._module)
    try:
        if getattr(args, "out", None) == "-":
            return _run_to_stdout(module, args)
        return int(module.run(args) or 0)
    except ClinicError as exc:
        return report_error(args, exc)
    except EOFError:  # Ctrl-D at any prompt (a passphrase, a new passphrase, a backup's): the user cancelled
        print(file=sys.stderr)
        return report_error(args, Cancelled())
    except KeyboardInterrupt:
        print("clinic-app: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
    except Exception as exc:  # noqa: BLE001 - the last line of defence: never a traceback for a user
        if _gui_is_up(args):  # the GUI's own hook: the log and the friendly dialog (it logs, once)
            from clinic_app.ui.errors import handle_exception

            where = handle_exception(type(exc), exc, exc.__traceback__)
        else:
            from clinic_app.logs import log_exception

            where = log_exception(exc)
        print(
            f"clinic-app {args.command}: unexpected error ({type(exc).__name__}); details were written to {where}",
            file=sys.stderr,
        )
        return 3


if __name__ == "__main__":
    sys.exit(main())
