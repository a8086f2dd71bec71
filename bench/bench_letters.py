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

* **letters, pool** (issue 22, item 6): the same letters through :func:`clinic_app.letters.pool.render_cases`
  on one worker process per core (spawned and started inside the timing), each written to its own file, against
  the bare floor above (serial wall time, and the floor itself spread on the same number of processes).

Usage: ``PYTHONPATH=. python bench/bench_letters.py [N] [--rounds R]`` (default 1000; ``200`` runs in seconds).
Pool rounds alternate with floor rounds; min and median are printed. Target: ratio <= 1.5x.
"""

from __future__ import annotations

import datetime as dt
import io
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


def _story_only(jobs: list[tuple]) -> tuple[float, float]:
    """Where a letter's time goes: CPU seconds of bare ReportLab laying out and writing OUR letters' stories
    (the same flowables, margins and fonts, without our page numbers and running head), and of building those
    stories (templates, Babel, the engine). Neither is a floor: the first is what our layout costs in
    ReportLab, the second what our own code adds before it."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    from clinic_app.letters.render import _demand, _doc, default_recipient

    layout = build = 0.0
    for i, (case, est, kind) in enumerate(jobs):
        lang = "en" if i % 3 == 0 else "fr"
        started = time.process_time()
        ent = case_entitlements(case, est, langs=("fr", "en"), as_of=TODAY)
        story = _demand(_doc(lang), case, est, CLINIC, ent, default_recipient(case, est), TODAY, kind.value)
        build += time.process_time() - started
        started = time.process_time()
        SimpleDocTemplate(io.BytesIO(), pagesize=LETTER, leftMargin=22 * mm, rightMargin=22 * mm,
                          topMargin=18 * mm, bottomMargin=20 * mm, invariant=1).build(story)
        layout += time.process_time() - started
    return layout, build


def _floor_chunk(shapes: list[tuple[int, str]]) -> list[bytes]:
    _register_fonts()
    return [_floor_pdf(pages, text) for pages, text in shapes]


def _pool_round(jobs: list[tuple], out: Path) -> float:
    """Wall time of every letter through the pool (workers started inside the timing), written to files."""
    from clinic_app.letters.kinds import LetterKind
    from clinic_app.letters.pool import CaseJob, render_cases

    started = time.perf_counter()
    # The same one demand per case as the serial measurement.
    case_jobs = [CaseJob(case, est, CLINIC, "en" if i % 3 == 0 else "fr", TODAY, kind=LetterKind(kind).value)
                 for i, (case, est, kind) in enumerate(jobs)]
    for i, outcome in enumerate(render_cases(case_jobs, msg_lang="en")):
        assert outcome.letters is not None, outcome.error
        (out / f"pool-{i:05d}.pdf").write_bytes(outcome.letters[0].pdf)
    return time.perf_counter() - started


def _pool_floor(shapes: list[tuple[int, str]], out: Path, workers: int) -> float:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    started = time.perf_counter()
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        chunks = [shapes[i:i + 8] for i in range(0, len(shapes), 8)]
        n = 0
        for pdfs in pool.map(_floor_chunk, chunks):
            for pdf in pdfs:
                (out / f"pfloor-{n:05d}.pdf").write_bytes(pdf)
                n += 1
    return time.perf_counter() - started


def main(count: int, rounds: int = 1) -> None:
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
        ours_cpu = time.process_time()
        for i, (case, est, kind) in enumerate(jobs):
            render_letter(case, est, CLINIC, kind=kind, lang="en" if i % 3 == 0 else "fr", today=TODAY)
        ours_cpu = time.process_time() - ours_cpu
        story_layout, story_build = _story_only(jobs)

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
        floor_cpu = time.process_time()
        for pages, text in shapes:
            _floor_pdf(pages, text)
        floor_cpu = time.process_time() - floor_cpu

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

        from clinic_app.letters.pool import worker_count

        workers = worker_count()
        pool_t: list[float] = []
        floor_t: list[float] = []
        pool_floor_t: list[float] = []
        for _ in range(rounds):
            started = time.perf_counter()
            for i, (pages, text) in enumerate(shapes):
                (out / f"floor-{i:05d}.pdf").write_bytes(_floor_pdf(pages, text))
            floor_t.append(time.perf_counter() - started)
            pool_t.append(_pool_round(jobs, out))
            pool_floor_t.append(_pool_floor(shapes, out, workers))

    n = len(jobs)
    print(f"{n} letters, {pages_total} pages (demo cases, fr/en, demands to employers and DSPs)")
    import statistics

    pmin, pmed = min(pool_t), statistics.median(pool_t)
    fmin, fmed = min(floor_t), statistics.median(floor_t)
    qmin, qmed = min(pool_floor_t), statistics.median(pool_floor_t)
    print(f"  pool of {workers} workers, {rounds} interleaved rounds: letters min {pmin:.2f} s median {pmed:.2f} s; "
          f"bare floor serial min {fmin:.2f} s median {fmed:.2f} s -> ratio {pmin / fmin:.2f}x / {pmed / fmed:.2f}x "
          f"(target <= {TARGET}x: {'OK' if pmin / fmin <= TARGET else 'OVER TARGET'}); floor on the same pool "
          f"min {qmin:.2f} s median {qmed:.2f} s -> ratio {pmin / qmin:.2f}x / {pmed / qmed:.2f}x")
    print(f"  where a letter's CPU time goes (serial, in memory): ours {1000 * ours_cpu / n:.1f} ms; bare ReportLab "
          f"on our own stories {1000 * story_layout / n:.1f} ms ({story_layout / ours_cpu:.0%}); building the "
          f"stories {1000 * story_build / n:.1f} ms ({story_build / ours_cpu:.0%}); the floor's plain pages "
          f"{1000 * floor_cpu / n:.1f} ms -> ours / ReportLab on our stories "
          f"{ours_cpu / story_layout:.2f}x, ReportLab on our stories / the floor {story_layout / floor_cpu:.2f}x")
    for label, ours, floor in (("separate files", ours_separate, floor_separate),
                               ("one combined file", ours_combined, floor_combined)):
        ratio = ours / floor
        verdict = "OK" if ratio <= TARGET else "OVER TARGET"
        print(f"  {label:18} letters {ours:7.2f} s ({1000 * ours / n:5.1f} ms each)   floor {floor:7.2f} s   "
              f"ratio {ratio:4.2f}x  (target <= {TARGET}x: {verdict})")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("count", nargs="?", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=1)
    cli_args = parser.parse_args()
    main(cli_args.count, cli_args.rounds)
