"""The live entitlement panel beside the intake form: what the law gives, why, and what to watch out for.

Why it only displays: every figure comes from :func:`clinic_app.domain.case_figures.case_entitlements` (the
same bridge the letters, exports and case list use) and every warning from
:func:`clinic_app.domain.warnings.case_warnings`; the panel formats them and cites the section each rests on.
The second column repeats the figures that depend on the collective dismissal with the establishment's second
count (drivers deemed its employees), so staff see what counting the drivers changes.

Why no debounce: the engine answers in about 0.1 ms, so the panel recomputes on every pause of the event
loop after a keystroke (the editor coalesces edits with a zero-delay timer); labels are only touched when
their text changes, which keeps an update well under a frame (``bench/bench_panel.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from clinic_app.domain import law_tables
from clinic_app.domain.case import Case, Establishment
from clinic_app.domain.case_figures import case_entitlements
from clinic_app.domain.citations import cite_all
from clinic_app.domain.errors import FieldError
from clinic_app.domain.explain import long_date, money, service_text, weeks_text
from clinic_app.domain.parsing import field_label
from clinic_app.domain.remedies import flag_lines, head_lines, remedy_lines
from clinic_app.domain.types import Entitlements, Jurisdiction
from clinic_app.domain.warnings import CaseWarning, case_warnings
from clinic_app.ui.contrast import secondary_style
from clinic_app.ui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

#: Contract input names (``FieldError.field``) -> the form field that holds that fact.
CONTRACT_TO_FORM = {
    "hire_date": "work.start_date",
    "termination_date": "work.termination_date",
    "weekly_regular_wage": "work.weekly_wage",
    "recent_weekly_wages": "work.recent_weekly_wages",
    "wage_varies": "work.wage_varies",
    "notice_weeks_given": "work.notice_weeks_given",
    "employment_type": "work.employment_type",
    "cause": "work.cause",
    "employer_payments": "work.payments",
    "jurisdiction": "work.jurisdiction",
    "recall_rights_months": "work.recall_rights_months",
    "vacation_wages_completed_year": "work.vacation_wages_completed_year",
    "vacation_wages_current_year": "work.reference_year_gross",
}

#: Rows of the panel: key, label. Keys that are figures of :class:`Entitlements` cite ``figures[key].basis``.
ROWS: list[tuple[str, str]] = [
    ("service", QT_TRANSLATE_NOOP("EntitlementPanel", "Continuous service")),
    ("weekly_wage_used", QT_TRANSLATE_NOOP("EntitlementPanel", "Weekly wage used")),
    ("notice_weeks_required", QT_TRANSLATE_NOOP("EntitlementPanel", "Notice required")),
    ("notice_weeks_given", QT_TRANSLATE_NOOP("EntitlementPanel", "Notice given")),
    ("individual_indemnity", QT_TRANSLATE_NOOP("EntitlementPanel", "Individual indemnity (notice)")),
    ("collective_notice_weeks", QT_TRANSLATE_NOOP("EntitlementPanel", "Collective notice tier")),
    ("collective_indemnity", QT_TRANSLATE_NOOP("EntitlementPanel", "Collective indemnity")),
    ("severance_pay", QT_TRANSLATE_NOOP("EntitlementPanel", "Severance pay (federal)")),
    ("amount_owed", QT_TRANSLATE_NOOP("EntitlementPanel", "Amount owed")),
    ("payments", QT_TRANSLATE_NOOP("EntitlementPanel", "Payments received")),
    ("shortfall", QT_TRANSLATE_NOOP("EntitlementPanel", "Shortfall to claim")),
    ("vacation_indemnity", QT_TRANSLATE_NOOP("EntitlementPanel", "Vacation indemnity still owed")),
    ("total_claim", QT_TRANSLATE_NOOP("EntitlementPanel", "Total claim")),
    ("claim_deadline", QT_TRANSLATE_NOOP("EntitlementPanel", "Claim deadline")),
]
#: Rows the establishment's second count can change.
SECOND_COUNT_ROWS = ("collective_notice_weeks", "collective_indemnity", "amount_owed", "shortfall")
_BOLD_ROWS = ("amount_owed", "shortfall", "total_claim", "claim_deadline")

_EXCLUDED = {
    "under_3_months": QT_TRANSLATE_NOOP("EntitlementPanel", "less than 3 months of service: no individual notice"),
    "fixed_term_expired": QT_TRANSLATE_NOOP("EntitlementPanel", "a fixed-term contract that simply expired"),
    "serious_fault": QT_TRANSLATE_NOOP("EntitlementPanel", "a serious fault recorded as established"),
    "force_majeure": QT_TRANSLATE_NOOP("EntitlementPanel", "ended by force majeure"),
}
_SEVERITY = {
    "danger": ("‼", QT_TRANSLATE_NOOP("EntitlementPanel", "Urgent")),
    "warning": ("⚠", QT_TRANSLATE_NOOP("EntitlementPanel", "Warning")),
    "info": ("ℹ", QT_TRANSLATE_NOOP("EntitlementPanel", "Note")),
}
_FRAME_STYLE = {
    "danger": "background: #fde7e9; border: 1px solid #b00020; border-radius: 4px; padding: 4px;",
    "warning": "background: #fff4ce; border: 1px solid #8a6d00; border-radius: 4px; padding: 4px;",
    "info": "background: #e8f1fb; border: 1px solid #2b5797; border-radius: 4px; padding: 4px;",
}


def cite(bases: Iterable[str], lang: str) -> str:
    """The sections of a figure, cited by the domain's one formatter (``LNT, art. 82 et 83`` / ``LNT ss. 82 and
    83``); order kept, duplicates dropped."""
    return cite_all(tuple(dict.fromkeys(bases)), lang) if bases else ""


def weeks(value: Decimal, lang: str) -> str:
    return weeks_text(value, lang)


class EntitlementPanel(QWidget):
    """Figures, sections, warnings and explanation for the case being typed; ``update_case`` refreshes it.

    ``fieldRequested(path)`` asks the editor to show the form field of a missing fact (the link in the
    "missing fact" line).
    """

    fieldRequested = Signal(str)

    def __init__(self, *, ui_lang: str = "fr", today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = "en" if ui_lang.startswith("en") else "fr"
        self._today = today
        self.last_result: Entitlements | FieldError | None = None
        self.last_second: Entitlements | FieldError | None = None
        self.last_warnings: list[CaseWarning] = []
        self._texts: dict[int, str] = {}
        self._compact = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible, unnamed Tab stop between the form and Save
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)

        title = QLabel(translate("EntitlementPanel", "What the law gives"), body)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)

        self.status = self._wrap_label(body)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.linkActivated.connect(self.fieldRequested.emit)
        layout.addWidget(self.status)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        self.header_first = QLabel(body)
        self.header_second = QLabel(body)
        for col, header in ((1, self.header_first), (2, self.header_second)):
            header.setWordWrap(True)
            header.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
            f = header.font()
            f.setBold(True)
            header.setFont(f)
            grid.addWidget(header, 0, col)
        basis_header = QLabel(translate("EntitlementPanel", "Section of the law"), body)
        f = basis_header.font()
        f.setBold(True)
        basis_header.setFont(f)
        grid.addWidget(basis_header, 0, 3)
        self.basis_header = basis_header
        self._compact = False
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self.second: dict[str, QLabel] = {}
        self.bases: dict[str, QLabel] = {}
        for row, (key, label) in enumerate(ROWS, start=1):
            name = QLabel(translate("EntitlementPanel", label), body)
            name.setWordWrap(True)
            value = QLabel("—", body)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            second = QLabel("", body)
            second.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            basis = QLabel("", body)
            basis.setWordWrap(False)  # "LNT art. 84.0.13" on one line; the row name wraps instead
            basis.setStyleSheet(secondary_style(basis))
            if key in _BOLD_ROWS:
                for w in (name, value, second):
                    f = w.font()
                    f.setBold(True)
                    w.setFont(f)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            grid.addWidget(second, row, 2)
            grid.addWidget(basis, row, 3)
            self.labels[key], self.values[key], self.second[key], self.bases[key] = name, value, second, basis
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 0)  # given room only when a second count is shown (see _headers)
        grid.setColumnStretch(3, 0)
        self.grid = grid
        layout.addLayout(grid)

        self.second_summary = self._wrap_label(body)
        layout.addWidget(self.second_summary)

        remedies_title = QLabel(translate("EntitlementPanel", "When it is due, and the remedies still open"), body)
        f = remedies_title.font()
        f.setBold(True)
        remedies_title.setFont(f)
        self.remedies_title = remedies_title
        layout.addWidget(remedies_title)
        self.remedies = self._wrap_label(body)
        self.remedies.setTextFormat(Qt.TextFormat.PlainText)
        self.remedies.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.remedies)

        self.warnings_box = QVBoxLayout()
        self.warnings_box.setSpacing(4)
        layout.addLayout(self.warnings_box)
        self._warning_labels: list[QLabel] = []

        explain_title = QLabel(translate("EntitlementPanel", "How it is computed"), body)
        self.explain_title = explain_title
        f = explain_title.font()
        f.setBold(True)
        explain_title.setFont(f)
        layout.addWidget(explain_title)
        self.explanation = self._wrap_label(body)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.explanation)
        layout.addStretch(1)
        self.setMinimumWidth(360)
        self.clear()

    @staticmethod
    def _wrap_label(parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        return label

    def _set(self, label: QLabel, text: str) -> None:
        """setText only when it changed: re-laying out word-wrapped labels is the panel's main cost."""
        key = id(label)
        if self._texts.get(key) != text:
            self._texts[key] = text
            label.setText(text)
            label.setVisible(bool(text) or label in self.values.values())
            if label is self.explanation:
                self.explain_title.setVisible(bool(text))
            if label is self.remedies:
                self.remedies_title.setVisible(bool(text))

    # -- public ------------------------------------------------------------------------------------------
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def clear(self) -> None:
        for key in self.values:
            self._set(self.values[key], "—")
            self._set(self.second[key], "")
            self._set(self.bases[key], "")
        self._set(self.status, "")
        self._set(self.explanation, "")
        self._set(self.second_summary, "")
        self._set(self.remedies, "")
        self._set(self.header_first, translate("EntitlementPanel", "Amount"))
        self._set(self.header_second, "")
        self._show_severance(False)
        self._show_warnings([])

    COMPACT_BELOW = 470  # pixels: below this the section column narrows (1366x768 at 150 % scaling)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt name
        """On a narrow panel (a small screen at 125-150 % scaling) the section column stays, narrower: its
        heading is abbreviated ("Law", the full words in its tooltip) and each section wraps onto two lines
        ("LNT, art." / "84.0.13"), as do long dates, rather than push the figures out of view."""
        compact = event.size().width() < self.COMPACT_BELOW
        if compact != self._compact:
            self._compact = compact
            full = translate("EntitlementPanel", "Section of the law")
            self.basis_header.setText(translate("EntitlementPanel", "Law") if compact else full)
            self.basis_header.setToolTip(full if compact else "")
            for label in (*self.bases.values(), *self.values.values(), *self.second.values()):
                label.setWordWrap(compact)  # a date or a service length wraps too; amounts never (no-break spaces)
            self.grid.setHorizontalSpacing(6 if compact else 10)
        super().resizeEvent(event)

    def is_compact(self) -> bool:
        return self._compact

    def update_case(self, case: Case, est: Establishment | None = None,
                    extra_warnings: Iterable[CaseWarning] = ()) -> None:
        """Recompute and show the figures of ``case`` (with ``est``'s counts, and its second count if any);
        ``extra_warnings`` (the soft checks on what was typed) show even while the figures cannot be computed."""
        extra = list(extra_warnings)
        lang = self.lang
        today = self.today()
        ent = case_entitlements(case, est, langs=(lang,), as_of=today)
        has_second = est is not None and est.terminations_with_drivers is not None
        second = case_entitlements(case, est, count_drivers=True, as_of=today) if has_second else None
        self.last_result, self.last_second = ent, second
        self._headers(est, has_second)
        if isinstance(ent, FieldError):
            self._show_missing(ent)
            if extra:
                self.last_warnings = extra
                self._show_warnings(extra)
            return
        self._show_figures(ent)
        self._show_second(ent, second if isinstance(second, Entitlements) else None, est)
        self.last_warnings = case_warnings(ent, today=self.today(), release_signed=case.work.release_signed,
                                           cnesst_inquiry_on=case.work.cnesst_inquiry_on,
                                           complaint_filed_on=case.work.complaint_filed_on) + extra
        self._show_warnings(self.last_warnings)
        self._set(self.remedies, self.remedies_text(ent, today))
        self._set(self.explanation, ent.explanation.get(lang, ""))

    def remedies_text(self, ent: Entitlements, today: dt.date) -> str:
        """Heads with their due and prescription dates, remedies open or passed (in words), and flags."""
        lines = [f"• {line}" for line in head_lines(ent, self.lang, today)]
        lines += [f"• {r.text}" for r in remedy_lines(ent, self.lang, today)]
        lines += [f"ℹ {line}" for line in flag_lines(ent, self.lang)]
        return "\n".join(lines)

    # -- pieces ------------------------------------------------------------------------------------------
    def _headers(self, est: Establishment | None, has_second: bool) -> None:
        if est is not None and est.establishment_terminations is not None:
            first = translate("EntitlementPanel", "Employer's count ({0})").format(est.establishment_terminations)
        else:
            first = translate("EntitlementPanel", "Amount")
        self._set(self.header_first, first)
        second = (translate("EntitlementPanel", "Drivers counted ({0})").format(est.terminations_with_drivers)
                  if has_second and est is not None else "")
        self._set(self.header_second, second)
        self.grid.setColumnStretch(2, 2 if second else 0)

    def _show_missing(self, err: FieldError) -> None:
        for key in self.values:
            self._set(self.values[key], "—")
            self._set(self.second[key], "")
            self._set(self.bases[key], "")
        self._show_severance(False)
        self._set(self.status, self.missing_text(err))
        self._set(self.second_summary, "")
        self._set(self.remedies, "")
        self._set(self.explanation, "")
        self.last_warnings = []
        self._show_warnings([])

    def missing_text(self, err: FieldError) -> str:
        """Rich text for a fact the engine still needs: the form's name of the field (not the contract's
        ``weekly_regular_wage``), what is expected, and a link that puts the cursor in that field."""
        base = err.field.partition("[")[0]
        path = CONTRACT_TO_FORM.get(base)
        detail = err.message(self.lang)
        label = field_label(path, self.lang) if path else ""
        if path and label != path.rsplit(".", 1)[-1]:  # the domain names this form field
            sep = " : " if self.lang == "fr" else ": "
            what = detail.split(sep, 1)[1] if sep in detail else detail
            detail = f"{label}{sep}{what}"
        text = translate("EntitlementPanel", "Figures not computed yet — {0}").format(_escape(detail))
        if path:
            link = translate("EntitlementPanel", "Go to the field")
            text += f' <a href="{path}">{_escape(link)}</a>'
        return text

    def _show_figures(self, ent: Entitlements) -> None:
        lang = self.lang
        facts = ent.facts
        table = law_tables.table_for(facts.jurisdiction, facts.termination_date)
        values: dict[str, str] = {
            "service": service_text(ent.service, lang),
            "weekly_wage_used": money(ent.weekly_wage_used, lang),
            "notice_weeks_required": weeks(ent.notice_weeks_required, lang),
            "notice_weeks_given": (translate("EntitlementPanel", "Not known") if facts.notice_given_unknown
                                   else weeks(facts.notice_weeks_given, lang)),
            "individual_indemnity": money(ent.individual_indemnity, lang),
            "collective_notice_weeks": weeks(ent.collective_notice_weeks, lang),
            "collective_indemnity": money(ent.collective_indemnity, lang),
            "severance_pay": money(ent.severance_pay, lang),
            "amount_owed": money(ent.amount_owed, lang),
            "payments": money(facts.employer_payments, lang),
            "shortfall": money(ent.shortfall, lang),
            "vacation_indemnity": ("—" if ent.vacation_shortfall is None else money(ent.vacation_shortfall, lang)),
            "total_claim": money(ent.total_claim, lang),
            "claim_deadline": long_date(ent.claim_deadline, lang) + (
                " — " + translate("EntitlementPanel", "passed") if ent.claim_deadline_passed else ""),
        }
        # The grid shows the section a figure finally rests on (the last of its chain, e.g. s. 84.0.14 for the
        # amount owed); the whole chain is in the tooltip.
        chains: dict[str, tuple[str, ...]] = {k: f.basis for k, f in ent.figures.items()}
        if table is not None:
            chains["service"] = (table.service_source.section,)
            chains["notice_weeks_given"] = (table.notice_source.section,)
            chains["payments"] = (table.release_source.section,)
            chains["claim_deadline"] = (table.claim_source.section,)
            chains["vacation_indemnity"] = ent.figures["vacation_paid"].basis
        for key, value in values.items():
            chain = chains.get(key, ())
            self._set(self.values[key], value)
            self._set(self.bases[key], cite(chain[-1:], lang))
            full = cite(chain, lang)
            if self.bases[key].toolTip() != full:
                self.bases[key].setToolTip(full)
                self.labels[key].setToolTip(full)  # the section stays one hover away in the compact layout
        self._show_severance(facts.jurisdiction is Jurisdiction.CA_FED)
        status = ""
        if ent.excluded_reason is not None:
            reason = translate("EntitlementPanel", _EXCLUDED.get(ent.excluded_reason.value, ent.excluded_reason.value))
            status = translate("EntitlementPanel", "No individual notice or indemnity: {0}.").format(reason)
        self._set(self.status, _escape(status))

    def _show_severance(self, federal: bool) -> None:
        """Severance pay exists only under the federal Code: the row is hidden for a Quebec case."""
        for w in (self.labels["severance_pay"], self.values["severance_pay"], self.second["severance_pay"],
                  self.bases["severance_pay"]):
            w.setVisible(federal and (w is not self.second["severance_pay"] or bool(w.text())))

    def _show_second(self, ent: Entitlements, second: Entitlements | None, est: Establishment | None) -> None:
        lang = self.lang
        if second is None:
            for key in self.second:
                self._set(self.second[key], "")
            if est is None:
                note = translate("EntitlementPanel", "No establishment is linked to this case: the collective "
                                 "dismissal counts are not known.")
            else:
                note = translate("EntitlementPanel", "No second count (drivers deemed employees) is recorded for "
                                 "this establishment.")
            self._set(self.second_summary, note)
            return
        texts = {
            "collective_notice_weeks": weeks(second.collective_notice_weeks, lang),
            "collective_indemnity": money(second.collective_indemnity, lang),
            "amount_owed": money(second.amount_owed, lang),
            "shortfall": money(second.shortfall, lang),
        }
        for key in self.second:
            self._set(self.second[key], texts.get(key, ""))
        diff = second.amount_owed - ent.amount_owed
        if second.collective_notice_weeks == ent.collective_notice_weeks and diff == 0:
            summary = translate("EntitlementPanel", "Counting the drivers does not change the collective tier "
                                "or the amount owed.")
        else:
            summary = translate(
                "EntitlementPanel",
                "Counting the drivers moves the collective tier from {0} to {1} and the amount owed by {2}.",
            ).format(weeks(ent.collective_notice_weeks, lang), weeks(second.collective_notice_weeks, lang),
                     ("+" if diff >= 0 else "−") + money(abs(diff), lang))
        self._set(self.second_summary, summary)

    def _show_warnings(self, warnings: list[CaseWarning]) -> None:
        while len(self._warning_labels) < len(warnings):
            label = QLabel(self)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.warnings_box.addWidget(label)
            self._warning_labels.append(label)
        for i, label in enumerate(self._warning_labels):
            if i >= len(warnings):
                label.hide()
                continue
            w = warnings[i]
            icon, word = _SEVERITY[w.severity]
            text = f"{icon} {translate('EntitlementPanel', word)} — {w.message(self.lang)}"
            if label.text() != text:
                label.setText(text)
                label.setStyleSheet(_FRAME_STYLE[w.severity])
                label.setAccessibleName(text)
            label.show()

    def warning_texts(self) -> list[str]:
        """The warnings now shown, as read (for tests and screen readers)."""
        return [lbl.text() for lbl in self._warning_labels if not lbl.isHidden()]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
