"""The initial schema: messages, participants, history, outbox, digests, mailbox cursor.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Aware datetimes, stored as UTC (the models read them through UTCDateTime).
UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "mailbox_cursor",
        sa.Column("folder", sa.String(255), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("last_uid", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("folder", name=op.f("pk_mailbox_cursor")),
    )
    op.create_table(
        "participants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("workshop", sa.Integer(), nullable=True),
        sa.Column("dinner", sa.Boolean(), nullable=True),
        sa.Column("party", sa.Integer(), nullable=False),
        sa.Column("lang", sa.String(8), nullable=False),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("question", sa.Boolean(), nullable=False),
        sa.Column("followups", sa.Integer(), nullable=False),
        sa.Column("asked", sa.JSON(), nullable=False),
        sa.Column("last_reply_message_id", sa.String(255), nullable=True),
        sa.Column("review_reason", sa.Text(), nullable=True),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("updated_at", UTC, nullable=False),
        sa.CheckConstraint(
            "status IN ('pending', 'registered', 'declined', 'cancelled', 'review')",
            name=op.f("ck_participants_status")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participants")),
        sa.UniqueConstraint("email", name=op.f("uq_participants_email")),
    )
    op.create_index(op.f("ix_participants_last_reply_message_id"), "participants",
                    ["last_reply_message_id"])

    op.create_table(
        "messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dedup_key", sa.String(255), nullable=False),
        sa.Column("message_id", sa.Text(), nullable=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("folder", sa.String(255), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=True),
        sa.Column("uid", sa.BigInteger(), nullable=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("received_at", UTC, nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=True),
        sa.Column("sender", sa.String(320), nullable=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("reading", sa.JSON(), nullable=True),
        sa.Column("action", sa.String(16), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("handled_at", UTC, nullable=True),
        sa.Column("imap_done", sa.Boolean(), nullable=False),
        sa.CheckConstraint("state IN ('received', 'handled', 'failed')",
                           name=op.f("ck_messages_state")),
        sa.ForeignKeyConstraint(["participant_id"], ["participants.id"], ondelete="SET NULL",
                                name=op.f("fk_messages_participant_id_participants")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_messages")),
        sa.UniqueConstraint("dedup_key", name=op.f("uq_messages_dedup_key")),
    )
    op.create_index("ix_messages_folder_uid", "messages", ["folder", "uidvalidity", "uid"])
    for column in ("participant_id", "sender", "sha256", "state"):
        op.create_index(op.f(f"ix_messages_{column}"), "messages", [column])

    op.create_table(
        "history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("at", UTC, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("from_status", sa.String(16), nullable=True),
        sa.Column("to_status", sa.String(16), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=True),
        sa.CheckConstraint("kind IN ('message', 'decision', 'correction', 'reply')",
                           name=op.f("ck_history_kind")),
        sa.ForeignKeyConstraint(["message_id"], ["messages.id"], ondelete="SET NULL",
                                name=op.f("fk_history_message_id_messages")),
        sa.ForeignKeyConstraint(["participant_id"], ["participants.id"], ondelete="CASCADE",
                                name=op.f("fk_history_participant_id_participants")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_history")),
    )
    for column in ("message_id", "participant_id"):
        op.create_index(op.f(f"ix_history_{column}"), "history", [column])

    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("answers_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("recipient", sa.String(320), nullable=False),
        sa.Column("message_id", sa.String(255), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("sent_at", UTC, nullable=True),
        sa.CheckConstraint("status IN ('pending', 'sent', 'failed')",
                           name=op.f("ck_outbox_status")),
        sa.ForeignKeyConstraint(["answers_id"], ["messages.id"], ondelete="SET NULL",
                                name=op.f("fk_outbox_answers_id_messages")),
        sa.ForeignKeyConstraint(["participant_id"], ["participants.id"], ondelete="SET NULL",
                                name=op.f("fk_outbox_participant_id_participants")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
        sa.UniqueConstraint("message_id", name=op.f("uq_outbox_message_id")),
    )
    for column in ("answers_id", "participant_id", "status"):
        op.create_index(op.f(f"ix_outbox_{column}"), "outbox", [column])

    op.create_table(
        "digests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("outbox_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("kind IN ('daily', 'final')", name=op.f("ck_digests_kind")),
        sa.ForeignKeyConstraint(["outbox_id"], ["outbox.id"], ondelete="SET NULL",
                                name=op.f("fk_digests_outbox_id_outbox")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_digests")),
        sa.UniqueConstraint("day", "kind", name=op.f("uq_digests_day_kind")),
    )
    op.create_index(op.f("ix_digests_outbox_id"), "digests", ["outbox_id"])


def downgrade() -> None:
    for table in ("digests", "outbox", "history", "messages", "participants", "mailbox_cursor"):
        op.drop_table(table)  # drops the table's indexes with it
