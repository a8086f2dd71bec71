"""The case list with keyset pages and capped counts, and the work moved off the opening path: the automatic
backup after the first paint (shown while it runs, its failure said in the user's language) and File > Check
the database, both on a worker thread. Real stores, real widgets (pytest-qt)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from clinic_app.domain.demo import generate_demo
from clinic_app.storage import CaseQuery, open_store
from clinic_app.storage.records import SORT_KEYS


def _settle() -> None:
    """Let the window's worker threads end before their store is closed (as the program does on quitting)."""
    import threading

    from clinic_app.ui.background import WORKER_NAMES

    for thread in threading.enumerate():
        if thread.name in WORKER_NAMES:
            thread.join(60)


@pytest.fixture
def store(tmp_path: Path) -> Any:
    st = open_store(tmp_path / "c.db", encrypted=False, create=True, auto_backup=False, check=False,
                    backup_dir=tmp_path / "backups")
    ests, cases = generate_demo(130, seed=9)
    for est in ests:
        st.save_establishment(est)
    st.create_cases(cases)
    yield st
    _settle()
    st.close()


@pytest.fixture
def french(qapp: Any) -> Any:
    """French translators installed as the program does (the .qm files built from translations/)."""
    from clinic_app.ui.i18n import install_translators

    installed = install_translators(qapp, "fr")
    yield
    for tr in installed:
        qapp.removeTranslator(tr)


def _window(qtbot: Any, store: Any, tmp_path: Path, lang: str = "en") -> Any:
    from clinic_app.ui.main_window import MainWindow
    from clinic_app.ui.settings import AppSettings

    window = MainWindow(store, settings=AppSettings(str(tmp_path / "s.ini")), ui_lang=lang)
    qtbot.addWidget(window)
    return window


def test_the_model_pages_through_every_case_once_for_every_sort(store: Any, qapp: Any,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from clinic_app.ui import case_list_model
    from clinic_app.ui.case_list_model import COLUMNS, CaseListModel

    monkeypatch.setattr(case_list_model, "PAGE", 17)
    model = CaseListModel(store, CaseQuery())
    for column, (key, _title) in enumerate(COLUMNS):
        assert key in SORT_KEYS
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            assert model.rowCount() == 17
            while model.canFetchMore():
                model.fetchMore()
            listed = [model.row_at(i).uuid for i in range(model.rowCount())]
            expected = store.list_cases(CaseQuery(sort=key, descending=order == Qt.SortOrder.DescendingOrder,
                                                  limit=None))
            assert listed == [r.uuid for r in expected], (key, order)
            assert model.total() == 130


def test_counts_and_searches_stop_at_their_cap_and_say_so(store: Any, qtbot: Any, tmp_path: Path, french: Any,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from clinic_app.ui import case_list_model

    monkeypatch.setattr(case_list_model, "COUNT_CAP", 50)
    monkeypatch.setattr(case_list_model, "SEARCH_CAP", 20)
    window = _window(qtbot, store, tmp_path, lang="fr")
    assert window.model.capped()
    assert window.count_label.text() == "Plus de 50 dossiers"
    window.search.setText("e")  # matches nearly everyone: more than 20
    window._apply_filters()
    assert window.model.more_matches() and window.model.rowCount() == 20
    assert window.count_label.text().startswith("Plus de 20 résultats")
    one = store.list_cases(CaseQuery(limit=1))[0]
    window.search.setText(one.case_number)
    window._apply_filters()
    assert [window.model.row_at(i).uuid for i in range(window.model.rowCount())] == [one.uuid]
    assert window.count_label.text() == "1 dossier"


def test_the_site_filter_lists_the_establishments(store: Any, qtbot: Any, tmp_path: Path) -> None:
    window = _window(qtbot, store, tmp_path)
    sites = [window.site_filter.itemData(i) for i in range(1, window.site_filter.count())]
    assert {e.code for e in store.list_establishments()} <= set(sites)
    window.site_filter.setCurrentIndex(sites.index("YUL2") + 1)
    rows = [window.model.row_at(i) for i in range(window.model.rowCount())]
    assert rows and all(r.site_or_company == "YUL2" for r in rows)


def test_the_automatic_backup_runs_after_the_first_paint_and_is_shown(store: Any, qtbot: Any,
                                                                      tmp_path: Path) -> None:
    window = _window(qtbot, store, tmp_path)
    assert not (tmp_path / "backups").exists()  # nothing before the window is painted
    window.show()
    qtbot.waitUntil(lambda: getattr(window, "_backup_task", None) is not None, timeout=5000)
    labels = [w.text() for w in window.statusBar().findChildren(type(window.count_label))]
    assert "Backing up the database…" in labels
    window.search.setText("tremblay")  # typing goes on meanwhile
    assert window.search.text() == "tremblay"
    qtbot.waitUntil(lambda: not window._backup_task.running, timeout=30000)
    qtbot.waitUntil(lambda: "Backing up the database…" not in
                    [w.text() for w in window.statusBar().findChildren(type(window.count_label))], timeout=5000)
    made = list((tmp_path / "backups").glob("*-daily.db"))
    assert len(made) == 1
    assert store.auto_backup_error is None


def test_a_failed_automatic_backup_is_said_in_french(tmp_path: Path, qtbot: Any, french: Any) -> None:
    db = tmp_path / "c.db"
    open_store(db, encrypted=False, create=True, auto_backup=False).close()
    not_a_folder = tmp_path / "backups"
    not_a_folder.write_text("a file where the backup folder should be")
    store = open_store(db, encrypted=False, auto_backup=False, check=False, backup_dir=not_a_folder)
    try:
        window = _window(qtbot, store, tmp_path, lang="fr")
        window.show()
        qtbot.waitUntil(lambda: store.auto_backup_error is not None, timeout=30000)
        qtbot.waitUntil(lambda: getattr(window, "_backup_label", None) is not None, timeout=5000)
        text = window._backup_label.text()
        assert "Sauvegarde automatique ÉCHOUÉE" in text and "Traceback" not in text
    finally:
        _settle()
        store.close()


def test_check_the_database_reports_intact_rebuilt_and_damaged(store: Any, qtbot: Any, tmp_path: Path, french: Any,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    said: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a: said.append((title, text)))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: said.append((title, text)))
    window = _window(qtbot, store, tmp_path, lang="fr")
    window.check_database()
    qtbot.waitUntil(lambda: len(said) == 1, timeout=30000)
    assert said[-1] == ("Vérifier la base de données", "La base de données est intacte.")
    with store._engine.begin() as conn:  # noqa: SLF001 - the index falls out of step (an outside VACUUM)
        conn.exec_driver_sql("INSERT INTO case_search(case_search, rowid, search_text) "
                             "SELECT 'delete', rowid, search_text FROM cases")
    window.check_database()
    qtbot.waitUntil(lambda: len(said) == 2, timeout=30000)
    assert "reconstruit" in said[-1][1]


def test_check_the_database_says_a_damaged_file_is_damaged(tmp_path: Path, qtbot: Any, french: Any,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    db = tmp_path / "d.db"
    st = open_store(db, encrypted=False, create=True, auto_backup=False)
    ests, cases = generate_demo(400, seed=2)
    for est in ests:
        st.save_establishment(est)
    st.create_cases(cases)
    with st._engine.connect() as conn:  # noqa: SLF001 - where the weekly wages start (not read by the list)
        root = conn.exec_driver_sql("SELECT rootpage FROM sqlite_master WHERE name = 'weekly_wage'").scalar()
        page = conn.exec_driver_sql("PRAGMA page_size").scalar()
    st.close()
    data = bytearray(db.read_bytes())
    start = (root - 1) * page
    data[start + 8: start + page] = b"\x5a" * (page - 8)
    db.write_bytes(bytes(data))
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a: said.append((title, text)))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: said.append((title, text)))
    store = open_store(db, encrypted=False, auto_backup=False, check=False)
    try:
        window = _window(qtbot, store, tmp_path, lang="fr")
        window.check_database()
        qtbot.waitUntil(lambda: len(said) == 1, timeout=30000)
        title, text = said[0]
        assert title == "Vérifier la base de données"
        assert "endommagée" in text and "Traceback" not in text
    finally:
        _settle()
        store.close()


def test_a_bug_in_a_worker_is_reported_then_reaches_the_exception_hook(qtbot: Any) -> None:
    from clinic_app.storage import StorageError
    from clinic_app.ui.background import BackgroundTask

    task = BackgroundTask("check-database", lambda exc: StorageError("io_error", path="x",
                                                                     detail=type(exc).__name__))
    failed: list[Any] = []
    task.failed.connect(failed.append)

    def broken() -> None:
        raise ZeroDivisionError("a bug")

    with qtbot.captureExceptions() as exceptions:
        task.start(broken)
        qtbot.waitUntil(lambda: bool(failed), timeout=10000)
        qtbot.waitUntil(lambda: bool(exceptions), timeout=10000)
    assert failed[0].code == "io_error" and "ZeroDivisionError" in failed[0].message("en")
    assert exceptions[0][0] is ZeroDivisionError
