"""Alembic environment: always given an open connection by desktop.services.schema."""

from __future__ import annotations

from alembic import context

from desktop.migrations.env_support import include_object
from desktop.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection, target_metadata=Base.metadata, render_as_batch=True, include_object=include_object
)
with context.begin_transaction():
    context.run_migrations()
