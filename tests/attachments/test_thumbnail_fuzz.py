"""Bounded fuzzing: malformed images and PDFs never crash the checks, the thumbnailer or the viewer's decoders.

Each seed file (a real JPEG, PNG and PDF) is mutated a fixed number of times with a fixed random seed (flipped
bytes, cut short, a chunk repeated, garbage inserted, a huge dimension written into the header); every result
must be refused or drawn, never raise. Fixed seeds: a failure is reproducible.
"""

from __future__ import annotations

import random
import struct
import zlib
from typing import Any

import pytest

from clinic_app.domain.attachments import AttachmentInfo, AttachmentKind, AttachmentRefused, FileType
from clinic_app.services import attachments as svc

from .conftest import jpeg_bytes, pdf_bytes, png_bytes

ROUNDS = 120
pytestmark = pytest.mark.timeout(300)


def _mutate(data: bytes, rnd: random.Random) -> bytes:
    buf = bytearray(data)
    how = rnd.randrange(5)
    if how == 0:  # flip bytes
        for _ in range(rnd.randint(1, 40)):
            buf[rnd.randrange(len(buf))] = rnd.randrange(256)
    elif how == 1:  # cut short, keeping the end marker so the cheap checks pass
        cut = rnd.randrange(16, len(buf))
        buf = buf[:cut] + buf[-16:]
    elif how == 2:  # a chunk repeated
        a = rnd.randrange(len(buf))
        b = min(len(buf), a + rnd.randint(1, 4096))
        buf[a:a] = buf[a:b] * rnd.randint(1, 8)
    elif how == 3:  # garbage inserted after the header
        at = rnd.randint(8, min(200, len(buf)))
        buf[at:at] = rnd.randbytes(rnd.randint(1, 2000))
    else:  # zeroes over a stretch
        a = rnd.randrange(len(buf))
        buf[a:a + rnd.randint(1, 500)] = bytes(min(500, len(buf) - a))
    return bytes(buf)


def _huge_png() -> bytes:
    """A PNG whose header claims 60000 x 60000 pixels (a decompression bomb's shape)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 60000, 60000, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00" * 1000)) + chunk(b"IEND", b""))


def _cases() -> list[tuple[FileType, bytes]]:
    rnd = random.Random(1919)
    seeds = {FileType.JPEG: jpeg_bytes(320, 240), FileType.PNG: png_bytes(200, 300), FileType.PDF: pdf_bytes(1)}
    out = [(FileType.PNG, _huge_png())]
    for mime, data in seeds.items():
        out += [(mime, _mutate(data, rnd)) for _ in range(ROUNDS)]
    return out


def test_checks_and_pillow_thumbnails_never_raise() -> None:
    drawn = refused = 0
    for mime, data in _cases():
        ext = {FileType.JPEG: "jpg", FileType.PNG: "png", FileType.PDF: "pdf"}[mime]
        try:
            svc.prepare(f"fuzz.{ext}", data)
        except AttachmentRefused:
            refused += 1
        thumb = svc.thumbnail_png(data, mime, rotation=90)
        if thumb is not None:
            assert thumb.startswith(b"\x89PNG")
            drawn += 1
    assert refused > 0 and drawn > 0  # the mutations reached both outcomes


def test_qt_thumbnails_and_viewer_decoders_never_raise(qapp: Any) -> None:
    import datetime as dt

    from clinic_app.ui.forms.evidence import thumbnail
    from clinic_app.ui.forms.evidence_viewer import decode_image

    now = dt.datetime.now(dt.UTC)
    pdf_pages = 0
    for mime, data in _cases():
        info = AttachmentInfo("f", "c", AttachmentKind.OTHER, "f", mime, len(data), "", 90, now, "t")
        image = thumbnail(info, data)
        if image is not None:
            assert not image.isNull() and image.width() <= 200 and image.height() <= 200
            pdf_pages += mime is FileType.PDF
        if mime is not FileType.PDF:
            decode_image(data, 270)
    assert pdf_pages > 0
