"""The file of an access request (Quebec Law 25): everything held about the person of one case, as JSON.

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
    write_bytes_atomic(path, json.dumps(data, ensure_ascii=False, indent=2, default=str).encode("utf-8"))
