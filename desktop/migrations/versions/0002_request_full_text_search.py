"""Full-text search over request titles, texts and answers (FTS5, external content).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28

The index lives inside the encrypted database like every other table. Triggers keep it in step
with `request`; the rebuild fills it for case files made by the first version.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE request_fts USING fts5("
        "title, body, answer, reference UNINDEXED, content='request', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(
        "CREATE TRIGGER request_fts_insert AFTER INSERT ON request BEGIN "
        "INSERT INTO request_fts(rowid, title, body, answer, reference) "
        "VALUES (new.id, new.title, new.body, new.answer, new.reference); END"
    )
    op.execute(
        "CREATE TRIGGER request_fts_delete AFTER DELETE ON request BEGIN "
        "INSERT INTO request_fts(request_fts, rowid, title, body, answer, reference) "
        "VALUES ('delete', old.id, old.title, old.body, old.answer, old.reference); END"
    )
    op.execute(
        "CREATE TRIGGER request_fts_update AFTER UPDATE OF title, body, answer, reference ON request BEGIN "
        "INSERT INTO request_fts(request_fts, rowid, title, body, answer, reference) "
        "VALUES ('delete', old.id, old.title, old.body, old.answer, old.reference); "
        "INSERT INTO request_fts(rowid, title, body, answer, reference) "
        "VALUES (new.id, new.title, new.body, new.answer, new.reference); END"
    )
    op.execute("INSERT INTO request_fts(request_fts) VALUES ('rebuild')")


def downgrade() -> None:
    for trigger in ("request_fts_insert", "request_fts_delete", "request_fts_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS request_fts")
