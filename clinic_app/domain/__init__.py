"""The domain: case model, validation, the entitlement engine and its law tables.

Pure Python: nothing here imports Qt, SQLAlchemy or ReportLab (a test enforces it), so the CLI, the GUI,
the letters and the exports all compute the same figures the same way.
"""
