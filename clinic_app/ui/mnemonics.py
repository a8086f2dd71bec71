"""Alt mnemonics that never clash: one letter, one control, in every window and both languages (issue 18).

Why resolved at run time: a form page holds fifteen labels, the main window's menus take four letters (File,
Case, View, Help / Fichier, Dossier, Affichage, Aide) and each language spells the labels differently, so letters
picked by hand in two catalogues kept clashing (Alt+F went to Family name instead of File). Here the letter the
source or the translator chose is kept when it is free; otherwise the first free letter starting a word, then
any free letter; a control left without a free letter loses its mnemonic (its label still names it). The result
is deterministic: the same window in the same language always gets the same letters.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QMenu, QWidget


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` ("&&" is a literal ampersand), lower-cased; None without one."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def _strip(text: str) -> str:
    """``text`` without its mnemonic marker (literal "&&" kept)."""
    out, i = [], 0
    while i < len(text):
        if text[i] == "&" and i + 1 < len(text):
            if text[i + 1] == "&":
                out.append("&&")
                i += 2
                continue
            i += 1
            continue
        out.append(text[i])
        i += 1
    return "".join(out)


def _candidates(plain: str) -> list[int]:
    """Positions worth a mnemonic in ``plain`` (no markers): word starts first, then the other letters; plain
    ASCII letters before accented ones (Alt+é is not on every keyboard the clinic has)."""
    ranked: list[tuple[int, int]] = []
    for i, ch in enumerate(plain):
        if ch.isalnum():
            start = i == 0 or not plain[i - 1].isalnum()
            ranked.append(((0 if ch.isascii() else 2) + (0 if start else 1), i))
    return [i for _rank, i in sorted(ranked)]


def with_free_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` whose mnemonic is not in ``taken`` (its own when free); adds the letter chosen to ``taken``."""
    own = mnemonic(text)
    if own is None:
        return text
    if own not in taken:
        taken.add(own)
        return text
    plain = _strip(text)
    for i in _candidates(plain):
        letter = plain[i].lower()
        if letter not in taken and not (i > 0 and plain[i - 1] == "&"):
            taken.add(letter)
            return plain[:i] + "&" + plain[i:]
    return plain


def _texted(container: QWidget) -> list[QWidget]:
    """The controls of ``container`` that carry a mnemonic, in the order they were created (reading order)."""
    found: list[QWidget] = []
    for widget in container.findChildren(QWidget):
        if isinstance(widget, QAbstractButton) and mnemonic(widget.text()):
            found.append(widget)
        elif isinstance(widget, QLabel) and widget.buddy() is not None and mnemonic(widget.text()):
            found.append(widget)
        elif isinstance(widget, QGroupBox) and widget.isCheckable() and mnemonic(widget.title()):
            found.append(widget)
    return found


def resolve(widgets: Iterable[QWidget], taken: set[str]) -> set[str]:
    """Give each of ``widgets`` a mnemonic not in ``taken`` nor used by an earlier one; returns the letters used."""
    for widget in widgets:
        if isinstance(widget, QGroupBox):
            widget.setTitle(with_free_mnemonic(widget.title(), taken))
        elif isinstance(widget, (QLabel, QAbstractButton)):
            widget.setText(with_free_mnemonic(widget.text(), taken))
    return taken


def unique_in(container: QWidget, reserved: Iterable[str] = ()) -> set[str]:
    """Resolve the mnemonics of every control of ``container`` (a dialog, a page) around ``reserved`` letters."""
    return resolve(_texted(container), set(reserved))


def menu_letters(window: QWidget) -> set[str]:
    """The letters the menu titles of ``window`` (a main window) hold; empty for any other window."""
    if not isinstance(window, QMainWindow):
        return set()
    return {key for action in window.menuBar().actions() if (key := mnemonic(action.text()))}


def unique_menus(window: QMainWindow) -> None:
    """Menu titles unique in the menu bar, and each menu's items unique within that menu."""
    taken: set[str] = set()
    for action in window.menuBar().actions():
        action.setText(with_free_mnemonic(action.text(), taken))
        menu = action.menu()
        if isinstance(menu, QMenu):
            inside: set[str] = set()
            for item in menu.actions():
                if not item.isSeparator():
                    item.setText(with_free_mnemonic(item.text(), inside))
