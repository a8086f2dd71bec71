"""The explanation's sentences in English: one message id, one template (see :mod:`clinic_app.domain.explain`).

Placeholders are filled with text already formatted for English (amounts, dates, citations). A reviewer
changes wording here without touching the rules; ``tests/domain/test_explain_catalogue.py`` checks that
every id and every placeholder exists in both languages.
"""

from __future__ import annotations

#: CLDR plural category -> template, for counted units
PLURALS: dict[str, dict[str, str]] = {
    "week": {"one": "{n} week", "other": "{n} weeks"},
    "day": {"one": "{n} day", "other": "{n} days"},
    "month": {"one": "{n} month", "other": "{n} months"},
    "year": {"one": "{n} year", "other": "{n} years"},
    "employee": {"one": "{n} employee", "other": "{n} employees"},
}

MESSAGES: dict[str, str] = {
    # Law and service
    "law.QC": "Law applied: Quebec's Act respecting labour standards (LNT), as in force on the termination date "
              "({version}).",
    "law.CA-FED": "Law applied: the Canada Labour Code, Part III (CLC), for a federally regulated employer, as in "
                  "force on the termination date ({version}).",
    "service": "Service: from {hire} to {end}, both days counted: {service} of uninterrupted service ({cite}).",
    "service.leap_day": "Hired on 29 February: in a common year the anniversary is taken as 28 February. Reading: "
                        "the other convention (1 March) would be less favourable to the employee.",
    "layoff.first_day": "This is a layoff of more than 6 months or of unknown length: service is measured on its "
                        "first day.",
    "layoff.first_day.CA-FED": "This is a layoff: service is measured on its first day.",
    # Weekly wage
    "wage.varies": "The wage varies: the weekly wage used is the average of the {count} complete weeks entered "
                   "({listed}): {total} / {count} = {wage} ({cite}). Reading: the Act fixes this window (complete "
                   "weeks of the 3 months before the end) only for commission pay ({cite_commission}); we apply it "
                   "to any varying regular wage. The nominal weekly wage of {nominal} is not used.",
    "wage.varies.debtor": "The wage varies: the weekly wage is the average of the {count} complete weeks of the 3 "
                          "months before the end ({listed}): {total} / {count} = {wage} ({cite}).",
    "wage.regular": "Regular weekly wage (overtime excluded): {wage}.",
    # Individual notice
    "excluded.under_3_months": "No individual notice or indemnity in lieu of notice is owed: less than 3 months "
                               "of uninterrupted service ({cite}).",
    "excluded.fixed_term_expired": "No individual notice or indemnity in lieu of notice is owed: the fixed-term "
                                   "contract expired on its term ({cite}).",
    "excluded.serious_fault": "No individual notice or indemnity in lieu of notice is owed: the serious fault is "
                              "recorded as established (admitted, or decided by a tribunal) ({cite}).",
    "excluded.force_majeure": "No individual notice or indemnity in lieu of notice is owed: the termination is "
                              "recorded as caused by superior force ({cite}). The employer bears the burden of "
                              "proving it, and a decision to close a site is never superior force.",
    "fault.alleged": "The employer alleges a serious fault that is not established: the employer must prove it "
                     "({cite}). Until then the figures are the employee's claim, computed as if the fault were "
                     "not proven. A serious fault is narrower than the \u201cgood and sufficient cause\u201d of a "
                     "dismissal complaint ({cite_complaint}): they are separate questions.",
    "notice.required": "{service} of uninterrupted service: the law requires {weeks} of notice ({cite}).",
    "notice.fed_2024": "Since 1 February 2024 the Code requires 2 weeks after 3 months, then one more week per "
                       "year of service from 3 years, up to 8 weeks.",
    "notice.fed_2019": "Before 1 February 2024 the Code required 2 weeks after 3 months, whatever the service.",
    "notice.void": "{what} was handed over while the employee was already laid off: such a notice is absolutely "
                   "null ({cite}) and counts for nothing.",
    "notice.void.what_weeks": "The notice of {weeks}",
    "notice.void.what": "The notice",
    "notice.seasonal": "The notice was handed over during the layoff, but the job is recorded as seasonal (usually "
                       "6 months a year or less), so it counts ({cite}). Reading: whether a holiday-peak job is "
                       "seasonal is unsettled.",
    "notice.unknown": "Whether the employee received written notice is not known: computed as if none was given.",
    "notice.missing": "Valid notice received: {given}, so {missing} are missing: {arithmetic} = {amount} ({cite}).",
    "notice.missing_none_given": "No valid notice was received, so {missing} are missing: {arithmetic} = {amount} "
                                 "({cite}).",
    "notice.days_reading": "Part of a week is counted in calendar days (a notice of 3 days = 3/7 of a week), so "
                           "the missing part is paid at W / 7 a day. Reading: no source fixes this; a working-day "
                           "count would give a different figure.",
    "notice.met": "Valid notice received: {given}. The requirement is met: no indemnity in lieu of notice is owed.",
    # Collective dismissal / group termination
    "collective.below": "{people} of the establishment lost their job within {window}: fewer than {threshold}, so "
                        "no collective notice applies ({cite}).",
    "collective.excluded": "{count_people} of the establishment lost their job, but an employee excluded from "
                           "individual notice is not an affected employee ({cite}): no collective indemnity.",
    "collective.force_majeure": "{count_people} of the establishment lost their job. Superior force removes the "
                                "collective indemnity ({cite}), but the employer must still notify the Minister "
                                "as soon as it can ({cite_notice}), and it bears the burden of proving superior "
                                "force.",
    "collective.excused": "{count_people} of the establishment lost their job because of an event the employer "
                          "could not foresee: it must still notify the Minister as soon as it can ({cite_notice}) "
                          "but owes no collective indemnity ({cite}). The employer bears the burden of proving "
                          "that the event was unforeseeable (losing a contract bid, for example, is foreseeable); "
                          "the individual notice is still owed.",
    "collective.cause": "{count_people} of the establishment lost their job, but the collective dismissal rules "
                        "apply only to an economic or technological reason such as a closure, not to the cause "
                        "entered ({cite}).",
    "collective.fed": "{count_people} of the establishment lost their job within {window}: a group termination, "
                      "with {weeks} of notice to the Head of Compliance and Enforcement ({cite}). The Code gives "
                      "the employee no indemnity when that notice is missing.",
    "collective.required": "{count_people} of the same establishment lost their job within {window}: the employer "
                           "had to give the Minister {weeks} of notice ({cite}).",
    "collective.given_unknown": "Whether it notified the Minister is not known: computed as if no notice was given.",
    "collective.given_none": "It gave the Minister no notice.",
    "collective.given": "It gave the Minister {weeks} of notice.",
    "collective.owed": "{missing} are missing: {arithmetic} = {amount} ({cite}).",
    "collective.nothing": "Nothing is owed for it.",
    "collective.reading": "Reading: the count is the rolling window ending on the employee's last day, at one site "
                          "only; the notice to the Minister and the individual notice are separate ({cite}).",
    # Severance and how the figures combine
    "severance.owed": "Severance pay: the greater of {per_year} days' wages per completed year ({per_year} \u00d7 "
                      "{years}) and {minimum} days: {days} days \u00d7 {wage} / {per_week} = {amount} ({cite}).",
    "severance.none": "No severance pay: it is owed after 12 months of continuous employment ({cite}).",
    "combine.sum": "Notice pay and severance pay add up: {individual} + {severance} = {amount}.",
    "combine.max": "The two indemnities do not add up: the greater is owed, {amount} ({cite}).",
    "combine.single": "Amount owed in lieu of notice: {amount}.",
    # Payments
    "paid.notice": "The employer already paid {paid} in lieu of notice, as severance or as a closure package: "
                   "{shortfall} remains to be claimed. A signed release does not remove the legal minimum ({cite}).",
    "paid.none": "Nothing has been paid in lieu of notice: the whole {amount} is claimed.",
    "paid.vacation": "Payments for vacation ({paid}) reduce only the vacation indemnity.",
    "paid.wages": "Payments of ordinary final wages ({paid}) are not deducted from any amount computed here.",
    # Vacation
    "vacation.rate": "Vacation indemnity rate: {rate} of gross wages ({threshold}{cite}).",
    "vacation.rate_threshold": "{years} years of service or more; ",
    "vacation.unknown": "Vacation indemnity amount: not computed, the reference-year wages are not known. The "
                        "indemnity in lieu of notice counts as wages for its base.",
    "vacation.completed": "Last completed reference year (ending {year_end}, leave neither taken nor paid): "
                          "{wages} \u00d7 {rate} = {amount}{rate_note}.",
    "vacation.completed_rate_note": " (rate for {service} of service at the end of that year)",
    "vacation.current": "Current reference year to the termination: ({wages} in wages + {owed} indemnity in lieu "
                        "of notice + {completed} for the completed year, all wages of this year) \u00d7 {rate} = "
                        "{amount}.",
    "vacation.total": "Vacation indemnity on termination: {completed} + {current} = {amount} ({cite}).",
    "vacation.partial": "Only one of the two reference-year wage figures is known: the other counts as 0, so this "
                        "is a floor.",
    "vacation.fed_reading": "Reading: the Code's rate depends on service at the end of each year of employment; "
                            "the rate for service at termination is used for both parts.",
    "vacation.shortfall": "Already paid as vacation: {paid}; vacation indemnity still owed: {amount}.",
    "total": "Total claimed: {shortfall} + {vacation} (vacation) = {amount}.",
    # Due dates and prescription
    "head": "{label}: {amount}, due on {due}, prescribed on {prescription} ({cite}).",
    "head.label.individual_indemnity": "Indemnity in lieu of notice",
    "head.label.collective_indemnity": "Collective dismissal indemnity",
    "head.label.severance_pay": "Severance pay",
    "head.label.vacation_indemnity": "Vacation indemnity",
    "due.layoff": "After a layoff of more than 6 months or of unknown length, the indemnity falls due only at the "
                  "end of 6 months ({cite}): it may not be claimed before {due}.",
    "due.recall": "Recall rights of {months} under the collective agreement: the indemnity falls due at their end "
                  "or one year after the layoff, whichever comes first ({cite}): {due}.",
    "due.fed_layoff": "Reading: a layoff becomes a termination after 3 months ({cite}); the amounts fall due then, "
                      "on {due}.",
    "prescription.rule": "Each amount prescribes one year after it falls due ({cite}). Only the CNESST's notice of "
                         "inquiry suspends prescription, for six months, for all the employer's employees "
                         "({cite_suspension}); a demand letter does not interrupt it (only a judicial demand "
                         "does, {cite_judicial}).",
    "prescription.fed": "A complaint for the money owed must be made within six months of the day it was due "
                        "({cite}).",
    "prescription.suspended": "The CNESST mailed a notice of inquiry to the employer on {date}: prescription is "
                              "suspended for six months ({cite}).",
    # Deadlines
    "claim.QC": "Deadline to claim the money owed: {date} (one year after the termination, {cite}), the earliest "
                "and safest date.",
    "claim.QC.suspended": "Deadline to claim the money owed: {date} (one year after the termination, moved six "
                          "months later by the notice of inquiry, {cite}).",
    "claim.QC.later_due": " After a layoff the indemnity falls due later, which leaves more time: see the due "
                          "dates above.",
    "claim.CA-FED": "Deadline to complain for the money owed: {date} at the earliest (six months from the day it "
                    "was due, {cite}).",
    "deadline": "Also: {label}, by {date} ({cite}).",
    "civil": "After the statutory deadlines, a civil claim for reasonable notice remains ({cite_basis}): a court "
             "assesses its amount on age, service, position and how hard it is to find similar work; this program "
             "computes no amount for it (the statutory figures are a floor). It prescribes three years after the "
             "termination ({cite}): {date}. Interest and the additional indemnity run from the formal notice "
             "({cite_interest}).",
    "grievance": "Covered by a collective agreement: the grievance procedure comes first, and the dismissal "
                 "complaint is not open (another remedial procedure exists). A non-profit organisation may file "
                 "the CNESST complaint for the money with the employee's written consent ({cite}).",
    # Status and readings
    "contractor.QC": "The person was treated as an independent contractor. That changes no figure: someone who "
                     "follows the routes, methods and app imposed on them is an employee whatever the contract "
                     "says ({cite}). The client company is solidarily liable with the subcontractor for the "
                     "money the Act fixes ({cite_solidary}); reading: whether that covers the collective "
                     "indemnity is unsettled.",
    "contractor.CA-FED": "The person was treated as an independent contractor. That changes no figure: the Code's "
                         "minimums follow the real relationship ({cite}).",
    "fed.reading": "Reading: the Code applies only to a federally regulated employer (e.g. interprovincial "
                   "trucking); a courier working inside Quebec is normally under Quebec law.",
    "fixed_term.reading": "Reading: a fixed-term contract cut short before its term has not expired, so it is not "
                          "excluded ({cite}).",
}

#: labels of deadline kinds (the panel, the report and the warnings name deadlines with these)
DEADLINES: dict[str, str] = {
    "claim": "claim for the money owed",
    "dismissal_complaint_45d": "complaint of dismissal without good and sufficient cause (2 years of service, "
                               "no grievance procedure)",
    "reprisal_complaint_45d": "complaint of a prohibited practice, if the termination was a reprisal",
    "civil_reasonable_notice": "civil claim for reasonable notice",
    "money_complaint_6m": "complaint for the money owed",
    "unjust_dismissal_90d": "unjust dismissal complaint (12 months of service, no collective agreement)",
}

#: The panel's lines on heads, remedies and flags (clinic_app.domain.remedies); not part of the explanation.
PANEL: dict[str, str] = {
    "head": "{label}: {amount} — due {due}, prescribed {prescription}",
    "head.not_yet_due": " (not yet due: do not claim it before {due})",
    "head.prescribed": " (prescription date passed)",
    "deadline.open": "{label}: until {date} — open, {days} left",
    "deadline.passed": "{label}: until {date} — PASSED",
    "deadline.today": "{label}: until {date} — open, last day today",
    "flag.classified_as_contractor": "Treated as an independent contractor: computed as an employee (status "
                                     "to be argued).",
    "flag.notice_void_during_layoff": "A notice handed over during the layoff counts for nothing.",
    "flag.serious_fault_alleged": "Serious fault alleged, not established: the employer must prove it; the "
                                  "figures are the worker's claim.",
    "flag.collective_indemnity_excused": "Unforeseeable event: no collective indemnity, if the employer proves "
                                         "it; the individual notice is owed.",
    "flag.notice_given_unknown": "Notice received: not known (computed as none).",
    "flag.collective_notice_given_unknown": "Notice to the Minister: not known (computed as none).",
    "flag.grievance_first": "Union member: the grievance procedure comes first.",
    "flag.vacation_wages_partial": "Only one of the two vacation wage figures is known: the vacation amount is a "
                                   "floor.",
    "flag.not_yet_due": "Some money is not yet due: no demand for it before its due date.",
}

#: The deadline dashboard's words (clinic_app.domain.deadlines).
DASHBOARD: dict[str, str] = {
    "in_days": "in {days}",
    "today": "last day today",
    "passed_ago": "passed {days} ago",
    "save.later_due": "after a layoff, the indemnity falls due later and prescribes later (see its head)",
    "save.civil": "the civil claim for reasonable notice stays open until {date}",
    "save.inquiry_before": "a CNESST notice of inquiry mailed to the employer before the deadline suspended it "
                           "(enter its date on the site)",
}
