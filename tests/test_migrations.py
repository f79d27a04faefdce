from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select

from amends.db import Database
from amends.models import AuditHead, Base


def test_migrations_from_empty_match_the_models(db: Database) -> None:
    # The `db` fixture ran every migration on an empty database.
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        tables = set(inspect(conn).get_table_names())
    assert diff == []
    assert set(Base.metadata.tables) <= tables
    with db.session() as s:
        head = s.scalars(select(AuditHead)).one()
        assert (head.last_event_id, head.last_hash) == (0, "0" * 64)
