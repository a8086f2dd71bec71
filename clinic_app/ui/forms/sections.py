"""The sections of the two intake forms, in the order a volunteer goes through them with the worker.

Why functions that fill a :class:`FormPage` (not one class per form): the warehouse and driver forms share most
sections (person, consent, dates, pay, notice and payments, release, documents, notes); only the employment /
engagement section and the driver's control indicators differ. Field order is the tab order.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QWidget

from clinic_app.domain.case import Badge, Language, PaidBy, Party, PayBasis
from clinic_app.domain.types import Cause, EmploymentType, Jurisdiction
from clinic_app.ui.forms.fields import Binding, TextBinding
from clinic_app.ui.forms.page import FieldRow, FormPage
from clinic_app.ui.forms.tables import DocumentsBinding, PaymentsBinding, WeeklyWagesBinding

translate = QCoreApplication.translate


def t(text: str) -> str:
    """Runtime lookup of a string already marked with ``translate("CaseForms", ...)`` elsewhere."""
    return translate("CaseForms", text)


def languages() -> list[tuple[Language, str]]:
    return [(Language.FR, translate("CaseForms", "French")), (Language.EN, translate("CaseForms", "English")),
            (Language.AR, translate("CaseForms", "Arabic")), (Language.OTHER, translate("CaseForms", "Other"))]


def letter_languages() -> list[tuple[Language, str]]:
    return [(Language.FR, translate("CaseForms", "French")), (Language.EN, translate("CaseForms", "English"))]


def parties(*, rental: bool = False) -> list[tuple[Party, str]]:
    out = [(Party.DRIVER, translate("CaseForms", "The driver")),
           (Party.DSP, translate("CaseForms", "The delivery company")),
           (Party.CLIENT, translate("CaseForms", "The client company"))]
    if rental:
        out.append((Party.RENTAL, translate("CaseForms", "A rental company")))
    return out


# -- person ------------------------------------------------------------------------------------------------

def build_person(page: FormPage) -> None:
    page.group(translate("CaseForms", "Identity"))
    page.text("person.given_name", translate("CaseForms", "&Given name"))
    page.text("person.family_name", translate("CaseForms", "&Family name"))
    page.text("person.preferred_name", translate("CaseForms", "Name &used"),
              placeholder=translate("CaseForms", "If different from the legal name"))
    page.date("person.date_of_birth", translate("CaseForms", "Date of &birth"))
    page.group(translate("CaseForms", "Contact"))
    page.phone("person.phone", translate("CaseForms", "&Phone"))
    page.text("person.email", translate("CaseForms", "E&mail"))
    page.text("person.address_line", translate("CaseForms", "&Address"))
    page.text("person.city", translate("CaseForms", "&City"))
    page.text("person.province", translate("CaseForms", "Pro&vince"))
    page.postal("person.postal_code", translate("CaseForms", "P&ostal code"))
    page.group(translate("CaseForms", "Languages"))
    page.combo("person.preferred_language", translate("CaseForms", "Worker's &language"), languages())
    page.check("person.interpreter_needed", translate("CaseForms", "&Interpreter needed"))
    page.combo("letter_language", translate("CaseForms", "Lette&r language"), letter_languages())
    page.note(translate("CaseForms", "The worker's language, the letter language and the interface language are "
                                     "separate: changing one never changes another."))
    page.group(translate("CaseForms", "Sensitive"))
    page.text("person.immigration_status", translate("CaseForms", "Immigration s&tatus"),
              placeholder=translate("CaseForms", "Only if it matters for the case"))
    page.finish()


# -- employment / engagement -------------------------------------------------------------------------------

def site_combo(page: FormPage, path: str, label: str, codes: Sequence[str]) -> FieldRow:
    """An editable combo of the known site codes: pick one or type a new code."""
    box = QWidget(page.widget())
    combo = QComboBox(box)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem("")
    combo.addItems(list(codes))
    combo.setMinimumContentsLength(6)  # codes are short: never push the row onto two lines
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    details = QPushButton(translate("CaseForms", "Site details…"), box)
    details.setToolTip(translate("CaseForms", "The site's counts and the notice to the Minister, shared by all its "
                                              "cases (collective dismissal)"))
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(combo, 1)
    row.addWidget(details)
    edit = combo.lineEdit()
    assert edit is not None  # an editable combo box always has its line edit
    binding = TextBinding(path, edit)

    def picked(text: str) -> None:
        # Qt "activates" the item matching the text when the field is left, too: Tab through a stored code
        # marked the case as changed. Only a different code is an edit.
        if text.strip() != (binding.current() or ""):
            binding._user_edit()

    combo.textActivated.connect(picked)
    binding.widget = box
    binding.focus_widget = combo
    binding.details_button = details  # the editor opens the establishment dialog with it
    field = page.add(binding, label)
    # The focus is in the line edit, not the combo box: it says the label too (on Linux the combo's own name
    # is its value).
    edit.setAccessibleName(label.replace("&", ""))
    return field


def build_dates(page: FormPage) -> None:
    page.group(translate("CaseForms", "Dates and end of work"))
    page.combo("work.jurisdiction", translate("CaseForms", "&Law that applies"), [
        (Jurisdiction.QC, translate("CaseForms", "Quebec (Act respecting labour standards)")),
        (Jurisdiction.CA_FED, translate("CaseForms", "Federal (Canada Labour Code)")),
    ])
    page.date("work.start_date", translate("CaseForms", "Start date (&hire)"))
    page.date("work.last_day_worked", translate("CaseForms", "Last &day worked"))
    page.date("work.termination_date", translate("CaseForms", "&Termination date"))
    page.check("work.layoff", translate("CaseForms", "It is a la&yoff (first day of the layoff above)"))
    page.combo("work.cause", translate("CaseForms", "&Cause of the end"), [
        (Cause.CLOSURE, translate("CaseForms", "Closure of the establishment")),
        (Cause.OTHER, translate("CaseForms", "Other dismissal")),
        (Cause.SERIOUS_FAULT, translate("CaseForms", "Serious fault alleged")),
        (Cause.UNFORESEEABLE_EVENT, translate("CaseForms", "Unforeseeable event (e.g. a contract cancelled)")),
        (Cause.FORCE_MAJEURE, translate("CaseForms", "Force majeure")),
        (Cause.END_OF_FIXED_TERM, translate("CaseForms", "End of a fixed term")),
    ])
    page.check("work.serious_fault_established",
               translate("CaseForms", "The serious fault is established (admitted, or decided by a tribunal)"))
    page.combo("work.employment_type", translate("CaseForms", "Type &of job"), [
        (EmploymentType.PERMANENT, translate("CaseForms", "Permanent")),
        (EmploymentType.FIXED_TERM, translate("CaseForms", "Fixed term")),
        (EmploymentType.SEASONAL_FIXED_TERM, translate("CaseForms", "Seasonal, fixed term")),
    ])
    page.date("work.term_end_date", translate("CaseForms", "End of the fi&xed term"))


def build_warehouse(page: FormPage, codes: Sequence[str]) -> None:
    page.group(translate("CaseForms", "Employer"))
    page.text("warehouse.employer_legal_name", translate("CaseForms", "&Employer legal name"))
    site_combo(page, "warehouse.site_code", translate("CaseForms", "S&ite code"), codes)
    page.combo("warehouse.badge", translate("CaseForms", "&Badge"), [
        (Badge.BLUE, translate("CaseForms", "Blue (permanent)")),
        (Badge.WHITE, translate("CaseForms", "White (seasonal / temporary)")),
    ], none_label=translate("CaseForms", "Not known"))
    page.text("warehouse.job_title", translate("CaseForms", "&Job title"))
    page.check("warehouse.union_member", translate("CaseForms", "&Union member"))
    page.text("warehouse.union_name", translate("CaseForms", "Union &name"))
    page.whole_number("work.recall_rights_months", translate("CaseForms", "Recall rights in the agreement (&months)"),
                      600, placeholder=translate("CaseForms", "none"))
    build_dates(page)
    page.finish()


def build_driver(page: FormPage, codes: Sequence[str]) -> None:
    page.group(translate("CaseForms", "Who the driver worked for"))
    page.text("driver.dsp_legal_name", translate("CaseForms", "D&elivery company (legal name)"))
    page.text("driver.dsp_address", translate("CaseForms", "Delivery company &address"))
    page.text("driver.client_name", translate("CaseForms", "Client co&mpany"))
    page.text("driver.client_address", translate("CaseForms", "Client company add&ress"))
    site_combo(page, "driver.station_code", translate("CaseForms", "Stat&ion code"), codes)
    page.combo("driver.pay_basis", translate("CaseForms", "Paid &by"), [
        (PayBasis.ROUTE, translate("CaseForms", "Route")), (PayBasis.DAY, translate("CaseForms", "Day")),
        (PayBasis.HOUR, translate("CaseForms", "Hour")), (PayBasis.PARCEL, translate("CaseForms", "Parcel")),
    ], none_label=translate("CaseForms", "Not known"))
    page.combo("driver.vehicle_owned_by", translate("CaseForms", "&Vehicle owned by"), parties(rental=True),
               none_label=translate("CaseForms", "Not known"))
    page.check("driver.classified_as_contractor",
               translate("CaseForms", "Treated as an inde&pendent contractor (status disputed)"))
    build_dates(page)
    page.finish()


#: The control indicators, in the order the checklist asks them.
CONTROL_FIELDS = (
    "driver.controls.schedule_set_by", "driver.controls.routes_set_by", "driver.controls.could_refuse_routes",
    "driver.controls.could_send_substitute", "driver.controls.uniform_or_badge", "driver.controls.monitoring_app",
    "driver.controls.exclusivity", "driver.controls.tools_supplied_by", "driver.controls.paid_by",
)


def control_labels() -> dict[str, str]:
    """Short names of the indicators for the staff summary (keys of ``ControlIndicators.employee_indicators``)."""
    return {
        "schedule_set_by": translate("CaseForms", "schedule set by the company"),
        "routes_set_by": translate("CaseForms", "routes set by the company"),
        "could_refuse_routes": translate("CaseForms", "could not refuse routes"),
        "could_send_substitute": translate("CaseForms", "could not send a substitute"),
        "uniform_or_badge": translate("CaseForms", "uniform or badge"),
        "monitoring_app": translate("CaseForms", "monitored through an app"),
        "exclusivity": translate("CaseForms", "exclusivity"),
        "tools_supplied_by": translate("CaseForms", "tools supplied by the company"),
        "paid_by": translate("CaseForms", "paid on a pay slip"),
    }


def build_controls(page: FormPage) -> QLabel:
    """The control-indicators checklist; returns the label the editor fills with the staff summary."""
    page.group(translate("CaseForms", "Control indicators (employee status, LNT s. 1(10))"))
    page.note(translate("CaseForms", "Ask each question; leave \u201cNot asked\u201d when the driver does not know."))
    page.combo("driver.controls.schedule_set_by", translate("CaseForms", "Who set the sc&hedule?"), parties(),
               none_label=translate("CaseForms", "Not asked"))
    page.combo("driver.controls.routes_set_by", translate("CaseForms", "Who set the &routes?"), parties(),
               none_label=translate("CaseForms", "Not asked"))
    page.yes_no("driver.controls.could_refuse_routes", translate("CaseForms", "Could the driver re&fuse routes?"))
    page.yes_no("driver.controls.could_send_substitute",
                translate("CaseForms", "Could the driver send a substi&tute?"))
    page.yes_no("driver.controls.uniform_or_badge", translate("CaseForms", "&Uniform or badge required?"))
    page.yes_no("driver.controls.monitoring_app", translate("CaseForms", "&Monitored through an app?"))
    page.yes_no("driver.controls.exclusivity", translate("CaseForms", "E&xclusivity required?"))
    page.combo("driver.controls.tools_supplied_by", translate("CaseForms", "Who supplied the t&ools?"), parties(),
               none_label=translate("CaseForms", "Not asked"))
    page.combo("driver.controls.paid_by", translate("CaseForms", "How was the driver &paid?"), [
        (PaidBy.PAY_SLIP, translate("CaseForms", "Pay slip")), (PaidBy.INVOICE, translate("CaseForms", "Invoice")),
        (PaidBy.OTHER, translate("CaseForms", "Other")),
    ], none_label=translate("CaseForms", "Not asked"))
    page.group(translate("CaseForms", "Summary for staff"))
    summary = QLabel(page.widget())
    summary.setWordWrap(True)
    summary.setObjectName("controlSummary")
    summary.setAccessibleName(translate("CaseForms", "Summary for staff"))
    page.widget_row("", summary)
    page.finish()
    return summary


# -- pay, notice, release, documents, notes ----------------------------------------------------------------

def build_pay(page: FormPage) -> tuple[QLabel, FieldRow]:
    """Pay section; returns the computed-wage label and the weekly-wages table row (enabled when pay varies)."""
    page.group(translate("CaseForms", "Regular pay (without overtime)"))
    page.money("work.hourly_rate", translate("CaseForms", "&Hourly rate"), example="22.50")
    page.number("work.weekly_hours", translate("CaseForms", "Hours per &week"), Decimal(168),
                placeholder=translate("CaseForms", "regular hours"))
    page.money("work.weekly_wage", translate("CaseForms", "Weekly wa&ge"), example="900.00")
    computed = page.note("")
    computed.setObjectName("computedWage")
    page.group(translate("CaseForms", "When the pay varied from week to week"))
    page.check("work.wage_varies", translate("CaseForms", "The weekly pay &varied"))
    table = page.add(WeeklyWagesBinding("work.recent_weekly_wages", page.lang, page.widget()),
                     translate("CaseForms", "Recent wee&ks"))
    page.group(translate("CaseForms", "Vacation"))
    page.money("work.vacation_wages_completed_year",
               translate("CaseForms", "Gross wages of the last complete&d year (1 May to 30 April)"),
               example="45000.00")
    page.money("work.reference_year_gross", translate("CaseForms", "Gross wages since 1 May (current ye&ar)"),
               example="30000.00")
    page.note(translate("CaseForms", "The completed year counts only if its vacation was neither taken nor paid. "
                                     "Leave a field empty when it is not known."))
    page.finish()
    return computed, table


def build_notice(page: FormPage) -> None:
    page.group(translate("CaseForms", "Notice"))
    page.date("work.notice_received_on", translate("CaseForms", "Notice &received on"))
    page.number("work.notice_weeks_given", translate("CaseForms", "&Weeks of notice given"), Decimal(104),
                placeholder=translate("CaseForms", "not known"))
    page.note(translate("CaseForms", "Type 0 when no written notice was received; leave empty when it is not "
                                     "known."))
    page.check("work.notice_given_during_layoff", translate("CaseForms", "Notice handed over &during the layoff"))
    page.group(translate("CaseForms", "Payments received at the end"))
    page.add(PaymentsBinding("work.payments", page.lang, page.widget()), translate("CaseForms", "&Payments"))
    page.note(translate("CaseForms", "Everything the employer or the delivery company already paid at the end: it "
                                     "is subtracted from what is owed."))
    page.finish()


def build_release(page: FormPage) -> None:
    page.group(translate("CaseForms", "Release"))
    page.check("work.release_signed", translate("CaseForms", "A &release (quittance) was signed"))
    page.date("work.release_signed_on", translate("CaseForms", "Release signed &on"))
    page.note(translate("CaseForms", "A release cannot waive the legal minimums: what is still owed can be "
                                     "claimed."))
    page.group(translate("CaseForms", "Steps already taken"))
    page.date("work.complaint_filed_on", translate("CaseForms", "&Complaint filed on"))
    page.note(translate("CaseForms", "A CNESST notice of inquiry is a fact of the employer: enter it once in the "
                                     "site details."))
    page.finish()


def build_documents(page: FormPage) -> None:
    page.group(translate("CaseForms", "Documents the volunteer saw"))
    page.add(DocumentsBinding("documents_seen", page.widget()), translate("CaseForms", "Documents seen"),
             full_width=True)
    page.finish()


class NoteBinding(Binding):
    """The new note being typed (``notes`` path): appended to the case's notes on save, never replacing them."""

    def __init__(self, path: str, edit: QPlainTextEdit) -> None:
        super().__init__(path, edit)
        self.edit = edit
        self._value = ""
        edit.textChanged.connect(self._user_edit)

    def _read(self) -> str:
        return self.edit.toPlainText().strip()

    def _show(self, value: object) -> None:
        self.edit.setPlainText(str(value or ""))


def build_notes(page: FormPage) -> tuple[QPlainTextEdit, FieldRow]:
    """Notes: earlier notes (read only) and a box for a new one; returns both."""
    page.group(translate("CaseForms", "Notes"))
    earlier = QPlainTextEdit(page.widget())
    earlier.setReadOnly(True)
    earlier.setAccessibleName(translate("CaseForms", "Earlier notes"))
    earlier.setMinimumHeight(100)
    page.widget_row(translate("CaseForms", "Earlier notes"), earlier)
    new = QPlainTextEdit(page.widget())
    new.setTabChangesFocus(True)
    new.setMinimumHeight(100)
    row = page.add(NoteBinding("notes", new), translate("CaseForms", "&New note"))
    page.finish()
    return earlier, row
