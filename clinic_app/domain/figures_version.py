"""Which engine and law tables computed a stored figure, in a module of its own.

Why apart from :mod:`clinic_app.domain.case_figures`: the window's first page is read before the engine is
imported (``storage/opening.py``), and must still tell a stored figure computed by another version (shown as
updating) from a current one.
"""

from __future__ import annotations

#: Which engine and law tables computed a stored figure. Storage keeps it beside the figures of every case and
#: recomputes the cases whose stored version differs, so bump it with ANY change to the engine, the law tables
#: or :func:`~clinic_app.domain.case_figures.case_figures` that can change a figure
#: (``tests/domain/test_figures_version.py`` pins a digest of the law tables to remind you).
FIGURES_VERSION = "engine-3.1/law-2026-12-02/site-2"
