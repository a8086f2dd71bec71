"""``clinic-app screenshot``: save PNG screenshots of the main screens with demo data, offscreen.

Top level: standard library only (see ``clinic_app.cli``).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from clinic_app.errors import UserError

HELP = "Save PNG screenshots of the main screens with demo data, offscreen."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """--demo (required: only demo data is ever photographed), --out DIR, --lang."""
    parser.add_argument("--demo", action="store_true", help="use a temporary demo database (required)")
    parser.add_argument("--out", metavar="DIR", required=True, help="folder for the PNG files")
    parser.add_argument("--lang", choices=("fr", "en"), default="fr", help="interface language (default: %(default)s)")
    parser.add_argument("--small", action="store_true",
                        help="a 1280x720 screen at 150 %% scaling (files *-small-LANG.png) instead of 1366x768")


def run(args: argparse.Namespace) -> int:
    if not args.demo:
        raise UserError("--demo is required: screenshots are only taken of demo data, never of real cases")
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        if args.small:  # before Qt is imported: the screen and its scaling are read when the application starts
            from clinic_app.ui.screenshot import small_screen_environment

            os.environ.update(small_screen_environment(Path(tmp)))
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from clinic_app.ui.screenshot import take_screenshots

        for path in take_screenshots(Path(args.out), lang=args.lang, small=args.small):
            print(path)
    return 0
