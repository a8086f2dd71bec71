"""Use cases shared by the GUI and the commands: save a case, letters, exports, bundles, backups, purge...

Why a layer of its own: the Qt windows and the ``clinic-app`` subcommands used to redo the same work (the
status a case is saved with, rendering and recording a letter, backing up) and had started to disagree.
Each module here is one use case; it takes typed inputs, returns typed results, reports progress through a
callback and can be cancelled (:mod:`clinic_app.services.progress`) when it is long and made of steps (exports,
bundles, the summary, a batch of letters). A backup, a restore, a purge and a re-key are one transaction each:
they complete or change nothing, so they take no cancel token. It imports neither Qt nor argparse:
the front ends read their input, call the service, show the result. Errors are
:class:`clinic_app.errors.ClinicError`; each front end shows them in one standard way.

Dependencies: ``ui``/``commands`` -> ``services`` -> ``letters``/``export`` -> ``storage`` -> ``domain``.
Heavy libraries (SQLAlchemy, ReportLab) are imported inside the functions that need them.
"""
