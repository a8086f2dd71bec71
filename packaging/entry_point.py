"""What the frozen ``clinic-app`` executable runs: the same ``main`` as the ``clinic-app`` console script."""

import sys

# Alembic loads the migration scripts from files inside the bundle; Python must not try to write their
# bytecode there (the install folder is read-only for users, and the program never writes beside itself).
sys.dont_write_bytecode = True

import multiprocessing  # noqa: E402

from clinic_app.cli import main  # noqa: E402

if __name__ == "__main__":
    # The letters' worker processes (clinic_app/letters/pool.py) start this same executable: let them run
    # their task instead of the program.
    multiprocessing.freeze_support()
    sys.exit(main())
