"""Alembic environment: runs on the engine Clearsight hands over in ``config.attributes``."""

from __future__ import annotations

from alembic import context

from clearsight.storage.sql.tables import metadata


def run_migrations_online() -> None:
    engine = context.config.attributes["engine"]
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=metadata,
            render_as_batch=engine.dialect.name == "sqlite",
        )
        context.run_migrations()


run_migrations_online()
