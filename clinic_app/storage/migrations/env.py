"""Alembic environment: always run from :mod:`clinic_app.storage.migrate` with an open connection."""

from __future__ import annotations

from alembic import context

from clinic_app.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things: copy tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
