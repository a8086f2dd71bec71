"""Attach, list, read, rotate, remove, downscale and the checklist, on a real database with real files."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from clinic_app.domain.attachments import (
    MAX_CASE_BYTES,
    MAX_FILE_BYTES,
    AttachmentKind,
    AttachmentRefused,
    FileType,
    checklist,
    clean_filename,
    missing_kinds,
    sniff,
    validate_file,
)
from clinic_app.domain.case import CaseKind
from clinic_app.services import attachments as svc
from clinic_app.storage import AttachmentNotFoundError, CaseNotFoundError

from .conftest import jpeg_bytes, new_case, pdf_bytes, png_bytes


def test_each_real_file_is_stored_and_read_back_byte_for_byte(store: Any, files: dict[str, Path]) -> None:
    case = new_case(store)
    version = store.get_case(case.uuid).version
    kinds = {"photo": AttachmentKind.DRIVER_CONTRACT, "screenshot": AttachmentKind.ROUTE_APP_SCREENSHOTS,
             "contract": AttachmentKind.DRIVER_CONTRACT, "note": AttachmentKind.DEACTIVATION_MESSAGE,
             "heic": AttachmentKind.PAY_STATEMENTS}
    for role, path in files.items():
        info = svc.attach_file(store, case.uuid, path, kinds[role])
        assert svc.data_of(store, info.id) == path.read_bytes()
        assert info.sha256 == hashlib.sha256(path.read_bytes()).hexdigest() and info.added_by == "bénévole"
    listed = svc.list_for(store, case.uuid)
    assert [a.filename for a in listed] == [p.name for p in files.values()]
    assert {a.mime for a in listed} == {FileType.JPEG, FileType.PNG, FileType.PDF, FileType.TEXT, FileType.HEIC}
    assert store.get_case(case.uuid).version == version  # attaching does not rewrite the case
    actions = [e.action for e in store.audit_entries(case.uuid)]
    assert actions.count("attach") == 5
    assert all("contrat" not in e.detail for e in store.audit_entries(case.uuid))  # no file name in the log


def test_checklist_ticks_and_shows_what_is_missing(store: Any, files: dict[str, Path]) -> None:
    case = new_case(store)
    before = svc.missing_for(store, case)
    assert AttachmentKind.DRIVER_CONTRACT in before and AttachmentKind.RELEASE_SIGNED not in before  # none signed
    svc.attach_file(store, case.uuid, files["photo"], AttachmentKind.DRIVER_CONTRACT)
    after = svc.missing_for(store, case)
    assert AttachmentKind.DRIVER_CONTRACT not in after and len(after) == len(before) - 1
    items = svc.checklist_for(case, svc.list_for(store, case.uuid))
    assert [i.count for i in items if i.kind is AttachmentKind.DRIVER_CONTRACT] == [1]
    case.work.release_signed = True
    assert AttachmentKind.RELEASE_SIGNED in [i.kind for i in svc.checklist_for(case, []) if i.missing]
    warehouse = [i.kind for i in checklist(CaseKind.WAREHOUSE, [])]
    assert warehouse[:4] == [AttachmentKind.PAY_STUBS, AttachmentKind.RECORD_OF_EMPLOYMENT,
                             AttachmentKind.TERMINATION_LETTER, AttachmentKind.BADGE]
    assert missing_kinds(CaseKind.WAREHOUSE, [AttachmentKind.BADGE, AttachmentKind.BADGE]).count(
        AttachmentKind.BADGE) == 0


@pytest.mark.parametrize(("name", "data", "code"), [
    ("vide.pdf", b"", "empty"),
    ("faux.pdf", b"MZ\x90\x00" + bytes(200), "mismatch"),
    ("photo.jpg", pdf_bytes(), "mismatch"),
    ("capture.png", jpeg_bytes(64, 64), "mismatch"),
    ("coupé.jpg", jpeg_bytes(400, 300)[:3000], "corrupt"),
    ("coupé.png", png_bytes()[:-30], "corrupt"),
    ("coupé.pdf", pdf_bytes()[:-300], "corrupt"),
    ("programme.exe", b"MZ\x90\x00", "unsupported"),
    ("sans-extension", b"hello", "unsupported"),
    ("bad\x00name.txt", b"hello", "bad_name"),
    ("retour\nligne.txt", b"hello", "bad_name"),
    ("x" * 300 + ".txt", b"hello", "bad_name"),
    ("binaire.txt", b"\x00\x01\x02\xff", "mismatch"),
])
def test_bad_files_are_refused_naming_the_file_and_the_case_is_untouched(
        store: Any, name: str, data: bytes, code: str) -> None:
    case = new_case(store)
    audit_before = len(store.audit_entries(case.uuid))
    with pytest.raises(AttachmentRefused) as caught:
        svc.attach_bytes(store, case.uuid, name, data, AttachmentKind.OTHER)
    assert caught.value.code == code
    fr, en = caught.value.message("fr"), caught.value.message("en")
    assert fr != en and "«" in fr and "“" in en
    if code != "bad_name":
        assert name in fr and name in en
    assert svc.list_for(store, case.uuid) == [] and len(store.audit_entries(case.uuid)) == audit_before


def test_limits_per_file_and_per_case(store: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    case = new_case(store)
    big = b"a" * (MAX_FILE_BYTES + 1)
    with pytest.raises(AttachmentRefused) as caught:
        svc.attach_bytes(store, case.uuid, "long.txt", big, AttachmentKind.OTHER)
    assert caught.value.code == "too_large" and "25 Mo" in caught.value.message("fr")
    from clinic_app.domain import attachments as domain

    monkeypatch.setattr(domain, "MAX_CASE_BYTES", 100)  # the rule, not the figure: 100 bytes per case
    svc.attach_bytes(store, case.uuid, "a.txt", b"a" * 60, AttachmentKind.OTHER)
    with pytest.raises(AttachmentRefused) as caught:
        svc.attach_bytes(store, case.uuid, "b.txt", b"b" * 60, AttachmentKind.OTHER)
    assert caught.value.code == "case_full"
    assert [a.filename for a in svc.list_for(store, case.uuid)] == ["a.txt"]
    assert MAX_CASE_BYTES >= 4 * MAX_FILE_BYTES


def test_decompression_bomb_is_refused(store: Any) -> None:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("1", (12000, 12000)).save(out, "PNG")  # 144 MP in a few kilobytes
    case = new_case(store)
    with pytest.raises(AttachmentRefused) as caught:
        svc.attach_bytes(store, case.uuid, "bombe.png", out.getvalue(), AttachmentKind.OTHER)
    assert caught.value.code == "corrupt"
    assert svc.thumbnail_png(out.getvalue(), FileType.PNG) is None


def test_unknown_case_and_unknown_attachment(store: Any) -> None:
    with pytest.raises(CaseNotFoundError):
        svc.attach_bytes(store, "no-such-case", "a.txt", b"hello", AttachmentKind.OTHER)
    with pytest.raises(AttachmentNotFoundError):
        svc.data_of(store, "nope")
    with pytest.raises(AttachmentNotFoundError):
        svc.remove(store, "nope")


def test_rotate_and_remove_are_audited(store: Any, files: dict[str, Path]) -> None:
    case = new_case(store)
    info = svc.attach_file(store, case.uuid, files["photo"], AttachmentKind.DRIVER_CONTRACT)
    assert svc.rotate(store, info.id) == 90 and svc.rotate(store, info.id, 3) == 0
    assert svc.rotate(store, info.id, -1) == 270
    assert svc.list_for(store, case.uuid)[0].rotation == 270
    assert svc.data_of(store, info.id) == files["photo"].read_bytes()  # rotation never rewrites the original
    svc.remove(store, info.id)
    assert svc.list_for(store, case.uuid) == []
    with pytest.raises(AttachmentNotFoundError):
        svc.data_of(store, info.id)
    actions = [e.action for e in store.audit_entries(case.uuid)]
    assert actions.count("attachment_rotate") == 3 and "attachment_remove" in actions


def test_thumbnail_is_small_and_turned(store: Any) -> None:
    from io import BytesIO

    from PIL import Image

    thumb = svc.thumbnail_png(jpeg_bytes(1600, 1200), FileType.JPEG)
    assert thumb is not None
    assert Image.open(BytesIO(thumb)).size == (160, 120)
    turned = svc.thumbnail_png(jpeg_bytes(1600, 1200), FileType.JPEG, rotation=90)
    assert turned is not None and Image.open(BytesIO(turned)).size == (120, 160)
    assert svc.thumbnail_png(pdf_bytes(), FileType.PDF) is None  # PDFs: the viewer's QtPdf draws them


def test_downscale_keeps_the_original(store: Any) -> None:
    from io import BytesIO

    from PIL import Image

    case = new_case(store)
    original = jpeg_bytes(4000, 3000, quality=95)
    info = svc.attach_bytes(store, case.uuid, "contrat.jpg", original, AttachmentKind.DRIVER_CONTRACT)
    assert svc.needs_downscale(info, original)
    small = svc.downscale(store, info.id)
    assert small.derived_from == info.id and small.kind is info.kind and small.size < info.size
    assert max(Image.open(BytesIO(svc.data_of(store, small.id))).size) == 2400
    assert svc.data_of(store, info.id) == original


def test_domain_sniffing_and_names() -> None:
    assert sniff(pdf_bytes()) is FileType.PDF and sniff(b"\xff\xd8\xff\xe0") is FileType.JPEG
    assert sniff("é".encode()) is FileType.TEXT and sniff(b"\xff\xfe\x00") is None
    assert clean_filename("C:\\Users\\x\\Reçu février.pdf") == "Reçu février.pdf"
    assert validate_file("NOTE.TXT", b"ok")[1] is FileType.TEXT
