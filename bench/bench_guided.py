"""Guided-mode page change in the intake form (issue 18 target: median <= 16 ms, one frame).

Usage: python bench/bench_guided.py [CHANGES]   (default 200; 40 for a quick run)

Each sample is one Alt+Right (or Alt+Left at the end) key event sent to the focused field of an open CaseEditor in
guided mode (a driver case with its facts, so every section applies and the review page lists what is missing),
followed by the event-loop turn that shows the next section, moves the cursor into its first field and updates
the step label. Offscreen: painting is not included, layout is.
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
TARGET_MS = 16.0


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from clinic_app.domain.case import Case, CaseKind
    from clinic_app.storage import open_store
    from clinic_app.ui.forms import CaseEditor

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "b.db", encrypted=False, create=True, auto_backup=False)
        case = Case.new(CaseKind.DRIVER)
        case.person.given_name, case.person.family_name = "Bench", "Mark"
        assert case.driver is not None
        case.driver.dsp_legal_name, case.driver.client_name = "DSP", "Client"
        case.work.start_date, case.work.termination_date = dt.date(2020, 5, 4), dt.date(2025, 1, 22)
        case.work.weekly_wage = Decimal("900")
        editor = CaseEditor(store, case, ui_lang="fr", actor="bench")  # new: guided
        editor.resize(1366, 768)
        editor.show()
        for _ in range(5):
            app.processEvents()
        assert editor.flow is not None and editor.flow.guided
        samples: list[float] = []
        forward = True
        for _ in range(n):
            steps = editor.flow.steps()
            row = editor.nav.currentRow()
            if row == steps[-1]:
                forward = False
            elif row == steps[0]:
                forward = True
            target = QApplication.focusWidget() or editor
            start = time.perf_counter()
            QTest.keyClick(target, Qt.Key.Key_Right if forward else Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
            app.processEvents()
            samples.append((time.perf_counter() - start) * 1000)
            assert editor.nav.currentRow() != row, "the page did not change"
        editor._set_dirty(False)
        editor.close()
        store.close()
    median = statistics.median(samples)
    p95 = sorted(samples)[int(len(samples) * 0.95) - 1]
    print(f"guided page change: median {median:.2f} ms, p95 {p95:.2f} ms over {n} changes "
          f"(target median <= {TARGET_MS:.0f} ms)")
    return 0 if median <= TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
