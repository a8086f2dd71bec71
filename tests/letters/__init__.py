"""Letter tests. :func:`consenting` gives a case the consent to letters that every third-party document needs."""

import datetime as _dt

from clinic_app.domain.case import Case, Consent, ConsentScope


def consenting(case: Case) -> Case:
    """``case`` with consent to letters recorded (the pre-flight check refuses a demand without it)."""
    case.consent = Consent(given_at=_dt.datetime(2025, 1, 30, tzinfo=_dt.UTC), scope=ConsentScope.INTAKE_AND_LETTERS,
                           recorded_by="Bénévole test")
    return case
