"""Attachments on both backends (SQLite file, PostgreSQL bytea): stored and read back byte for byte, listed without
their bytes, removed, and erased with the case by a purge."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from clinic_app.domain.attachments import AttachmentKind
from clinic_app.domain.case import Case, CaseKind
from clinic_app.services import attachments as svc


def test_attachments_round_trip_and_purge(open_test_store: Callable[..., Any]) -> None:
    store = open_test_store()
    case = Case.new(CaseKind.WAREHOUSE)
    case.person.family_name = "Gagnon"
    case = store.create_case(case)
    payload = os.urandom(300_000)  # every byte value (bytea on PostgreSQL), inside a PDF shell
    pdf = b"%PDF-1.7\n" + payload + b"\n%%EOF\n"
    first = svc.attach_bytes(store, case.uuid, "talon de paie.pdf", pdf, AttachmentKind.PAY_STUBS)
    second = svc.attach_bytes(store, case.uuid, "lettre.txt", b"Fin d'emploi le 22 janvier.",
                              AttachmentKind.TERMINATION_LETTER)
    again = open_test_store()  # another connection reads what was committed
    assert svc.data_of(again, first.id) == pdf
    assert [a.filename for a in svc.list_for(again, case.uuid)] == ["talon de paie.pdf", "lettre.txt"]
    assert svc.case_total(again, case.uuid) == len(pdf) + second.size
    svc.remove(again, second.id)
    assert [a.id for a in svc.list_for(store, case.uuid)] == [first.id]
    store.delete_case(case.uuid)
    assert store.purge([case.uuid]) == 1
    assert svc.list_for(store, case.uuid) == []
    with store._engine.connect() as conn:  # noqa: SLF001 - the bytes are gone too
        assert conn.exec_driver_sql("SELECT count(*) FROM attachment_data").scalar_one() == 0
