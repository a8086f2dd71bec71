"""A process killed (SIGKILL) while attaching leaves the whole attachment or none, and the case intact."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from clinic_app.services import attachments as svc
from clinic_app.storage import open_store

from .conftest import jpeg_bytes, new_case

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")

CHILD = textwrap.dedent("""
    import sys, time
    from clinic_app.domain.attachments import AttachmentKind
    from clinic_app.services import attachments as svc
    from clinic_app.storage import open_store

    db, case_uuid, photo, mode = sys.argv[1:5]
    store = open_store(db, passphrase="pw", actor="child", auto_backup=False)
    if mode == "hold":  # stop inside the transaction, after the row and the bytes are written, before COMMIT
        real_audit = store._audit
        def audit(conn, *a, **k):
            real_audit(conn, *a, **k)
            print("in-transaction", flush=True)
            time.sleep(60)
        store._audit = audit
    print("ready", flush=True)
    for i in range(1000):
        svc.attach_file(store, case_uuid, photo, AttachmentKind.DRIVER_CONTRACT)
        print("attached", flush=True)
""")


def _child(tmp_path: Path, db: Path, case_uuid: str, photo: Path, mode: str) -> subprocess.Popen[str]:
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    return subprocess.Popen([sys.executable, str(script), str(db), case_uuid, str(photo), mode],
                            stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": os.getcwd()})


def _check_whole(db: Path, case_uuid: str, photo: bytes) -> int:
    """Every attachment listed has its bytes, exactly; nothing half-written; the case opens. Returns the count."""
    store = open_store(db, passphrase="pw", auto_backup=False)
    try:
        case = store.get_case(case_uuid)
        assert case.person.family_name == "Tremblay"
        listed = svc.list_for(store, case_uuid)
        for info in listed:
            data = svc.data_of(store, info.id)
            assert data == photo and info.sha256 == hashlib.sha256(data).hexdigest()
        with store._engine.connect() as conn:  # noqa: SLF001 - no orphan rows either way round
            orphans = conn.exec_driver_sql(
                "SELECT count(*) FROM attachment_data d LEFT JOIN attachment a ON a.id = d.attachment_id "
                "WHERE a.id IS NULL").scalar_one()
            assert orphans == 0
        audited = [e for e in store.audit_entries(case_uuid) if e.action == "attach"]
        assert len(audited) == len(listed)
        return len(listed)
    finally:
        store.close()


def test_killed_inside_the_transaction_leaves_nothing(tmp_path: Path) -> None:
    db = tmp_path / "cases.db"
    photo = tmp_path / "contrat.jpg"
    photo.write_bytes(jpeg_bytes(2000, 1500))
    store = open_store(db, passphrase="pw", create=True, auto_backup=False)
    case = new_case(store)
    store.close()
    proc = _child(tmp_path, db, case.uuid, photo, "hold")
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    assert proc.stdout.readline().strip() == "in-transaction"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert _check_whole(db, case.uuid, photo.read_bytes()) == 0


def test_killed_at_random_moments_leaves_whole_attachments(tmp_path: Path) -> None:
    db = tmp_path / "cases.db"
    photo = tmp_path / "contrat.jpg"
    photo.write_bytes(jpeg_bytes(2400, 1800, seed=3))
    store = open_store(db, passphrase="pw", create=True, auto_backup=False)
    case = new_case(store)
    store.close()
    rnd = random.Random(19)
    counts = []
    for _ in range(4):
        proc = _child(tmp_path, db, case.uuid, photo, "run")
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(rnd.uniform(0.05, 0.6))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        counts.append(_check_whole(db, case.uuid, photo.read_bytes()))
    assert counts == sorted(counts)  # never lost one that was committed
