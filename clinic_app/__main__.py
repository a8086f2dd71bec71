"""``python -m clinic_app``: same as the ``clinic-app`` command."""

import sys

from clinic_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
