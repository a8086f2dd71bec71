"""Clinic Intake: intake, entitlements and claim letters for workers who lost their job in Quebec.

Layers (dependencies flow one way): ``ui`` -> ``letters``/``export`` -> ``storage`` -> ``domain``.
Importing this package must stay cheap: it loads nothing but the version.
"""

from clinic_app._version import __version__

__all__ = ["__version__"]

import logging as _logging

# Warnings of the program's own modules go to the log file the GUI sets up, never as stray lines on a
# user's terminal next to the one-line error the CLI prints (Python's last-resort handler would).
_logging.getLogger(__name__).addHandler(_logging.NullHandler())
