"""Benchmark: N claim letters, as separate files and as one combined file, against a bare ReportLab floor.

What is measured (demo cases from :func:`clinic_app.domain.demo.generate_demo`, drafts without figures skipped):

* **letters, separate**: :func:`clinic_app.letters.render.render_letter` for each case's demand (employer or
  DSP), written to its own file; the engine, the templates, Babel, the paragraph layout, the embedded
  DejaVu fonts (subset per file) and the SHA-256 are all included;
* **letters, combined**: the same letters merged into one PDF (pypdf, as a batch "print all" would).

Floor, in the same run and with the SAME page count as the letters: a bare ReportLab Platypus document per
letter (``SimpleDocTemplate``, one ``Paragraph`` of the same length of plain text per page, in the same
embedded DejaVu font so the floor also pays for embedding a Unicode font, as any letter that prints names
as typed must) written to its own file; and for the combined file, one bare document of all those pages.
It is what the cheapest letter with the same pages and font would cost; the ratio is what our layout,
wording, figures and formatting add.

Usage: ``PYTHONPATH=. python bench/bench_letters.py [N]`` (default 1000; ``200`` runs in seconds).
Target: ratio <= 1.5x for both.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import tempfile
import time
from pathlib import Path

from clinic_app.domain.case_figures import case_entitlements
from clinic_app.domain.clinic import ClinicProfile
from clinic_app.domain.demo import generate_demo
from clinic_app.domain.errors import FieldError
from clinic_app.domain.letter_preflight import preflight
from clinic_app.domain.types import Jurisdiction
from clinic_app.letters.kinds import LetterKind
from clinic_app.letters.render import FONT, _register_fonts, render_letter

TODAY = dt.date(2025, 2, 10)
CLINIC = ClinicProfile(name="Clinique juridique Démo", address="123 rue Exemple\nMontréal QC H2X 1Y4",
                       phone="514-555-0100", email="info@example.org", signatory="Me Jeanne Roy",
                       signatory_title="Avocate")
TARGET = 1.5


def _jobs(count: int) -> list[tuple]:
    ests, cases = generate_demo(count * 2, seed=7)
    by_id = {e.id: e for e in ests}
    jobs = []
    for case in cases:
        est = by_id.get(case.establishment_id or "")
        ent = case_entitlements(case, est, as_of=TODAY)
        if isinstance(ent, FieldError) or ent.facts.jurisdiction is not Jurisdiction.QC:
            continue  # drafts without figures; federal demands are not produced (the annex is)
        kind = LetterKind.DEMAND_DRIVER if case.driver is not None else LetterKind.DEMAND_EMPLOYER
        if case.driver is not None and not case.driver.dsp_legal_name:
            continue
        if not preflight(case, est, kind.value, TODAY, ent=ent).allowed:
            continue  # refused by the pre-flight check (no consent, nothing owed...): the batch produces none
        jobs.append((case, est, kind))
        if len(jobs) == count:
            break
    return jobs


def _floor_pdf(pages: int, text: str) -> bytes:
    """A bare Platypus document: ``pages`` pages of plain text in the embedded font (no template, no figures)."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    style = ParagraphStyle("plain", fontName=FONT, fontSize=10, leading=14)
    story = []
    for page in range(pages):
        if page:
            story.append(PageBreak())
        story.append(Paragraph(text, style))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=LETTER, invariant=1).build(story)
    return buffer.getvalue()


def main(count: int) -> None:
    from pypdf import PdfReader, PdfWriter

    jobs = _jobs(count)
    _register_fonts()
    # One warm-up letter each way (font files read, caches filled), outside the timings.
    render_letter(jobs[0][0], jobs[0][1], CLINIC, kind=jobs[0][2], lang="fr", today=TODAY)
    _floor_pdf(1, "warm up")

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        started = time.perf_counter()
        letters = []
        for i, (case, est, kind) in enumerate(jobs):
            lang = "en" if i % 3 == 0 else "fr"
            letter = render_letter(case, est, CLINIC, kind=kind, lang=lang, today=TODAY)
            (out / f"letter-{i:05d}.pdf").write_bytes(letter.pdf)
            letters.append(letter)
        ours_separate = time.perf_counter() - started

        # Page count and text length per letter, for a floor of the same size.
        shapes = []
        for letter in letters:
            reader = PdfReader(io.BytesIO(letter.pdf))
            chars = sum(len(p.extract_text() or "") for p in reader.pages)
            words = max(1, chars // 6 // len(reader.pages))  # "texte " is 6 characters
            shapes.append((len(reader.pages), " ".join(["texte"] * words)))
        pages_total = sum(p for p, _ in shapes)

        started = time.perf_counter()
        for i, (pages, text) in enumerate(shapes):
            (out / f"floor-{i:05d}.pdf").write_bytes(_floor_pdf(pages, text))
        floor_separate = time.perf_counter() - started

        started = time.perf_counter()
        writer = PdfWriter()
        for i, (case, est, kind) in enumerate(jobs):
            lang = "en" if i % 3 == 0 else "fr"
            letter = render_letter(case, est, CLINIC, kind=kind, lang=lang, today=TODAY)
            writer.append(io.BytesIO(letter.pdf))
        with open(out / "combined.pdf", "wb") as fh:
            writer.write(fh)
        ours_combined = time.perf_counter() - started

        started = time.perf_counter()
        writer = PdfWriter()
        for pages, text in shapes:
            writer.append(io.BytesIO(_floor_pdf(pages, text)))
        with open(out / "floor-combined.pdf", "wb") as fh:
            writer.write(fh)
        floor_combined = time.perf_counter() - started

    n = len(jobs)
    print(f"{n} letters, {pages_total} pages (demo cases, fr/en, demands to employers and DSPs)")
    for label, ours, floor in (("separate files", ours_separate, floor_separate),
                               ("one combined file", ours_combined, floor_combined)):
        ratio = ours / floor
        verdict = "OK" if ratio <= TARGET else "OVER TARGET"
        print(f"  {label:18} letters {ours:7.2f} s ({1000 * ours / n:5.1f} ms each)   floor {floor:7.2f} s   "
              f"ratio {ratio:4.2f}x  (target <= {TARGET}x: {verdict})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
