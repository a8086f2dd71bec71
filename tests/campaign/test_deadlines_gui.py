"""The deadline dashboard tab on a real store of demo cases (pytest-qt, offscreen)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from clinic_app.domain.demo import generate_demo  # noqa: E402
from clinic_app.storage import open_store  # noqa: E402

TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    s = open_store(tmp_path / "demo.db", encrypted=False, create=True, auto_backup=False, actor="Camille")
    ests, cases = generate_demo(80, seed=5, today=TODAY)
    for est in ests:
        s.save_establishment(est)
    s.create_cases(cases)
    yield s
    s.close()


@pytest.mark.gui
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_dashboard_lists_cases_says_passed_in_words_filters_and_opens(qtbot, store, lang: str, tmp_path: Path) -> None:
    from clinic_app.services.deadlines import deadline_rows
    from clinic_app.ui.deadlines_view import DeadlinesView

    view = DeadlinesView(store, lang, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    assert view.refresh()
    expected = deadline_rows(store, TODAY)
    assert view.table.rowCount() == len(expected) > 0
    texts = [view.table.item(i, 0).text() for i in range(view.table.rowCount())]
    word = "passé depuis" if lang == "fr" else "passed"
    assert any(t.startswith(word) for t in texts) and not any(t.startswith("-") for t in texts)
    passed_row = next(i for i, t in enumerate(texts) if t.startswith(word))
    saver = view.table.item(passed_row, 5).text()
    assert saver == expected[passed_row].what_may_save(lang)
    view.grab().save(str(tmp_path / f"deadlines-{lang}.png"))

    assert view.more_button.isHidden()
    site = expected[0].case.site
    view.site.setCurrentIndex(view.site.findData(site))
    assert view.table.rowCount() == sum(r.case.site == site for r in expected)
    view.site.setCurrentIndex(0)
    view.within.setValue(30)
    qtbot.waitUntil(lambda: all(0 <= r.days_left <= 30 for r in view.rows) and view.rows != expected)
    assert view.rows == deadline_rows(store, TODAY, within_days=30)

    with qtbot.waitSignal(view.openCaseRequested) as opened:
        view.table.cellDoubleClicked.emit(0, 2)
    assert opened.args == [view.rows[0].case.uuid]


@pytest.mark.gui
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_dashboard_shows_a_first_page_says_how_many_more_and_fetches_them(qtbot, translated, store, lang: str,
                                                                         tmp_path: Path) -> None:
    """The window shows the first page only, says "showing the first N of M" (M counted in SQL) and how
    many have passed, and its button adds the next page under it until the board is whole: the engine's."""
    translated(lang)
    from clinic_app.services.deadlines import deadline_rows
    from clinic_app.ui.deadlines_view import DeadlinesView

    expected = deadline_rows(store, TODAY)
    assert len(expected) > 25
    view = DeadlinesView(store, lang, today=TODAY)
    view.page_size = 10
    qtbot.addWidget(view)
    view.resize(1000, 640)
    view.show()
    assert view.refresh()
    assert view.table.rowCount() == 10 and view.rows == expected[:10]
    assert view.more_button.isVisible()
    passed = sum(r.passed for r in expected)
    qtbot.waitUntil(lambda: view.counts is not None)  # counted in SQL after the page is shown
    label = view.count_label.text()
    if lang == "fr":
        assert f"Affichage des 10 premiers dossiers sur {len(expected)}" in label
        assert f"{passed} dont tous les délais légaux sont passés" in label
        assert view.more_button.text() == "Afficher les 10 suivants"
    else:
        assert f"Showing the first 10 cases of {len(expected)}" in label
        assert f"{passed} with every statutory deadline passed" in label
        assert view.more_button.text() == "Show the next 10"
    view.grab().save(str(tmp_path / f"deadlines-page-{lang}.png"))
    while view.more_button.isVisible():
        before = view.table.rowCount()
        qtbot.mouseClick(view.more_button, Qt.MouseButton.LeftButton)
        assert view.table.rowCount() > before
    assert view.rows == expected and view.table.rowCount() == len(expected)
    assert view.table.item(len(expected) - 1, 2).text() == expected[-1].case.case_number
    assert view.count_label.text().startswith(f"{len(expected)} ")
    view.grab().save(str(tmp_path / f"deadlines-all-{lang}.png"))


@pytest.mark.gui
def test_the_calendar_button_writes_the_stored_deadlines_off_the_gui_thread(qtbot, store, monkeypatch,
                                                                            tmp_path: Path) -> None:
    from clinic_app.services.deadlines import engine_calendar_items
    from clinic_app.ui import deadlines_view

    path = tmp_path / "deadlines.ics"
    monkeypatch.setattr(deadlines_view.QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), ""))
    view = deadlines_view.DeadlinesView(store, "en", today=TODAY - dt.timedelta(days=20))
    qtbot.addWidget(view)
    view.export_calendar()
    events, _names = engine_calendar_items(store, TODAY - dt.timedelta(days=20), 90)
    assert events and path.read_bytes().count(b"BEGIN:VEVENT") == len(events)
    assert view.message.text() == f"{len(events)} deadline(s) written to {path}."


@pytest.mark.gui
def test_the_start_up_reminder_counts_the_cases_due_within_14_days(qtbot, store) -> None:
    from clinic_app.services.deadlines import engine_rows
    from clinic_app.ui.deadlines_view import ReminderCheck

    check = ReminderCheck()
    coming = next(r for r in engine_rows(store, TODAY) if not r.passed)
    counts = []
    for day in (TODAY, dt.date(2025, 3, 1), coming.date - dt.timedelta(days=3)):
        with qtbot.waitSignal(check.found, timeout=10_000) as found:
            check.start(store, day)
        check.stop()
        assert found.args == [len(engine_rows(store, day, within_days=14))]
        counts.append(found.args[0])
    assert counts[-1] > 0


@pytest.mark.gui
def test_sites_tab_shows_both_counts_and_edits_a_site(qtbot, store, monkeypatch, tmp_path: Path) -> None:
    from clinic_app.domain.site_view import site_totals
    from clinic_app.storage import CaseQuery
    from clinic_app.ui.sites_view import SitesView

    view = SitesView(store, "en", today=TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    codes = [view.table.item(i, 0).text() for i in range(view.table.rowCount())]
    assert "DXT6" in codes and "YUL2" in codes
    view.table.selectRow(codes.index("DXT6"))
    est = view.current()
    assert est is not None and view.totals is not None
    expected = site_totals(est, list(store.iter_cases(CaseQuery(limit=None))), TODAY)
    assert view.totals.owed == expected.owed and view.totals.owed_drivers == expected.owed_drivers
    from clinic_app.domain.parsing import format_money
    assert view.fields["difference"].text() == format_money(expected.difference, "en")
    view.grab().save(str(tmp_path / "sites.png"))

    from clinic_app.ui.forms import establishment as dialog_module

    class Accept:
        def __init__(self, est, **_kw):  # type: ignore[no-untyped-def]
            est.terminations_with_drivers = 90  # below the employer's count's tier: the difference changes
            self.result_establishment = est

        def exec(self) -> int:
            return 1

    monkeypatch.setattr(dialog_module, "EstablishmentDialog", Accept)
    view.edit_site()
    saved = next(e for e in store.list_establishments() if e.code == "DXT6")
    assert saved.terminations_with_drivers == 90
    assert view.table.item(codes.index("DXT6"), 3).text() == "90"


@pytest.mark.gui
def test_sites_tab_writes_the_complaint_package(qtbot, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from clinic_app.ui.sites_view import SitesView

    view = SitesView(store, "en", today=TODAY)
    qtbot.addWidget(view)
    codes = [view.table.item(i, 0).text() for i in range(view.table.rowCount())]
    view.table.selectRow(codes.index("DXT6"))
    folder = tmp_path / "package"
    view.save_package(str(folder))
    assert (folder / "0-cover.pdf").is_file() and (folder / "9-not-included-internal.pdf").is_file()
    assert "included" in view.message.text() and str(folder) in view.message.text()


@pytest.fixture
def translated(qapp):  # type: ignore[no-untyped-def]
    """``translated(lang)``: the program's Qt translations installed for this test only."""
    from clinic_app.ui.i18n import install_translators

    installed: list = []  # type: ignore[type-arg]
    yield lambda lang: installed.extend(install_translators(qapp, lang))
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.mark.gui
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_site_edit_shows_updating_until_the_background_refresh_lands(qtbot, translated, store, monkeypatch,
                                                                       lang: str, tmp_path: Path) -> None:
    """Saving a site makes its cases' figures stale: the Sites tab, the case list and the dashboard say
    "updating" (never the old number) until the background worker has recomputed them; then the engine's
    figures show."""
    translated(lang)
    from clinic_app.domain.parsing import format_money
    from clinic_app.services import deadlines, sites
    from clinic_app.storage import CaseQuery
    from clinic_app.ui.case_list_model import UPDATING, CaseListModel
    from clinic_app.ui.deadlines_view import DeadlinesView
    from clinic_app.ui.figures_refresh import FiguresRefresher
    from clinic_app.ui.sites_view import SitesView

    view = SitesView(store, lang, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    codes = [view.table.item(i, 0).text() for i in range(view.table.rowCount())]
    view.table.selectRow(codes.index("DXT6"))
    est = view.current()
    assert est is not None and view.totals is not None and view.totals.updating == 0
    cases = view.totals.cases
    model = CaseListModel(store, CaseQuery(establishment_id=est.id, limit=None), lang=lang)
    owed_col = 5
    assert all(model.data(model.index(i, owed_col)) != UPDATING for i in range(model.rowCount()))

    with qtbot.waitSignal(view.figuresStale):
        from clinic_app.ui.forms import establishment as dialog_module

        class Accept:
            def __init__(self, est, **_kw):  # type: ignore[no-untyped-def]
                est.terminations_with_drivers = 90
                self.result_establishment = est

            def exec(self) -> int:
                return 1

        monkeypatch.setattr(dialog_module, "EstablishmentDialog", Accept)
        view.edit_site()
    view.table.selectRow(codes.index("DXT6"))
    view.show_site(view.current())
    word = "mise à jour" if lang == "fr" else "updating"
    assert view.totals.updating == cases
    for key in SitesView.FIGURE_FIELDS:
        assert view.fields[key].text().startswith(word), key
    assert view.fields["cases"].text().startswith(str(cases))  # counts stay exact
    view.grab().save(str(tmp_path / f"sites-updating-{lang}.png"))
    model.reload()
    assert {model.data(model.index(i, owed_col)) for i in range(model.rowCount())} == {UPDATING}
    board = DeadlinesView(store, lang, today=TODAY)
    qtbot.addWidget(board)
    assert board.refresh() and board.updating == cases
    assert str(cases) in board.count_label.text()

    refresher = FiguresRefresher(store)
    seen: list[tuple[int, int]] = []
    refresher.progress.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(refresher.finished, timeout=60_000):
        refresher.kick()
    assert refresher.wait(10) and not store.has_stale_figures()
    assert seen and seen[-1][0] == seen[-1][1] >= cases
    view.figures_updated()
    expected = sites.engine_totals(store, view.current(), TODAY)
    assert view.totals.updating == 0 and view.totals.owed_drivers == expected.owed_drivers
    assert view.fields["owed_drivers"].text() == format_money(expected.owed_drivers, lang)
    assert model.refresh_figures() == 0
    assert UPDATING not in {model.data(model.index(i, owed_col)) for i in range(model.rowCount())}
    assert board.refresh() and board.updating == 0
    assert board.rows == deadlines.engine_rows(store, TODAY)


@pytest.mark.gui
def test_the_main_window_recomputes_stale_figures_in_the_background(qtbot, store, tmp_path: Path) -> None:
    """After a site edit (or an update of the engine), the window's worker recomputes the stale figures: the
    status bar counts them ("Updating figures: x of y") and the list shows "…" for them, then the numbers."""
    import dataclasses

    from clinic_app.ui.case_list_model import UPDATING
    from clinic_app.ui.main_window import MainWindow
    from clinic_app.ui.settings import AppSettings

    window = MainWindow(store, settings=AppSettings(str(tmp_path / "s.ini")), ui_lang="en")
    qtbot.addWidget(window)
    est = next(e for e in store.list_establishments() if e.code == "DXT6")
    store.save_establishment(dataclasses.replace(est, terminations_with_drivers=90))
    window.model.reload()
    owed = [window.model.data(window.model.index(i, 5)) for i in range(window.model.rowCount())]
    assert UPDATING in owed
    seen: list[str] = []
    window.refresh_figures()
    refresher = window._figures
    refresher.progress.connect(lambda *_a: seen.append(window._figures_label.text()))
    qtbot.waitUntil(lambda: not refresher.running and window._figures_label is None, timeout=60_000)
    assert not store.has_stale_figures()
    # queued from the worker, after the window's own slot: the label's text when each batch landed
    assert seen and all(t.startswith("Updating figures: ") for t in seen)
    owed = [window.model.data(window.model.index(i, 5)) for i in range(window.model.rowCount())]
    assert UPDATING not in owed
