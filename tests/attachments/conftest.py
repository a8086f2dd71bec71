"""Real evidence files for the attachment tests: a phone-like JPEG, a PNG screenshot, a ReportLab PDF, a text."""

from __future__ import annotations

import io
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from clinic_app.domain.case import Case, CaseKind


def jpeg_bytes(width: int = 1600, height: int = 1200, seed: int = 1, quality: int = 90) -> bytes:
    """A photo-like JPEG: noise over a gradient, so it compresses like a real photograph (not a flat colour)."""
    from PIL import Image

    rnd = random.Random(seed)
    img = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    noise = Image.frombytes("RGB", (width, height), rnd.randbytes(width * height * 3))
    img = Image.blend(img, noise, 0.35)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality)
    return out.getvalue()


def png_bytes(width: int = 390, height: int = 844) -> bytes:
    """A route-app screenshot-sized PNG."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(img)
    for i in range(0, height, 60):
        draw.rectangle((10, i + 5, width - 10, i + 50), outline="navy", fill=(220, 230, 250))
        draw.text((20, i + 20), f"Stop {i // 60 + 1}  08:{i % 60:02d}", fill="black")
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def pdf_bytes(pages: int = 2) -> bytes:
    """A real PDF (ReportLab), like a scanned contract exported by a phone."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=letter)
    for n in range(pages):
        c.drawString(72, 720, f"Contrat de services de livraison - page {n + 1}")
        c.rect(72, 400, 300, 200)
        c.showPage()
    c.save()
    return out.getvalue()


def heic_bytes() -> bytes:
    """The start of an HEIC file (ftyp box, brand heic) and a media box: what a phone's photo begins with."""
    ftyp = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic"
    mdat = b"\x00\x00\x00\x10mdat" + bytes(range(8))
    return ftyp + mdat


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """Real files on disk, by role."""
    folder = tmp_path / "phone"
    folder.mkdir()
    out = {
        "photo": folder / "contrat-photo.jpg", "screenshot": folder / "route.png", "contract": folder / "contrat.pdf",
        "note": folder / "note.txt", "heic": folder / "IMG_0001.HEIC",
    }
    out["photo"].write_bytes(jpeg_bytes())
    out["screenshot"].write_bytes(png_bytes())
    out["contract"].write_bytes(pdf_bytes())
    out["note"].write_text("Message reçu le 22 janvier : « votre compte est désactivé ».\n", encoding="utf-8")
    out["heic"].write_bytes(heic_bytes())
    return out


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Any]:
    from clinic_app.storage import open_store

    s = open_store(tmp_path / "cases.db", encrypted=False, create=True, actor="bénévole", auto_backup=False)
    yield s
    s.close()


def new_case(store: Any, kind: CaseKind = CaseKind.DRIVER, given: str = "Hélène", family: str = "Tremblay") -> Case:
    case = Case.new(kind)
    case.person.given_name = given
    case.person.family_name = family
    return store.create_case(case)  # type: ignore[no-any-return]
