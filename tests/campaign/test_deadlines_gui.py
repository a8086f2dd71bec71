"""The deadline dashboard tab on a real store of demo cases (pytest-qt, offscreen)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

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

    site = expected[0].case.site
    view.site.setCurrentIndex(view.site.findData(site))
    assert view.table.rowCount() == sum(r.case.site == site for r in expected)
    view.site.setCurrentIndex(0)
    view.within.setValue(30)
    assert all(0 <= r.days_left <= 30 for r in view.rows)

    with qtbot.waitSignal(view.openCaseRequested) as opened:
        view.table.cellDoubleClicked.emit(0, 2)
    assert opened.args == [view.rows[0].case.uuid]


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
