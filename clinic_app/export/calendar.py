"""Upcoming deadlines as an iCalendar (``.ics``) file, for the clinic's shared calendar.

Why so little in each event: a calendar is synced to phones and servers the clinic does not control. An event
carries the case number, the kind of deadline, its date and its section, nothing about the person, unless the
user explicitly asks for names (``with_names``). Each event is an all-day event with a stable UID (case UUID +
kind), so importing a newer file updates the same events instead of adding duplicates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from clinic_app.domain.citations import cite
from clinic_app.domain.deadlines import CaseRef
from clinic_app.domain.explain import DEADLINE_LABELS
from clinic_app.domain.types import Deadline

PRODUCT_ID = "-//Clinic Intake//Deadlines//FR-EN"


def deadlines_ics(items: Sequence[tuple[CaseRef, Deadline]], lang: str, *, stamp: dt.datetime,
                  names: Mapping[str, str] | None = None) -> bytes:
    """The ``.ics`` bytes of ``items``; ``names`` (case UUID -> display name) only when the user chose to."""
    from icalendar import Calendar, Event

    lang = "en" if lang == "en" else "fr"
    cal = Calendar()
    cal.add("prodid", PRODUCT_ID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "Délais des dossiers" if lang == "fr" else "Case deadlines")
    for ref, deadline in items:
        label = DEADLINE_LABELS.get(deadline.kind, {}).get(lang, deadline.kind)
        who = f" ({names[ref.uuid]})" if names and ref.uuid in names else ""
        event = Event()
        event.add("uid", f"{ref.uuid}-{deadline.kind}@clinic-intake")
        event.add("dtstamp", stamp)
        event.add("dtstart", deadline.date)
        event.add("dtend", deadline.date + dt.timedelta(days=1))
        event.add("summary", f"{ref.case_number}{who} — {label}")
        event.add("description", f"{cite(deadline.basis, lang)}. "
                  + (f"Site : {ref.site}" if lang == "fr" else f"Site: {ref.site}"))
        event.add("categories", [deadline.kind])
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    return bytes(cal.to_ical())
