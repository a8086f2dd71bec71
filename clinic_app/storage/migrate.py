"""Schema migrations with Alembic, shipped inside the package (``storage/migrations``).

Why a HEAD constant: opening an up-to-date database must not pay for importing Alembic (start-up time);
a one-row query compares the stored revision with :data:`HEAD`, and Alembic is imported only when a
migration is due. ``tests/storage/test_migrations.py`` checks that HEAD is Alembic's head.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # SQLAlchemy is imported where it is used: the start-up reads HEAD without it
    from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
HEAD = "0014_deadline_roles"
#: every revision this version knows, oldest first (ids are names, not an order: see each one's down_revision)
KNOWN = ("0001", "0002", "0003", "0004", "0005", "0006", "0007_attachments", "0011", "0010_cases_table",
         "0008_search_index", "0009_figures_version", "0012_site_figures",
         "0013_summary_index", "0014_deadline_roles")


#: tables and indexes that migrations make but the models cannot describe (SQLite's FTS5 search index and its
#: shadow tables, PostgreSQL's trigram index), or that autogenerate cannot compare (the status sort's
#: expression index: PostgreSQL stores the expression rewritten): left out when models and database are compared
UNMODELLED = ("case_search", "ix_cases_search_trgm", "ix_cases_list_status")


def is_modelled(name: str | None) -> bool:
    return not (name or "").startswith(UNMODELLED)


def _config(conn: Connection) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = conn
    return cfg


def current_revision(conn: Connection) -> str | None:
    """The stored schema revision; ``None`` for an empty database."""
    from sqlalchemy import inspect, text

    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


@contextlib.contextmanager
def _migrating(conn: Connection) -> Iterator[None]:
    """The transaction a migration runs in; on SQLite, with foreign keys off.

    Why: SQLite cannot ALTER most things, so a migration copies the table and drops the old one; with
    foreign keys on, dropping ``cases`` cascades and deletes every person, wage and note (a downgrade of
    0002 did exactly that). ``PRAGMA foreign_keys`` is a no-op inside a transaction, so it is switched off
    before BEGIN, checked with ``foreign_key_check`` before COMMIT, and put back after. A connection already
    in a transaction (a caller's own) is used as it is.
    """
    if conn.in_transaction():
        yield
        return
    if conn.dialect.name != "sqlite":
        with conn.begin():
            yield
        return
    driver = conn.connection.driver_connection
    assert driver is not None
    before = driver.execute("PRAGMA foreign_keys").fetchone()[0]
    driver.execute("PRAGMA foreign_keys = OFF")
    try:
        with conn.begin():
            yield
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"migration left {len(broken)} rows pointing at nothing")
    finally:
        driver.execute(f"PRAGMA foreign_keys = {'ON' if before else 'OFF'}")


def upgrade(conn: Connection, revision: str = "head", progress: Callable[[str], None] | None = None) -> None:
    """Upgrade to ``revision``: pass a connection outside any transaction (see :func:`_migrating`).

    ``progress(revision)`` is called before each step (a step may take minutes at 100,000 cases: the GUI shows
    what it is doing, the CLI says a migration started); the steps still run in one transaction."""
    from alembic import command

    with _migrating(conn):
        if progress is None:
            command.upgrade(_config(conn), revision)
            return
        for step in pending_steps(conn, revision):
            progress(step)
            command.upgrade(_config(conn), step)


def pending_steps(conn: Connection, revision: str = "head") -> list[str]:
    """The revisions an upgrade to ``revision`` applies, oldest first."""
    from alembic.script import ScriptDirectory

    current = current_revision(conn)
    script = ScriptDirectory(str(MIGRATIONS_DIR))
    steps = [r.revision for r in script.iterate_revisions(revision, current) if r.revision != current]
    return steps[::-1]


def downgrade(conn: Connection, revision: str) -> None:
    from alembic import command

    with _migrating(conn):
        command.downgrade(_config(conn), revision)


def script_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    if head is None:  # only if the migrations folder was left out of a build
        raise RuntimeError(f"no Alembic migration found in {MIGRATIONS_DIR}")
    return head
