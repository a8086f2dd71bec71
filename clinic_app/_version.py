"""The one version number of Clinic Intake.

pyproject.toml reads it (``[tool.setuptools.dynamic]``), so ``--version``, the About dialog, the installer
names and the PDF metadata all show the same number, frozen or not.
"""

__version__ = "0.1.0"
