"""An index on the outbox's recipient: the daily cap counts a person's answers for every
message they send, and a first import sends thousands.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f("ix_outbox_recipient"), "outbox", ["recipient"])


def downgrade() -> None:
    op.drop_index(op.f("ix_outbox_recipient"), table_name="outbox")
