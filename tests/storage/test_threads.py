"""Several threads reading one encrypted store at once (the window's reminder, figures refresh and workers).

SQLAlchemy gives a URL without a file one connection per thread (SingletonThreadPool), and that pool closes an
arbitrary connection, possibly one in use, once five threads hold one: the deadline window's page failed with
"Cannot operate on a closed database" while the window's other threads read. The store's pool shares a bounded
set of connections between the threads instead.
"""

from __future__ import annotations

import threading
from pathlib import Path

from clinic_app.domain.demo import generate_demo
from clinic_app.storage import CaseQuery, open_store


def test_eight_threads_read_at_once_without_closing_each_others_connection(tmp_path: Path) -> None:
    store = open_store(tmp_path / "t.db", passphrase="threads passphrase", create=True, auto_backup=False)
    try:
        ests, cases = generate_demo(20, seed=3)
        for est in ests:
            store.save_establishment(est)
        store.create_cases(cases)
        expected = store.count_cases(CaseQuery(limit=None))
        threads = 8
        opened = threading.Barrier(threads, timeout=30)
        counts: list[int] = []
        errors: list[BaseException] = []

        def reader() -> None:
            try:
                with store._engine.connect() as conn:  # noqa: SLF001 - hold a connection while the others open
                    opened.wait()  # every thread holds its connection before any reads
                    counts.append(conn.exec_driver_sql("SELECT count(*) FROM cases WHERE deleted_at IS NULL")
                                  .scalar_one())
                    opened.wait()
                counts.append(store.count_cases(CaseQuery(limit=None)))  # and through the store's own API
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        workers = [threading.Thread(target=reader) for _ in range(threads)]
        for w in workers:
            w.start()
        for w in workers:
            w.join(60)
        assert not errors, errors
        assert counts == [expected] * (2 * threads)
    finally:
        store.close()
