"""Opening the database: SQLite (plain or SQLCipher-encrypted) or a PostgreSQL server.

Why these settings on every SQLite connection:

- ``PRAGMA cipher_log_level = NONE`` before the key, so a wrong passphrase never prints SQLCipher's own
  ``hmac check failed`` line on stderr: users see only our message.
- the key is checked (``SELECT count(*) FROM sqlite_master``) before anything is written, so a wrong
  passphrase touches nothing, not even the journal mode;
- ``journal_mode = WAL``: readers never block the writer, and a crash leaves the last committed transaction;
- ``synchronous = FULL``: in WAL mode, NORMAL may lose the last transactions on power loss (they sit in
  the WAL until a checkpoint is synced); FULL syncs the WAL at every commit, so a save the UI reports as done
  survives a power cut. A save is a few kilobytes, so the cost is one fsync per save;
- ``foreign_keys = ON`` (SQLite's default is off) and a 10 s ``busy_timeout`` (a backup, an import or a
  second window may hold the lock for a moment); write transactions begin ``IMMEDIATE`` so that they wait
  for the lock rather than fail (see :func:`sqlite_engine`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clinic_app.storage.errors import StorageError, WrongPassphraseError, from_sqlite_error

if TYPE_CHECKING:
    from sqlalchemy import Engine

SQLITE_HEADER = b"SQLite format 3\x00"
#: How long a write waits for another program's write to finish before saying "busy" (SQLite's busy
#: handler retries meanwhile). Saves take milliseconds; a 10,000-case import holds the lock a few seconds.
BUSY_TIMEOUT_MS = 10000


@dataclass(frozen=True)
class Target:
    """Where the data lives: a SQLite file (``path``) or a server URL (``url``)."""

    path: Path | None
    url: str | None
    encrypted: bool

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    def label(self) -> str:
        """Shown to users and in logs: the file path, or the server URL without its password."""
        if self.path is not None:
            return str(self.path)
        from sqlalchemy.engine import make_url

        return make_url(self.url or "").render_as_string(hide_password=True)


def resolve(path: str | Path | None, url: str | None, encrypted: bool) -> Target:
    """Turn ``open_store``'s arguments into a target; ``sqlite:///file`` URLs become paths."""
    if url:
        if url.startswith("sqlite"):
            from sqlalchemy.engine import make_url

            database = make_url(url).database
            if not database or database == ":memory:":
                raise StorageError("unreachable", detail="an in-memory database cannot hold cases")
            return Target(Path(database), None, encrypted)
        if url.startswith("postgresql://") or url.startswith("postgres://"):
            url = "postgresql+psycopg://" + url.split("://", 1)[1]
        return Target(None, url, False)
    if path is None:
        from clinic_app.paths import default_db_path

        path = default_db_path()
    return Target(Path(path), None, encrypted)


def file_is_plain_sqlite(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(16) == SQLITE_HEADER


def _quote(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def _looks_encrypted(path: Path) -> bool:
    """Whether ``path`` could be a SQLCipher database: not empty and made of whole pages (SQLCipher pages are
    multiples of 512 bytes). A file that is not cannot be opened by any passphrase."""
    try:
        size = path.stat().st_size
    except OSError:
        return True
    return size > 0 and size % 512 == 0


def raw_connect(path: Path, passphrase: str | None, *, wal: bool = True) -> Any:
    """A DB-API connection to ``path``, keyed and checked when ``passphrase`` is given, pragmas set.

    Raises :class:`WrongPassphraseError` only when the file looks like an encrypted database and the key
    does not open it; a full disk, a read-only or forbidden folder, a lock held elsewhere or a file that is
    not a database each raise a :class:`StorageError` of their own (nothing written in any case).
    """
    import sqlcipher3.dbapi2 as driver

    label = str(path)
    try:
        conn = driver.connect(label, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    except driver.Error as exc:
        raise from_sqlite_error(exc, label) or StorageError("not_a_database", path=label) from None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if passphrase is not None:
            conn.execute(f"PRAGMA key = {_quote(passphrase)}")
        conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (see _begin below)
        # Before the first read: a reader that meets a checkpoint or a recovery waits instead of failing.
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        except driver.DatabaseError as exc:
            cause = from_sqlite_error(exc, label)
            if cause is not None:
                raise cause from None
            if passphrase is not None and _looks_encrypted(path):
                raise WrongPassphraseError() from None
            raise StorageError("not_a_database", path=label) from None
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")  # a purged case is overwritten, not left in free pages
        if wal:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA journal_size_limit = 67108864")  # a WAL grown by a bulk import shrinks to 64 MB
        conn.execute("PRAGMA cache_size = -65536")  # 64 MB of decrypted pages: searches stop re-decrypting
    except driver.Error as exc:
        conn.close()
        raise from_sqlite_error(exc, label) or StorageError("io_error", path=label,
                                                            detail=type(exc).__name__) from None
    except BaseException:
        conn.close()
        raise
    return conn


def sqlite_engine(path: Path, passphrase: str | None, *, first: Any = None) -> Engine:
    """An engine whose every connection goes through :func:`raw_connect`.

    A connection opened with the execution option ``clinic_write=True`` (the store's write transactions)
    begins ``BEGIN IMMEDIATE``: it takes the write lock first, waiting up to the busy timeout for another
    writer. A plain ``BEGIN`` that reads and then writes cannot wait: SQLite refuses its upgrade to a
    writer at once ("database is locked") when another connection wrote meanwhile, which refused 25 of 60
    saves while a script was importing.

    ``first``: a connection :func:`raw_connect` already opened on this file with this key (the start-up's
    first page, :mod:`clinic_app.storage.first_page`): the engine's first connection, so the key is not
    derived a second time (a PBKDF2 of about 0.15 s).
    """
    import sqlcipher3.dbapi2 as module
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    handed = [first] if first is not None else []

    def creator() -> Any:
        return handed.pop() if handed else raw_connect(path, passphrase)

    # A pool of connections shared by the threads in turn (the connections allow it: check_same_thread=False),
    # not SQLAlchemy's choice for a URL without a file (SingletonThreadPool, one connection per thread): that
    # pool closes an arbitrary connection, possibly one another thread is using, once five threads have
    # one ("Cannot operate on a closed database" with the window's reminder, figures refresh and two workers),
    # and every new worker thread paid a key derivation for a connection of its own.
    engine = create_engine("sqlite+pysqlite://", module=module, creator=creator, poolclass=QueuePool,
                           pool_size=5, max_overflow=10)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # pysqlite's own transaction handling is off (isolation_level=None): begin explicitly, as SQLAlchemy
        # documents, so reads and writes of one unit of work share one transaction.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("clinic_write") else "BEGIN")

    return engine


def server_engine(url: str) -> Engine:
    from sqlalchemy import create_engine

    try:
        engine = create_engine(url, pool_pre_ping=True)
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except Exception as exc:  # noqa: BLE001 - any driver error means "cannot reach"
        raise StorageError("unreachable", detail=type(exc).__name__) from None
    return engine
