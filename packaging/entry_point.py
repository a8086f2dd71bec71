"""What the frozen ``clinic-app`` executable runs: the same ``main`` as the ``clinic-app`` console script."""

import sys

from clinic_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
