"""Multi-row writes straight to the driver's executemany.

SQLAlchemy's Core executemany builds and type-converts a parameter set per row through its generic
machinery, which is most of the cost of writing an ingest chunk. These helpers compile the statement
once and run each column's own bind processor in a tight loop, so values are converted exactly as
SQLAlchemy converts them (zone-aware times, JSON), without the per-row bookkeeping.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Column, Table, bindparam
from sqlalchemy.orm import DeclarativeBase, Session
from sqlalchemy.sql.dml import Insert, Update


def insert_rows(session: Session, model: type[DeclarativeBase], rows: Sequence[dict[str, Any]]) -> None:
    """INSERT every row (all with the same keys) in one executemany."""
    if not rows:
        return
    table = cast(Table, model.__table__)
    binds = [(f"p{i}", key, table.c[key]) for i, key in enumerate(rows[0])]
    statement = table.insert().values({key: bindparam(name) for name, key, _ in binds})
    _execute_many(session, statement, binds, rows)


def update_rows(session: Session, model: type[DeclarativeBase], rows: Sequence[dict[str, Any]]) -> None:
    """UPDATE rows by `id` (all with the same keys) in one executemany."""
    if not rows:
        return
    table = cast(Table, model.__table__)
    binds = [(f"p{i}", key, table.c[key]) for i, key in enumerate(rows[0]) if key != "id"]
    statement = (
        table.update().where(table.c.id == bindparam("pid")).values({key: bindparam(name) for name, key, _ in binds})
    )
    _execute_many(session, statement, [*binds, ("pid", "id", table.c.id)], rows)


def _execute_many(
    session: Session,
    statement: Insert | Update,
    binds: list[tuple[str, str, Column[Any]]],
    rows: Sequence[dict[str, Any]],
) -> None:
    connection = session.connection()
    dialect = connection.dialect
    compiled = statement.compile(dialect=dialect)
    converters = [(name, key, column.type.bind_processor(dialect)) for name, key, column in binds]
    converted = [
        {name: process(row[key]) if process is not None else row[key] for name, key, process in converters}
        for row in rows
    ]
    if compiled.positiontup is not None:  # qmark / numeric drivers (sqlite3) take tuples in order
        order = compiled.positiontup
        connection.exec_driver_sql(compiled.string, [tuple(row[name] for name in order) for row in converted])
    else:  # named drivers (psycopg) take the dicts
        connection.exec_driver_sql(compiled.string, converted)
