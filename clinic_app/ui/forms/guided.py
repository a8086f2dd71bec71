"""Guided intake beside the free sections: Next/Back with progress, required markers, hidden questions, review.

Why a helper of the editor and not part of it: the editor keeps what it guarantees (nothing typed is lost, only
edited fields written); this adds the way through the form. Every rule comes from the domain
(:mod:`clinic_app.domain.intake_rules`: what applies, what is required, what is missing; :mod:`~clinic_app.domain
.glossary`: the legal terms); the flow only shows and hides.

* **Guided mode** (on for a new case) hides the section list: one section at a time, Next (Alt+Right) and Back
  (Alt+Left), sections that do not apply skipped, a progress bar of the required answers, and last a review page
  listing what is missing or to correct before "Intake complete". Free mode keeps the section list; Next, Back and
  the review stay available.
* **Required fields** carry "*" after their label and "required" in their accessible name; each page with one
  says in words what "*" means (never colour alone).
* **Questions that do not apply are hidden** in both modes (the end of a fixed term for a permanent job, recall
  rights for a non-member, the control indicators for a driver not classified as a contractor).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWhatsThis,
    QWidget,
)

from clinic_app.domain import glossary, intake_rules
from clinic_app.domain.case import Case, CaseStatus
from clinic_app.domain.validation import CaseIssue
from clinic_app.ui.contrast import secondary_style

if TYPE_CHECKING:
    from clinic_app.ui.forms.editor import CaseEditor
    from clinic_app.ui.forms.page import FieldRow

translate = QCoreApplication.translate
REQUIRED_MARK = " *"


class ReviewPage(QWidget):
    """The last step: what is missing or to correct, each a line that leads to its field; then "Intake complete"."""

    key = "review"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = translate("CaseForms", "Review")
        layout = QVBoxLayout(self)
        heading = QLabel(translate("CaseForms", "Review before finishing"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("CaseForms", "Missing or to correct"))
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)
        hint = QLabel(translate("CaseForms", "Enter on a line goes to that field."), self)
        hint.setStyleSheet(secondary_style(hint))
        layout.addWidget(hint)
        row = QHBoxLayout()
        row.addStretch(1)
        self.complete_button = QPushButton(translate("CaseForms", "Intake &complete"), self)
        self.complete_button.setToolTip(translate("CaseForms", "Save the case with the status Intake complete"))
        row.addWidget(self.complete_button)
        layout.addLayout(row)
        self.first_focus: QWidget = self.list

    def show_issues(self, issues: list[CaseIssue], lang: str) -> None:
        self.list.clear()
        missing = [i for i in issues if i.severity == "missing"]
        wrong = [i for i in issues if i.severity != "missing"]
        for issue in missing + wrong:
            prefix = translate("CaseForms", "Missing:") if issue.severity == "missing" else \
                translate("CaseForms", "To correct:")
            item = QListWidgetItem(f"{prefix} {issue.message(lang)}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, issue.field)
        if issues:
            self.summary.setText(translate("CaseForms", "Before the intake is complete: {0} missing, {1} to "
                                                        "correct.").format(len(missing), len(wrong)))
            self.first_focus = self.list
        else:
            self.summary.setText(translate("CaseForms", "Nothing is missing: the intake can be marked complete."))
            self.first_focus = self.complete_button
        self.complete_button.setEnabled(not issues)

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]


class IntakeFlow(QObject):
    """The guided way through one :class:`CaseEditor` (see the module docstring)."""

    def __init__(self, editor: CaseEditor, *, guided: bool) -> None:
        super().__init__(editor)
        self.editor = editor
        self.lang = editor.lang
        self.review = ReviewPage(editor.stack)
        editor.stack.addWidget(self.review)
        editor.nav.addItem(self.review.title)  # numbered with the sections shown (editor._relabel_sections)
        self.review.list.itemActivated.connect(
            lambda item: editor.focus_field(str(item.data(Qt.ItemDataRole.UserRole))))
        self.review.complete_button.clicked.connect(self.complete)
        self._required: frozenset[str] = frozenset()
        self._hidden: dict[str, bool] = {}
        self._issues_key: tuple[Any, ...] | None = None
        self._labelled = [path for path, row in editor._rows.items() if row.label is not None]
        self._names = {path: row.binding.focus_widget.accessibleName() for path, row in editor._rows.items()}
        self._legends: dict[str, QLabel] = {}
        self._build_bar()
        self._add_legends()
        self._add_glossary()
        for keys, slot in ((QKeySequence("Alt+Right"), self.next), (QKeySequence("Alt+Left"), self.back),
                           (QKeySequence("Shift+F1"), self.whats_this)):
            shortcut = QShortcut(keys, editor)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        editor.nav.currentRowChanged.connect(lambda _r: self._show_step())
        self.set_guided(guided)

    # -- building ------------------------------------------------------------------------------------------
    def _build_bar(self) -> None:
        self.bar = QWidget(self.editor)
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(0, 2, 0, 0)
        self.guided_box = QCheckBox(translate("CaseForms", "Guided mode"), self.bar)  # by Tab; no letter taken
        self.guided_box.setToolTip(translate("CaseForms", "One section at a time, with Next and Back; sections "
                                                          "that do not apply are skipped"))
        self.guided_box.toggled.connect(self.set_guided)
        # No Alt letter of their own: Alt+Left/Alt+Right are their keys, and the fields keep their letters.
        self.back_button = QPushButton(translate("CaseForms", "◀ Back"), self.bar)
        self.back_button.setToolTip(translate("CaseForms", "Previous section (Alt+Left)"))
        self.next_button = QPushButton(translate("CaseForms", "Next ▶"), self.bar)
        self.next_button.setToolTip(translate("CaseForms", "Next section (Alt+Right)"))
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.step_label = QLabel(self.bar)
        self.progress = QProgressBar(self.bar)
        self.progress.setAccessibleName(translate("CaseForms", "Required answers given"))
        self.progress.setFormat("%v / %m")
        self.progress.setMaximumWidth(140)
        required_label = QLabel(translate("CaseForms", "Required answers:"), self.bar)
        row.addWidget(self.guided_box)
        row.addStretch(1)
        row.addWidget(self.step_label)
        row.addSpacing(12)
        row.addWidget(required_label)
        row.addWidget(self.progress, 1)
        row.addStretch(1)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)

    def _add_legends(self) -> None:
        """Each page holding a required field says what the star means, in words."""
        required = intake_rules.REQUIRED_BY_KIND[self.editor._base.kind]
        for page in self.editor.pages:
            if page.key == "consent" or any(r.section == page.key and p in required
                                            for p, r in self.editor._rows.items()):
                legend = QLabel(translate("CaseForms", "* required: needed to compute the figures and to complete "
                                                       "the intake"), page.widget())
                legend.setWordWrap(True)
                legend.setStyleSheet(secondary_style(legend))
                page.column.insertWidget(1, legend)
                self._legends[page.key] = legend

    def _add_glossary(self) -> None:
        """Tooltips and What's This help on the fields and panel rows that use a legal term."""
        for path, keys in glossary.FIELD_TERMS.items():
            row = self.editor._rows.get(path)
            if row is None:
                continue
            text = glossary.help_text(keys, self.lang)
            for widget in (row.label, row.binding.focus_widget):
                if widget is not None:
                    widget.setToolTip(text)
                    widget.setWhatsThis(text)
        panel = self.editor.panel
        for key, keys in glossary.PANEL_TERMS.items():
            if key in panel.labels:
                panel.labels[key].setWhatsThis(glossary.help_text(keys, self.lang))

    # -- state ----------------------------------------------------------------------------------------------
    def set_guided(self, guided: bool) -> None:
        """Guided: the section list is hidden and Next/Back lead; free: the section list is back."""
        self.guided = guided
        if self.guided_box.isChecked() != guided:
            self.guided_box.setChecked(guided)
        self.editor.nav.setVisible(not guided)

    def update(self, case: Case, issues: list[CaseIssue]) -> None:
        """After every edit: hide what does not apply, mark what is required, count progress, fill the review."""
        editor = self.editor
        for path in intake_rules.conditional_targets():
            row = editor._rows.get(path)
            if row is not None:
                self._set_row_visible(path, row, intake_rules.applies(path, case))
        renumber = False
        for index, page in enumerate(editor.pages):
            item = editor.nav.item(index)
            hidden = not intake_rules.section_applies(page.key, case)
            if item.isHidden() != hidden:
                item.setHidden(hidden)
                renumber = True
        if renumber:  # the sections after a hidden one move up a number: 1, 2, 3, 4, never 1, 2, 3, 5
            editor._relabel_sections()
        required = intake_rules.required_now(case)
        if required != self._required:
            self._required = required
            for path in self._labelled:
                row = editor._rows[path]
                mark = path in required
                assert row.label is not None
                text = row.label.text().removesuffix(REQUIRED_MARK)
                row.label.setText(text + REQUIRED_MARK if mark else text)
                name = self._names.get(path, "")
                row.binding.focus_widget.setAccessibleName(
                    translate("CaseForms", "{0} (required)").format(name) if mark and name else name)
        missing = {i.field for i in issues if i.severity == "missing"}
        total = len(required | missing)
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(total - len(missing) if total else 1)
        key = tuple((i.field, i.code, tuple(sorted(i.params.items()))) for i in issues)
        if key != self._issues_key:  # rebuilt only when the issues change, not on every keystroke
            self._issues_key = key
            self.review.show_issues(issues, self.lang)
        self._show_step()

    def _set_row_visible(self, path: str, row: FieldRow, visible: bool) -> None:
        if self._hidden.get(path) is (not visible):
            return
        self._hidden[path] = not visible
        holder = row.binding.widget.parentWidget()
        box = holder.parentWidget() if holder is not None else None
        form = box.layout() if box is not None else None
        if isinstance(form, QFormLayout) and holder is not None:
            form.setRowVisible(holder, visible)

    def is_shown(self, path: str) -> bool:
        """Whether the question at ``path`` is shown (it applies to the case as typed)."""
        return not self._hidden.get(path, False)

    # -- moving ---------------------------------------------------------------------------------------------
    def steps(self) -> list[int]:
        """Indices of the sections shown (those that apply), then the review."""
        nav = self.editor.nav
        return [i for i in range(nav.count()) if not nav.item(i).isHidden()]

    def _step(self, delta: int) -> None:
        steps = self.steps()
        current = self.editor.nav.currentRow()
        later = [i for i in steps if (i > current if delta > 0 else i < current)]
        if later:
            self.editor.go_to_section(later[0] if delta > 0 else later[-1])

    def next(self) -> None:
        self._step(+1)

    def back(self) -> None:
        self._step(-1)

    def _show_step(self) -> None:
        steps = self.steps()
        current = self.editor.nav.currentRow()
        position = steps.index(current) + 1 if current in steps else 0
        self.step_label.setText(translate("CaseForms", "Step {0} of {1}").format(position, len(steps)))
        self.back_button.setEnabled(position > 1)
        self.next_button.setEnabled(0 < position < len(steps))

    def on_review(self) -> bool:
        return self.editor.stack.currentWidget() is self.review

    def whats_this(self) -> None:
        """Shift+F1: the focused field's help (its legal terms) where it is; else the What's This pointer."""
        widget = self.editor.focusWidget()
        text = widget.whatsThis() if widget is not None else ""
        if widget is not None and text:
            QWhatsThis.showText(widget.mapToGlobal(widget.rect().bottomLeft()), text, widget)
        else:
            QWhatsThis.enterWhatsThisMode()

    def complete(self) -> bool:
        """"Intake complete": the status is set and the case saved (the domain's status rule still decides)."""
        self.editor.status_binding.load(CaseStatus.INTAKE_COMPLETE)
        self.editor._on_edited("status")
        return bool(self.editor.save())
