"""The Alembic revisions and the ORM models describe the same schema (no forgotten migration)."""

from __future__ import annotations

import warnings

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from desktop.migrations.env_support import include_object
from desktop.models import Base
from desktop.services import schema


def test_models_and_migrations_agree() -> None:
    engine = create_engine("sqlite://")
    schema.upgrade(engine)
    with engine.connect() as connection, warnings.catch_warnings():
        # SQLAlchemy cannot reflect the expression indexes of revision 0004; include_object
        # leaves them out of the comparison on purpose.
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
        context = MigrationContext.configure(connection, opts={"include_object": include_object})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_every_revision_downgrades_and_upgrades_again() -> None:
    engine = create_engine("sqlite://")
    schema.upgrade(engine)
    from alembic import command

    config = schema._config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
        command.upgrade(config, "head")
    assert schema.current_revision(engine) == schema.head_revision()
