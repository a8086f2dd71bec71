"""``clinic-app gui``: open the graphical program (the default when no subcommand is given).

Placeholder until the gui work lands: the subcommand exists so ``--help`` lists it, and says plainly
that it is not available yet. Top level: standard library only (see ``clinic_app.cli``).
"""

from __future__ import annotations

import argparse

from clinic_app.errors import UserError

HELP = "Open the graphical program (the default when no subcommand is given)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """No options yet."""


def run(args: argparse.Namespace) -> int:
    raise UserError("this command is not available in this version yet")
