"""Schema migrations with Alembic, shipped inside the package (``storage/migrations``).

Why a HEAD constant: opening an up-to-date database must not pay for importing Alembic (start-up time);
a one-row query compares the stored revision with :data:`HEAD`, and Alembic is imported only when a
migration is due. ``tests/storage/test_migrations.py`` checks that HEAD is Alembic's head.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, inspect, text

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
HEAD = "0004"
KNOWN = ("0001", "0002", "0003", "0004")  # every revision this version knows, oldest first


def _config(conn: Connection) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = conn
    return cfg


def current_revision(conn: Connection) -> str | None:
    """The stored schema revision; ``None`` for an empty database."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(conn: Connection, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(_config(conn), revision)


def downgrade(conn: Connection, revision: str) -> None:
    from alembic import command

    command.downgrade(_config(conn), revision)


def script_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    if head is None:  # only if the migrations folder was left out of a build
        raise RuntimeError(f"no Alembic migration found in {MIGRATIONS_DIR}")
    return head
