"""Storage: SQLAlchemy models, sessions, Alembic migrations, encryption at rest, backups."""
