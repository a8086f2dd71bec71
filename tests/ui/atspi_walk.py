"""The assistive technology's side of the AT-SPI test (``test_ui_atspi.py``): run by the system's Python 3 (where
Debian's ``python3-pyatspi`` lives, not the project's virtual environment), inside ``dbus-run-session`` on an X
display, as ``atspi_walk.py REPORT.json -- PROGRAM ARGS...``.

It starts the accessibility bus, then the program (``atspi_app.py``), and for each view the program announces
(``view <label>`` on its stdout) it reads, through AT-SPI only, what a screen reader (Orca) would:

1. **Names.** Every control a user can focus that is on screen (state ``focusable`` and ``showing``) must have a
   name: its accessible name, or the text of the label that names it (relation ``labelled-by``: a ``QLabel``'s
   buddy). On Linux Qt exports a combo box's current value as its name, so a combo box needs a label relation:
   its value alone does not say what it is. Items inside a list, table or tab bar (cells, list items, tabs) are
   named by their text and are not controls of their own; static labels are not controls.
2. **Tab order.** Starting where the program put the focus, it presses Tab (a real key press, through the
   registry's keyboard synthesis, X's XTEST) until the focus comes back to the start, and records each stop from
   the focus events. A jump from stop A to stop B goes **backwards** when B is entirely above A in the same
   column (their horizontal spans overlap) or entirely to the left of A on the same line (their vertical spans
   overlap), or both above and to the left of A. A jump up into another column to the right is allowed (a new
   column starts at its top); so is going down to a line that starts further left. Positions are read after each
   key press, for both stops, so a form that scrolls to show the new stop is compared in one scroll position.
   A Tab cycle goes back to its beginning once: one backward jump per cycle (from the window's last stop to its
   first) is allowed; when there are more, every backward jump is reported with both stops and their boxes.
3. **Reach.** Every enabled button, check box or editable field on screen must be one of the stops (of a group
   of radio buttons, one: Tab goes to the checked one, the arrows to the others). A combo box may be left out
   on purpose (the form's Status, changed with a click).

The report (JSON): ``{"views": {view: {"stops", "unnamed", "backwards", "skipped", "errors": [...]}},
"program_status": N}``. The exit status is 0 when the walk ran (whatever it found); the pytest side judges.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from typing import Any

import pyatspi
from gi.repository import GLib

#: roles whose objects are parts of a control (named by their text) or static text, not controls of their own
ITEM_ROLES = {
    pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_TREE_ITEM, pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM, pyatspi.ROLE_RADIO_MENU_ITEM, pyatspi.ROLE_MENU,
    pyatspi.ROLE_COLUMN_HEADER, pyatspi.ROLE_ROW_HEADER, pyatspi.ROLE_TABLE_COLUMN_HEADER,
    pyatspi.ROLE_TABLE_ROW_HEADER, pyatspi.ROLE_LABEL, pyatspi.ROLE_STATIC,
}
#: roles of the controls that hold items: a focused item counts as a stop on its control
HOLDER_ROLES = {pyatspi.ROLE_LIST, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE,
                pyatspi.ROLE_PAGE_TAB_LIST, pyatspi.ROLE_LIST_BOX}
#: roles whose AT-SPI name is their value on Linux (Qt): only a label relation says what they are
VALUE_NAMED_ROLES = {pyatspi.ROLE_COMBO_BOX}
#: controls Qt puts in the Tab order by default (a combo box may be left out on purpose: the form's Status)
TAB_ROLES = {pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON,
             pyatspi.ROLE_SPIN_BUTTON}
TEXT_ROLES = {pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT}
TAB_KEYSYM = 0xFF09
#: how long a Tab press may take to move the focus before the walk counts it as "focus did not move"
FOCUS_WAIT_S = 5.0
#: slack, in pixels, for "entirely above / to the left" (frames and margins overlap by a pixel or two)
SLACK = 3
MAX_STOPS = 250


class Focus:
    """The focus events of the program, in order (``object:state-changed:focused`` with detail 1)."""

    def __init__(self) -> None:
        self.events: list[pyatspi.Accessible] = []
        pyatspi.Registry.registerEventListener(self._on_event, "object:state-changed:focused")

    def _on_event(self, event: pyatspi.event.Event) -> None:
        if event.detail1 == 1:
            self.events.append(event.source)

    def pump(self, seconds: float) -> None:
        context = GLib.MainContext.default()
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if not context.iteration(False):
                time.sleep(0.002)

    def next_after(self, count: int, seconds: float) -> pyatspi.Accessible | None:
        """The newest focused object once more than ``count`` events arrived (None if none within ``seconds``)."""
        context = GLib.MainContext.default()
        deadline = time.monotonic() + seconds
        while len(self.events) <= count and time.monotonic() < deadline:
            if not context.iteration(False):
                time.sleep(0.002)
        if len(self.events) <= count:
            return None
        # A focus change can come as several events (a combo box, then its line edit), sent together: take
        # what has arrived, then once more after a moment for a straggler.
        for _ in range(2):
            while context.pending():
                context.iteration(False)
            time.sleep(0.003)
        return self.events[-1]


def role(obj: pyatspi.Accessible) -> str:
    try:
        return str(obj.getRoleName())
    except Exception:  # noqa: BLE001 - an object destroyed meanwhile
        return "?"


def states(obj: pyatspi.Accessible) -> pyatspi.StateSet:
    return obj.getState()


def label_text(obj: pyatspi.Accessible) -> str:
    """The text of the labels naming ``obj`` (relation labelled-by)."""
    texts: list[str] = []
    try:
        relations = obj.getRelationSet()
    except Exception:  # noqa: BLE001
        return ""
    for relation in relations:
        if relation.getRelationType() != pyatspi.RELATION_LABELLED_BY:
            continue
        for i in range(relation.getNTargets()):
            target = relation.getTarget(i)
            if target is not None and (target.name or "").strip():
                texts.append(target.name.strip())
    return " ".join(texts)


def spoken_name(obj: pyatspi.Accessible) -> str:
    """What names ``obj`` for a screen reader: its label relation, else (not for a combo box) its name."""
    labelled = label_text(obj)
    if labelled:
        return labelled
    if obj.getRole() in VALUE_NAMED_ROLES:
        return ""
    return (obj.name or "").strip()


def where(obj: pyatspi.Accessible) -> str:
    """A path a developer can find the widget with: the ancestors' names and Qt's object path."""
    names: list[str] = []
    parent = obj.parent
    while parent is not None and parent.getRole() not in (pyatspi.ROLE_FRAME, pyatspi.ROLE_DIALOG,
                                                          pyatspi.ROLE_APPLICATION):
        if (parent.name or "").strip():
            names.append(parent.name.strip())
        parent = parent.parent
    try:
        ident = obj.get_accessible_id() or ""
    except Exception:  # noqa: BLE001 - older libatspi
        ident = ""
    ident = ident.replace("QApplication.", "").replace("qt_tabwidget_stackedwidget.", "")
    inside = " < ".join(names[:3])
    return f"{ident}" + (f" (in {inside})" if inside else "")


def describe(obj: pyatspi.Accessible) -> str:
    return f"{role(obj)} {spoken_name(obj) or (obj.name or '')!r}"


def extents(obj: pyatspi.Accessible) -> tuple[int, int, int, int] | None:
    try:
        box = obj.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    except Exception:  # noqa: BLE001 - no component, or gone
        return None
    return (box.x, box.y, box.width, box.height)


def controls(window: pyatspi.Accessible) -> tuple[list[str], list[pyatspi.Accessible]]:
    """Every focusable, showing control of ``window`` without a name (items and labels excepted); and the
    enabled ones Tab must reach (buttons, check boxes, editable text)."""
    found: list[str] = []
    reachable: list[pyatspi.Accessible] = []

    def visit(obj: pyatspi.Accessible) -> None:
        state = states(obj)
        if not state.contains(pyatspi.STATE_SHOWING):
            return
        kind = obj.getRole()
        if state.contains(pyatspi.STATE_FOCUSABLE) and kind not in ITEM_ROLES:
            if not spoken_name(obj):
                found.append(f"{role(obj)} at {where(obj)}")
            if state.contains(pyatspi.STATE_SENSITIVE) and (kind in TAB_ROLES or (
                    kind in TEXT_ROLES and state.contains(pyatspi.STATE_EDITABLE))):
                reachable.append(obj)
        if obj.getRole() in HOLDER_ROLES:
            return  # the items of a list or table: named by their text
        for child in obj:
            if child is not None:
                visit(child)

    for child in window:
        if child is not None:
            visit(child)
    return found, reachable


def stop_of(obj: pyatspi.Accessible) -> pyatspi.Accessible:
    """The control a focused object belongs to: a cell or list item counts as its table or list; the line edit
    of an editable combo box as the combo box."""
    try:
        parent = obj.parent
        if obj.getRole() in ITEM_ROLES and parent is not None and parent.getRole() in HOLDER_ROLES:
            return parent
        if parent is not None and parent.getRole() == pyatspi.ROLE_COMBO_BOX:
            return parent
    except Exception:  # noqa: BLE001 - GLib.GError: a transient control already destroyed (see noted())
        pass
    return obj


def was_reached(obj: pyatspi.Accessible, reached: list[pyatspi.Accessible]) -> bool:
    """Whether Tab reached ``obj``; a radio button counts when one of its group (its siblings) was: Tab goes to
    the checked one, the arrows to the others."""
    if obj in reached or stop_of(obj) in reached:
        return True
    if obj.getRole() == pyatspi.ROLE_RADIO_BUTTON and obj.parent is not None:
        return any(sibling in reached for sibling in obj.parent if sibling is not None
                   and sibling.getRole() == pyatspi.ROLE_RADIO_BUTTON)
    return False


def backwards(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    """Whether going from box ``a`` to box ``b`` goes back in reading order (see the module docstring)."""
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    same_column = bx < ax + aw and ax < bx + bw
    same_line = by < ay + ah and ay < by + bh
    above = by + bh <= ay + SLACK
    left = bx + bw <= ax + SLACK
    return (above and (same_column or left)) or (same_line and left and not same_column)


def press_tab() -> None:
    pyatspi.Registry.generateKeyboardEvent(TAB_KEYSYM, None, pyatspi.KEY_SYM)


def noted(obj: pyatspi.Accessible) -> tuple[str, bool, str]:
    """``obj``'s description, whether it has a spoken name, and where it is, read now (see :func:`tab_walk`).

    A control destroyed while being read (between the focus event and these questions) is reported as gone
    and not as unnamed: there is nothing left to name."""
    try:
        return describe(obj), bool(spoken_name(obj)), f"Tab stop {role(obj)} at {where(obj)}"
    except Exception:  # noqa: BLE001 - GLib.GError "No such object path": the control no longer exists
        return "(a control that no longer exists)", True, ""


def tab_walk(focus: Focus, start: pyatspi.Accessible) -> dict[str, Any]:
    """Press Tab from ``start`` until the focus is back on it; the stops, unnamed stops and backward jumps."""
    report: dict[str, Any] = {"stops": [], "unnamed": [], "backwards": [], "skipped": [], "errors": []}
    first = stop_of(start)
    stops = [first]
    # Each stop is described when the focus reaches it: a transient control (a table's cell editor) may be
    # gone from the tree by the end of the walk, and asking a gone object anything raises.
    seen = {0: noted(first)}
    jumps: list[str] = []
    current = first
    stuck = 0
    while len(stops) < MAX_STOPS:
        count = len(focus.events)
        press_tab()
        moved = focus.next_after(count, FOCUS_WAIT_S)
        if moved is None:
            report["errors"].append(f"Tab from {noted(current)[0]} moved the focus nowhere within {FOCUS_WAIT_S} s")
            break
        now = stop_of(moved)
        if now == current:
            stuck += 1  # Tab from cell to cell inside a table: allowed, for a while
            if stuck > 60:
                report["errors"].append(f"Tab never leaves {noted(current)[0]}")
                break
            continue
        stuck = 0
        a, b = extents(current), extents(now)
        if a is not None and b is not None and backwards(a, b):
            jumps.append(f"{noted(current)[0]} {a} -> {noted(now)[0]} {b}")
        if now == first:
            break
        if now in stops:
            report["errors"].append(f"the Tab chain loops back to {noted(now)[0]} without reaching the start")
            break
        stops.append(now)
        seen[len(stops) - 1] = noted(now)
        current = now
    else:
        report["errors"].append(f"no way back to the start after {MAX_STOPS} stops")
    report["stops"] = [seen[i][0] for i in range(len(stops))]
    report["_stops"] = stops
    report["unnamed"] = [seen[i][2] for i in range(len(stops)) if not seen[i][1]]
    if len(jumps) > 1:
        report["backwards"] = jumps
    return report


def find_app(pid: int, seconds: float = 30) -> pyatspi.Accessible:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.get_process_id() == pid:
                return app
        time.sleep(0.1)
    seen = [(app.name, app.get_process_id()) for app in pyatspi.Registry.getDesktop(0) if app is not None]
    raise SystemExit(f"atspi-walk: the program (pid {pid}) never appeared on the accessibility bus; there: {seen}")


def active_window(app: pyatspi.Accessible) -> pyatspi.Accessible | None:
    showing = [w for w in app if w is not None and states(w).contains(pyatspi.STATE_SHOWING)]
    for window in showing:
        if states(window).contains(pyatspi.STATE_ACTIVE):
            return window
    return showing[-1] if showing else None


def focused_in(window: pyatspi.Accessible) -> pyatspi.Accessible | None:
    """The focused object under ``window`` (searched among the showing objects)."""
    def visit(obj: pyatspi.Accessible) -> pyatspi.Accessible | None:
        state = states(obj)
        if not state.contains(pyatspi.STATE_SHOWING):
            return None
        for child in obj:  # the deepest: Qt marks a widget focused when its focus proxy is
            if child is not None:
                hit = visit(child)
                if hit is not None:
                    return hit
        # a scroll area's viewport is marked focused with its scroll area (its focus proxy): not a control
        focused = state.contains(pyatspi.STATE_FOCUSED) and obj.getRole() != pyatspi.ROLE_FILLER
        return obj if focused else None
    return visit(window)


def main(argv: list[str]) -> int:
    out = argv[0]
    program = argv[argv.index("--") + 1:]
    pyatspi.Registry.getDesktop(0)  # starts the accessibility bus: Qt joins it only if it runs already
    focus = Focus()
    child = subprocess.Popen(program, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=os.environ)
    assert child.stdin is not None and child.stdout is not None
    report: dict[str, dict[str, Any]] = {}
    try:
        app = None
        while True:
            line = child.stdout.readline().strip()
            if not line or line == "done":
                break
            label = line.removeprefix("view ")
            print(f"atspi-walk: {label}", file=sys.stderr, flush=True)
            app = app or find_app(child.pid)
            focus.pump(0.05)
            window = active_window(app)
            if window is None:
                report[label] = {"stops": [], "unnamed": [], "backwards": [], "errors": ["no window showing"]}
            else:
                start = focus.events[-1] if focus.events else None
                if start is None or not states(start).contains(pyatspi.STATE_FOCUSED) \
                        or not states(start).contains(pyatspi.STATE_SHOWING):
                    start = focused_in(window)
                if start is None:
                    result = {"stops": [], "unnamed": [], "backwards": [],
                              "errors": [f"nothing has the focus in {describe(window)}"]}
                else:
                    result = tab_walk(focus, start)
                unnamed, reachable = controls(window)
                result["unnamed"] = sorted(set(unnamed) | set(result["unnamed"]))
                reached = result.pop("_stops", [])
                if start is not None and not result["errors"]:  # a whole cycle: who was never reached
                    result["skipped"] = [f"{describe(c)} at {where(c)}" for c in reachable
                                         if not was_reached(c, reached)]
                report[label] = result
            child.stdin.write("next\n")
            child.stdin.flush()
    finally:
        child.stdin.close()
        try:
            status = child.wait(30)
        except subprocess.TimeoutExpired:
            child.kill()
            status = -9
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"views": report, "program_status": status}, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
