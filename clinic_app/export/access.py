"""The file of an access request (Quebec Law 25): everything held about the person of one case, as JSON.

The case's evidence files are part of what is held about the person: each goes in ``attachments`` with its
kind, name, type, size, SHA-256 and content (base64), so the person receives the very files the clinic keeps.

One writer for the command line (``clinic-app access-export``) and the GUI (*Case → Export everything about
this person*), so both hand over the same file.
"""

from __future__ import annotations

import json
import os
from typing import Any

from clinic_app.export.atomic import write_bytes_atomic


def write_person_export(store: Any, case_uuid: str, path: str | os.PathLike[str]) -> None:
    """``store.person_export(case_uuid)`` as indented UTF-8 JSON, written atomically (audited by the store)."""
    data = store.person_export(case_uuid)
    data["attachments"] = _attachments(store, case_uuid)
    write_bytes_atomic(path, json.dumps(data, ensure_ascii=False, indent=2, default=str).encode("utf-8"))


def _attachments(store: Any, case_uuid: str) -> list[dict[str, Any]]:
    import base64

    from clinic_app.storage import attachments

    return [{"kind": a.kind.value, "filename": a.filename, "type": a.mime.value, "size": a.size, "sha256": a.sha256,
             "rotation": a.rotation, "added_at": a.added_at.isoformat(), "added_by": a.added_by,
             "content_base64": base64.b64encode(attachments.read_data(store, a.id)).decode("ascii")}
            for a in attachments.list_for_case(store, case_uuid)]
