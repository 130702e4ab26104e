"""Alembic's entry point, for `tilmeld init`/`tick` (a connection is handed in) and for the
`alembic` command line (the URL comes from sqlalchemy.url, $TILMELD_DATABASE_URL, or the
tilmeld config file, in that order)."""

from __future__ import annotations

import os
from logging.config import fileConfig

from alembic import context

from pipeline.store.db import engine_for, migrating
from pipeline.store.models import Base

config = context.config
if config.config_file_name and "connection" not in config.attributes:
    fileConfig(config.config_file_name, disable_existing_loggers=False)
# SQLite runs DDL inside our transaction too (see db.engine_for), so a failed upgrade leaves nothing.
options = {"target_metadata": Base.metadata, "render_as_batch": True, "compare_type": True,
           "transactional_ddl": True}


def database_url() -> str:
    url = config.get_main_option("sqlalchemy.url") or os.environ.get("TILMELD_DATABASE_URL")
    if url:
        return url
    from pipeline import config as settings

    return settings.load().database_url


def run_offline() -> None:
    context.configure(url=database_url(), literal_binds=True, **options)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    given = config.attributes.get("connection")
    if given is not None:
        context.configure(connection=given, **options)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = engine_for(database_url())
    try:
        with engine.connect() as connection, migrating(connection):
            context.configure(connection=connection, **options)
            context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
