"""Entitlement panel update after a keystroke in the intake form (issue 6 target: median <= 16 ms, one frame).

Usage: python bench/bench_panel.py [KEYSTROKES]   (default 300; 50 for a quick run)

Each sample is one real key event typed into the weekly wage field of an open CaseEditor (driver case, with an
establishment and its second count, so both columns of figures are recomputed) followed by the event-loop turn
that refreshes validation, summaries and the panel. The floor, measured the same way in the same run, is the
same keystroke into a bare QLineEdit with nothing connected; the engine alone (two ``case_entitlements`` calls)
is printed too. Offscreen: painting is not included, layout is.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit

    app = QApplication([])
    from clinic_app.domain.case import Case, CaseKind, Establishment
    from clinic_app.domain.case_figures import case_entitlements
    from clinic_app.storage import open_store
    from clinic_app.ui.forms import CaseEditor

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "b.db", encrypted=False, create=True, auto_backup=False)
        est = store.save_establishment(Establishment(code="DXT4", employer_legal_name="Demo",
                                                     establishment_terminations=180,
                                                     terminations_with_drivers=330,
                                                     collective_notice_weeks_given=Decimal(0)))
        case = Case.new(CaseKind.DRIVER)
        case.person.given_name, case.person.family_name = "Bench", "Mark"
        assert case.driver is not None
        case.driver.station_code, case.driver.dsp_legal_name, case.driver.client_name = "DXT4", "DSP", "Client"
        case.establishment_id = est.id
        case.work.start_date, case.work.termination_date = dt.date(2020, 5, 4), dt.date(2025, 1, 22)
        case.work.weekly_wage = Decimal("900")
        editor = CaseEditor(store, store.create_case(case), ui_lang="fr", actor="bench")
        editor.resize(1366, 768)
        editor.show()
        editor.focus_field("work.weekly_wage")
        field = editor._rows["work.weekly_wage"].binding.focus_widget
        field.setFocus()
        bare = QLineEdit()
        bare.show()
        bare.setFocus()
        for _ in range(5):
            app.processEvents()

        def keystrokes(widget: QLineEdit) -> list[float]:
            out = []
            for i in range(n):
                if i % 4 == 0:
                    widget.selectAll()  # keep the value short: a new number every 4 keys
                key = Qt.Key(Qt.Key.Key_1 + i % 9)
                start = time.perf_counter()
                QTest.keyClick(widget, key)
                app.processEvents()
                out.append(time.perf_counter() - start)
            return out

        keystrokes(field)  # warm-up (first layout of every label)
        panel = keystrokes(field)
        floor = keystrokes(bare)
        assert editor.panel.values["amount_owed"].text() != "—", "the panel should show figures"
        engine = []
        for _ in range(n):
            c = editor.case()
            start = time.perf_counter()
            case_entitlements(c, est)
            case_entitlements(c, est, count_drivers=True)
            engine.append(time.perf_counter() - start)
        editor._set_dirty(False)
        editor.close()
        store.close()

    med = statistics.median(panel) * 1000
    p95 = sorted(panel)[int(0.95 * (n - 1))] * 1000
    fl = statistics.median(floor) * 1000
    print(f"keystrokes: {n}")
    print(f"panel update after a keystroke: median {med:.2f} ms, p95 {p95:.2f} ms (target median <= 16 ms)")
    print(f"floor (bare QLineEdit keystroke): median {fl:.3f} ms; ratio {med / fl:.1f}x")
    print(f"engine alone (both counts): median {statistics.median(engine) * 1000:.3f} ms")
    return 0 if med <= 16 else 1


if __name__ == "__main__":
    raise SystemExit(main())
