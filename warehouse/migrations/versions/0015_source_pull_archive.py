"""source pull archive: which archive each pulled delivery was installed in

Rows pulled before this migration keep NULL (not recorded): the archive of a past pull
was whatever VKW_ARCHIVE_URL said in the pulling process, which the migration cannot know.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("source_pull") as batch:
        batch.add_column(sa.Column("archive_url", sa.String(length=300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("source_pull") as batch:
        batch.drop_column("archive_url")
