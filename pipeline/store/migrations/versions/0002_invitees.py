"""Invitees: who the invitation went to, for the digest's "not answered" and the reminder.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "invitees",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("imported_at", UTC, nullable=False),
        sa.Column("reminded_at", UTC, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invitees")),
        sa.UniqueConstraint("email", name=op.f("uq_invitees_email")),
    )


def downgrade() -> None:
    op.drop_table("invitees")
