"""Attachments in the database: the rows of ``attachment`` and ``attachment_data`` (migration 0007_attachments).

Why a module beside :mod:`.store` rather than more methods on :class:`~.store.CaseStore`: the store is the case
API; attachments are a separate concern with their own transactions. The functions take the store and use its
engine and its write transaction (BEGIN IMMEDIATE on SQLite, errors turned into :class:`StorageError`), so an
attachment is written exactly like a case: the metadata row, the bytes and the audit entry in ONE transaction.
A process killed in the middle leaves all three or none (SQLite's WAL rolls the rest back on the next open).

The audit entry names the action, the kind and the size, never the file name (it may hold a person's name).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, delete, func, insert, select, update

from clinic_app.domain.attachments import AttachmentInfo, AttachmentKind, FileType
from clinic_app.storage import mapping
from clinic_app.storage.errors import CaseNotFoundError, StorageError
from clinic_app.storage.models import AttachmentDataRow, AttachmentRow, CaseRecord

if TYPE_CHECKING:
    from clinic_app.storage.store import CaseStore

ATTACHMENTS: Table = AttachmentRow.__table__  # type: ignore[assignment]
DATA: Table = AttachmentDataRow.__table__  # type: ignore[assignment]
CASES: Table = CaseRecord.__table__  # type: ignore[assignment]
_META = (ATTACHMENTS.c.id, ATTACHMENTS.c.case_uuid, ATTACHMENTS.c.kind, ATTACHMENTS.c.filename, ATTACHMENTS.c.mime,
         ATTACHMENTS.c.size, ATTACHMENTS.c.sha256, ATTACHMENTS.c.rotation, ATTACHMENTS.c.added_at,
         ATTACHMENTS.c.added_by, ATTACHMENTS.c.derived_from)


class AttachmentNotFoundError(StorageError):
    def __init__(self, attachment_id: str) -> None:
        super().__init__("attachment_not_found", attachment_id=attachment_id)


def _info(r: Any) -> AttachmentInfo:
    ident, case_uuid, kind, name, mime, size, sha, rotation, added_at, added_by, derived = r
    try:
        akind = AttachmentKind(kind)
    except ValueError:  # a kind from a newer version: shown as "other", stored value untouched
        akind = AttachmentKind.OTHER
    return AttachmentInfo(ident, case_uuid, akind, name, FileType(mime), int(size), sha, int(rotation) % 360,
                          added_at, added_by, derived)


def _row(info: AttachmentInfo) -> dict[str, Any]:
    return {"id": info.id, "case_uuid": info.case_uuid, "kind": info.kind.value, "filename": info.filename,
            "mime": info.mime.value, "size": info.size, "sha256": info.sha256, "rotation": info.rotation,
            "added_at": info.added_at, "added_by": info.added_by, "derived_from": info.derived_from}


def add(store: CaseStore, info: AttachmentInfo, data: bytes, *,
        check_room: Callable[[int], None] | None = None) -> None:
    """Store one attachment (row, bytes, audit) in one transaction.

    ``check_room(total)`` is called inside the transaction with the bytes the case already holds, so two
    programs attaching at once cannot both squeeze past the per-case limit; it raises to refuse.
    """
    with store._write() as conn:  # noqa: SLF001 - the store's own write transaction (same package)
        if conn.execute(select(CASES.c.uuid).where(CASES.c.uuid == info.case_uuid)).first() is None:
            raise CaseNotFoundError(info.case_uuid)
        if check_room is not None:
            check_room(_case_total(conn, info.case_uuid))
        conn.execute(insert(ATTACHMENTS).values(**_row(info)))
        conn.execute(insert(DATA).values(attachment_id=info.id, data=data))
        store._audit(conn, "attach", info.case_uuid, ("attachments",),  # noqa: SLF001
                     detail=f"id={info.id} kind={info.kind.value} size={info.size}")


def _case_total(conn: Any, case_uuid: str) -> int:
    total = conn.execute(select(func.coalesce(func.sum(ATTACHMENTS.c.size), 0))
                         .where(ATTACHMENTS.c.case_uuid == case_uuid)).scalar_one()
    return int(total)


def case_total(store: CaseStore, case_uuid: str) -> int:
    """Bytes of all the attachments of one case."""
    with store._engine.connect() as conn:  # noqa: SLF001
        return _case_total(conn, case_uuid)


def live_totals(store: CaseStore) -> tuple[int, int]:
    """(files, bytes) of the attachments of every case not deleted: one SQL query, no bytes read."""
    stmt = (select(func.count(ATTACHMENTS.c.id), func.coalesce(func.sum(ATTACHMENTS.c.size), 0))
            .join(CASES, CASES.c.uuid == ATTACHMENTS.c.case_uuid).where(CASES.c.deleted_at.is_(None)))
    with store._engine.connect() as conn:  # noqa: SLF001
        files, size = conn.execute(stmt).one()
    return int(files), int(size)


def list_for_case(store: CaseStore, case_uuid: str) -> list[AttachmentInfo]:
    """A case's attachments, oldest first, without their bytes."""
    with store._engine.connect() as conn:  # noqa: SLF001
        rows = conn.execute(select(*_META).where(ATTACHMENTS.c.case_uuid == case_uuid)
                            .order_by(ATTACHMENTS.c.added_at, ATTACHMENTS.c.id)).all()
    return [_info(r) for r in rows]


def list_for_cases(store: CaseStore, case_uuids: Iterable[str]) -> list[AttachmentInfo]:
    """The attachments of several cases (bundles), in batches of 500 UUIDs."""
    wanted = list(case_uuids)
    out: list[AttachmentInfo] = []
    with store._engine.connect() as conn:  # noqa: SLF001
        for i in range(0, len(wanted), 500):
            rows = conn.execute(select(*_META).where(ATTACHMENTS.c.case_uuid.in_(wanted[i:i + 500]))
                                .order_by(ATTACHMENTS.c.case_uuid, ATTACHMENTS.c.added_at, ATTACHMENTS.c.id)).all()
            out += [_info(r) for r in rows]
    return out


def get(store: CaseStore, attachment_id: str) -> AttachmentInfo:
    with store._engine.connect() as conn:  # noqa: SLF001
        row = conn.execute(select(*_META).where(ATTACHMENTS.c.id == attachment_id)).first()
    if row is None:
        raise AttachmentNotFoundError(attachment_id)
    return _info(row)


def read_data(store: CaseStore, attachment_id: str) -> bytes:
    """The stored bytes (into memory only: never to a file)."""
    with store._engine.connect() as conn:  # noqa: SLF001
        data = conn.execute(select(DATA.c.data).where(DATA.c.attachment_id == attachment_id)).scalar()
    if data is None:
        raise AttachmentNotFoundError(attachment_id)
    return bytes(data)


def set_rotation(store: CaseStore, attachment_id: str, rotation: int) -> None:
    with store._write() as conn:  # noqa: SLF001
        case_uuid = conn.execute(select(ATTACHMENTS.c.case_uuid).where(ATTACHMENTS.c.id == attachment_id)).scalar()
        if case_uuid is None:
            raise AttachmentNotFoundError(attachment_id)
        conn.execute(update(ATTACHMENTS).where(ATTACHMENTS.c.id == attachment_id).values(rotation=rotation % 360))
        store._audit(conn, "attachment_rotate", case_uuid, ("attachments",),  # noqa: SLF001
                     detail=f"id={attachment_id} rotation={rotation % 360}")


def remove(store: CaseStore, attachment_id: str) -> AttachmentInfo:
    """Erase one attachment and its bytes (audited; secure_delete overwrites the pages on SQLite)."""
    with store._write() as conn:  # noqa: SLF001
        row = conn.execute(select(*_META).where(ATTACHMENTS.c.id == attachment_id)).first()
        if row is None:
            raise AttachmentNotFoundError(attachment_id)
        info = _info(row)
        conn.execute(delete(DATA).where(DATA.c.attachment_id == attachment_id))
        conn.execute(delete(ATTACHMENTS).where(ATTACHMENTS.c.id == attachment_id))
        store._audit(conn, "attachment_remove", info.case_uuid, ("attachments",),  # noqa: SLF001
                     detail=f"id={attachment_id} kind={info.kind.value} size={info.size}")
    return info


def add_imported(store: CaseStore, items: Sequence[tuple[AttachmentInfo, bytes]]) -> int:
    """Attachments from a bundle, in one transaction: only those whose id is new here and whose case is here
    (a case purged or left out of the merge gets none). Returns how many were written."""
    written = 0
    with store._write() as conn:  # noqa: SLF001
        for info, data in items:
            if conn.execute(select(ATTACHMENTS.c.id).where(ATTACHMENTS.c.id == info.id)).first() is not None:
                continue
            if conn.execute(select(CASES.c.uuid).where(CASES.c.uuid == info.case_uuid)).first() is None:
                continue
            conn.execute(insert(ATTACHMENTS).values(**_row(info)))
            conn.execute(insert(DATA).values(attachment_id=info.id, data=data))
            store._audit(conn, "attach", info.case_uuid, ("attachments",),  # noqa: SLF001
                         detail=f"id={info.id} kind={info.kind.value} size={info.size} import")
            written += 1
    return written


def now() -> dt.datetime:
    return mapping.now()
