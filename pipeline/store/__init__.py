"""The database: tables (models), engines and schema upgrades (db), and the queries tick needs."""

import logging

# Alembic narrates every step at INFO, some of it on import; cron logs want one line when
# the schema changes (db.upgrade logs it). Set before any alembic module is imported.
logging.getLogger("alembic").setLevel(logging.WARNING)
