"""Reviews keep what they changed from: `previous` holds, for each field a correction sets, the value
the fact had just before (the article's value, or an earlier correction's). With `changes` (the
values after) and `reviewer`, every review reads as who / when / old / new / note, even after a
reparse has changed what the parser says.

Existing corrections are filled in from the stored fact and the corrections before them.

Revision ID: 0004
Revises: 0003
"""
import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _plain(value):
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def upgrade() -> None:
    op.add_column("reviews", sa.Column("previous", sa.JSON))
    conn = op.get_bind()
    reviews = sa.table("reviews", sa.column("id"), sa.column("fact_key"), sa.column("action"),
                       sa.column("changes", sa.JSON), sa.column("previous", sa.JSON))
    facts = sa.table("facts", *(sa.column(name) for name in (
        "id", "fact_key", "country_a", "country_b", "metric", "exporter", "value", "currency",
        "period_start", "period_end", "target_year")))
    rows = conn.execute(sa.select(reviews.c.id, reviews.c.fact_key, reviews.c.changes)
                        .where(reviews.c.action == "correct").order_by(reviews.c.id)).all()
    state: dict[str, dict] = {}
    for review_id, fact_key, changes in rows:
        if fact_key not in state:
            fact = conn.execute(sa.select(facts).where(facts.c.fact_key == fact_key).limit(1)).mappings().first()
            state[fact_key] = {k: _plain(v) for k, v in (fact or {}).items() if k not in ("id", "fact_key")}
        before = state[fact_key]
        previous = {name: before.get(name) for name, new in (changes or {}).items() if before.get(name) != new}
        before.update(changes or {})
        conn.execute(reviews.update().where(reviews.c.id == review_id).values(previous=previous))


def downgrade() -> None:
    with op.batch_alter_table("reviews") as batch:
        batch.drop_column("previous")
