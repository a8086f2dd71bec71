"""Evidence attached to a case: attach, list, read, rotate, remove, downscale, and the checklist of what is missing.

Why a service: the attachments section of the case editor, ``clinic-app attach`` and the review page must accept
and refuse the same files with the same messages, and write them the same way (one transaction with its audit
entry). The bytes go from the chosen file to the (encrypted) database and back into memory; nothing here ever
writes a copy to disk, not even a temporary one (the viewer reads them from memory too).

A file is checked twice before it is stored: by the domain (name, size, magic bytes, a whole file) and here by
decoding it (Pillow, with a pixel limit against decompression bombs) for JPEG and PNG. PDFs are checked for
their structure only; the viewer (QtPdf) shows a damaged one as an error, never a crash.
"""

from __future__ import annotations

import hashlib
import io
import os
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from clinic_app.domain.attachments import (
    DOWNSCALE_EDGE,
    MAX_FILE_BYTES,
    AttachmentInfo,
    AttachmentKind,
    AttachmentRefused,
    ChecklistItem,
    FileType,
    check_case_room,
    checklist,
    clean_filename,
    missing_kinds,
    validate_file,
)
from clinic_app.domain.case import Case, new_uuid

if TYPE_CHECKING:
    from PIL import Image as PILImage

    from clinic_app.storage import CaseStore

#: Images with more pixels than this are refused (a 25 MB PNG can claim billions of pixels: a bomb).
MAX_PIXELS = 80_000_000
THUMBNAIL_EDGE = 160


def read_file(path: str | os.PathLike[str]) -> tuple[str, bytes]:
    """The name and bytes of a file a person chose; at most :data:`MAX_FILE_BYTES` + 1 bytes are read."""
    p = Path(path)
    name = p.name
    try:
        with p.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        try:
            shown = clean_filename(name)
        except AttachmentRefused:
            shown = "?"
        raise AttachmentRefused("unreadable", shown, reason=exc.strerror or type(exc).__name__) from None
    return name, data


def _open_image(data: bytes) -> PILImage.Image:
    """A Pillow image whose header was read (not its pixels), within :data:`MAX_PIXELS`; ValueError otherwise."""
    from PIL import Image

    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        img = Image.open(io.BytesIO(data), formats=("JPEG", "PNG"))
    width, height = img.size
    if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
        raise ValueError("pixels")
    return img


def _decoded(name: str, kind: FileType, data: bytes) -> PILImage.Image | None:
    """A JPEG or PNG decoded in full (Pillow), or :class:`AttachmentRefused`; None for the other types.

    A JPEG is decoded at a reduced scale (``draft``): every byte of its compressed data is still read and checked,
    the costly full-size pixels are not made, and the result is what a thumbnail needs.
    """
    if kind not in (FileType.JPEG, FileType.PNG):
        return None
    try:
        img = _open_image(data)
        if kind is FileType.PNG:
            img.verify()  # every chunk's CRC
            img = _open_image(data)
        else:
            img.draft("RGB", (2 * THUMBNAIL_EDGE, 2 * THUMBNAIL_EDGE))
        img.load()  # the pixels themselves: a truncated or damaged image fails here
        return img
    except ValueError as exc:
        if str(exc) == "pixels":
            raise AttachmentRefused("corrupt", name, what=f"> {MAX_PIXELS // 1_000_000} MP") from None
        raise AttachmentRefused("corrupt", name, what=kind.name) from None
    except Exception:  # noqa: BLE001 - Pillow raises many kinds on hostile input (OSError, SyntaxError, ...)
        raise AttachmentRefused("corrupt", name, what=kind.name) from None


def decode_check(name: str, kind: FileType, data: bytes) -> None:
    """Decode a JPEG or PNG: a damaged image is refused here, not found broken in the viewer."""
    _decoded(name, kind, data)


def prepare(name: str, data: bytes) -> tuple[str, FileType]:
    """Every check a file must pass before it is stored; :class:`AttachmentRefused` naming it otherwise."""
    clean, kind = validate_file(name, data)
    decode_check(clean, kind, data)
    return clean, kind


def _attach(store: CaseStore, case_uuid: str, name: str, data: bytes, kind: AttachmentKind,
            derived_from: str | None = None, *, thumbnail: bool = False) -> tuple[AttachmentInfo, bytes | None]:
    from clinic_app.storage import attachments

    clean, ftype = validate_file(name, data)
    image = _decoded(clean, ftype, data)
    info = AttachmentInfo(new_uuid(), case_uuid, kind, clean, ftype, len(data), hashlib.sha256(data).hexdigest(),
                          0, attachments.now(), store.actor, derived_from)
    attachments.add(store, info, data, check_room=lambda total: check_case_room(clean, len(data), total))
    return info, (_thumbnail_of(image, 0, THUMBNAIL_EDGE) if thumbnail and image is not None else None)


def attach_bytes(store: CaseStore, case_uuid: str, name: str, data: bytes, kind: AttachmentKind, *,
                 derived_from: str | None = None) -> AttachmentInfo:
    """Check and store one file for a case (one transaction with its audit entry); the case itself is untouched."""
    return _attach(store, case_uuid, name, data, kind, derived_from)[0]


def attach_file_thumbnailed(store: CaseStore, case_uuid: str, path: str | os.PathLike[str],
                            kind: AttachmentKind) -> tuple[AttachmentInfo, bytes | None]:
    """:func:`attach_file` and the thumbnail (PNG) of a photo, from the one decoding the check made."""
    name, data = read_file(path)
    return _attach(store, case_uuid, name, data, kind, thumbnail=True)


def attach_file(store: CaseStore, case_uuid: str, path: str | os.PathLike[str],
                kind: AttachmentKind) -> AttachmentInfo:
    name, data = read_file(path)
    return attach_bytes(store, case_uuid, name, data, kind)


@dataclass(frozen=True, slots=True)
class AttachOutcome:
    """What became of each file of a multi-file attach: stored, or refused with its message."""

    stored: list[AttachmentInfo]
    refused: list[AttachmentRefused]
    thumbnails: dict[str, bytes]  # attachment id -> PNG, for the photos (made while checking them)


def attach_files(store: CaseStore, case_uuid: str, paths: list[str | os.PathLike[str]],
                 kind: AttachmentKind) -> AttachOutcome:
    """Attach several files; each is stored or refused on its own (a bad one never blocks the good ones)."""
    stored: list[AttachmentInfo] = []
    refused: list[AttachmentRefused] = []
    thumbnails: dict[str, bytes] = {}
    for path in paths:
        try:
            info, thumb = attach_file_thumbnailed(store, case_uuid, path, kind)
        except AttachmentRefused as err:
            refused.append(err)
            continue
        stored.append(info)
        if thumb is not None:
            thumbnails[info.id] = thumb
    return AttachOutcome(stored, refused, thumbnails)


def list_for(store: CaseStore, case_uuid: str) -> list[AttachmentInfo]:
    from clinic_app.storage import attachments

    return attachments.list_for_case(store, case_uuid)


def data_of(store: CaseStore, attachment_id: str) -> bytes:
    """The original bytes, into memory (for the viewer and thumbnails; never written to a file here)."""
    from clinic_app.storage import attachments

    return attachments.read_data(store, attachment_id)


def rotate(store: CaseStore, attachment_id: str, quarter_turns: int = 1) -> int:
    """Turn an attachment by 90° steps clockwise (shown turned; the stored bytes stay the original). Audited."""
    from clinic_app.storage import attachments

    info = attachments.get(store, attachment_id)
    rotation = (info.rotation + 90 * quarter_turns) % 360
    attachments.set_rotation(store, attachment_id, rotation)
    return rotation


def remove(store: CaseStore, attachment_id: str) -> AttachmentInfo:
    """Erase an attachment and its bytes (audited)."""
    from clinic_app.storage import attachments

    return attachments.remove(store, attachment_id)


def case_total(store: CaseStore, case_uuid: str) -> int:
    from clinic_app.storage import attachments

    return attachments.case_total(store, case_uuid)


def checklist_for(case: Case, present: list[AttachmentInfo]) -> list[ChecklistItem]:
    """The case kind's checklist, each item with how many files of its kind the case has."""
    release = case.work.release_signed if case.work is not None else False
    return checklist(case.kind, [a.kind for a in present], release_signed=release)


def missing_for(store: CaseStore, case: Case) -> list[AttachmentKind]:
    """What the case still lacks (for the review page)."""
    release = case.work.release_signed if case.work is not None else False
    return missing_kinds(case.kind, [a.kind for a in list_for(store, case.uuid)], release_signed=release)


# -- images ---------------------------------------------------------------------------------------------------

def _rotated(img: PILImage.Image, rotation: int) -> PILImage.Image:
    from PIL import Image

    turns = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}
    return img.transpose(turns[rotation]) if rotation in turns else img


def _thumbnail_of(img: PILImage.Image, rotation: int, edge: int) -> bytes | None:
    """A PNG of ``img`` (already decoded) at most ``edge`` pixels a side, turned as the phone and the person said."""
    try:
        from PIL import ImageOps

        img = ImageOps.exif_transpose(img) or img
        img.thumbnail((edge, edge))
        img = _rotated(img, rotation)
        if img.mode not in ("RGB", "RGBA", "L", "LA"):
            img = img.convert("RGBA")
        out = io.BytesIO()
        img.save(out, "PNG")
        return out.getvalue()
    except Exception:  # noqa: BLE001 - hostile input may raise anything Pillow's decoders raise: no thumbnail
        return None


def thumbnail_png(data: bytes, mime: FileType, rotation: int = 0, edge: int = THUMBNAIL_EDGE) -> bytes | None:
    """A PNG thumbnail of a JPEG or PNG (None for other types, or for any file Pillow cannot decode safely).

    Never raises: the thumbnailer sees files from anywhere (a bundle from a compromised laptop included);
    ``tests/attachments/test_thumbnail_fuzz.py`` feeds it malformed images.
    """
    if mime not in (FileType.JPEG, FileType.PNG):
        return None
    try:
        img = _open_image(data)
        if mime is FileType.JPEG:
            img.draft("RGB", (edge * 2, edge * 2))  # decode at 1/2..1/8 scale: a 12 MP photo in a few ms
        img.load()
    except Exception:  # noqa: BLE001 - see _thumbnail_of
        return None
    return _thumbnail_of(img, rotation, edge)


def needs_downscale(info: AttachmentInfo, data: bytes) -> bool:
    """True for a JPEG or PNG larger than :data:`DOWNSCALE_EDGE` on its longer side (offered, never forced)."""
    if info.mime not in (FileType.JPEG, FileType.PNG):
        return False
    try:
        return max(_open_image(data).size) > DOWNSCALE_EDGE
    except Exception:  # noqa: BLE001 - see thumbnail_png
        return False


def downscale(store: CaseStore, attachment_id: str) -> AttachmentInfo:
    """A smaller JPEG copy of a large photo, stored beside it (same kind, ``derived_from`` the original, which is
    kept untouched). :class:`AttachmentRefused` if the image cannot be decoded."""
    from PIL import ImageOps

    from clinic_app.storage import attachments

    info = attachments.get(store, attachment_id)
    data = attachments.read_data(store, attachment_id)
    try:
        img = _open_image(data)
        img = ImageOps.exif_transpose(img) or img
        img.thumbnail((DOWNSCALE_EDGE, DOWNSCALE_EDGE))
        img = img.convert("RGB")
        out = io.BytesIO()
        img.save(out, "JPEG", quality=85, optimize=True)
    except Exception:  # noqa: BLE001 - see thumbnail_png
        raise AttachmentRefused("corrupt", info.filename, what=info.mime.name) from None
    stem = info.filename.rsplit(".", 1)[0]
    return attach_bytes(store, info.case_uuid, f"{stem}-reduced.jpg", out.getvalue(), info.kind,
                        derived_from=info.id)
