"""``clinic-app restore``: restore the case database from a backup (the current file is backed up first).

Placeholder until the storage work lands: the subcommand exists so ``--help`` lists it, and says plainly
that it is not available yet. Top level: standard library only (see ``clinic_app.cli``).
"""

from __future__ import annotations

import argparse

from clinic_app.errors import UserError

HELP = "Restore the case database from a backup (the current file is backed up first)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """No options yet."""


def run(args: argparse.Namespace) -> int:
    raise UserError("this command is not available in this version yet")
