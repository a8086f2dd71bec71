"""Clinic Intake: intake, entitlements and claim letters for workers who lost their job in Quebec.

Layers (dependencies flow one way): ``ui`` -> ``letters``/``export`` -> ``storage`` -> ``domain``.
Importing this package must stay cheap: it loads nothing but the version.
"""

from clinic_app._version import __version__

__all__ = ["__version__"]

