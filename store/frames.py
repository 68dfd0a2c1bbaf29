"""Query results to typed DataFrames, fast and compact for millions of rows.

The rows go into Arrow columns of declared types without a pandas object column in between:
PostgreSQL streams them as CSV (COPY) into Arrow's CSV reader; other databases' DB-API rows become
Arrow columns chunk by chunk. (Arrow-native SQLite drivers such as connectorx or ADBC bundle their
own SQLite library; two SQLite libraries in one process break SQLite's file locking, which gave
stale reads and I/O errors when tried, so they are not used.)
"""
from __future__ import annotations

import pandas as pd
import pyarrow as pa
import sqlalchemy as sa
from pyarrow import csv as pa_csv

from store.database import READ


def read_frame(engine: sa.Engine, sql: str, arrow_types: dict[str, pa.DataType]) -> pd.DataFrame:
    """The result of a plain SELECT with one column per entry of `arrow_types`, in that order."""
    reader = _postgres_table if engine.url.get_backend_name() == "postgresql" else _dbapi_table
    mapper = {pa.string(): pd.StringDtype(), pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype()}
    return reader(engine, sql, arrow_types).to_pandas(types_mapper=mapper.get, date_as_object=False)


_CHUNK_ROWS = 100_000


def _dbapi_table(engine: sa.Engine, sql: str, arrow_types: dict[str, pa.DataType]) -> pa.Table:
    chunks = []
    with engine.connect().execution_options(**READ) as conn:
        cursor = conn.connection.dbapi_connection.cursor()
        cursor.execute(sql)
        while rows := cursor.fetchmany(_CHUNK_ROWS):
            columns = zip(*rows)
            chunks.append(pa.table({
                name: _arrow_column(values, kind) for (name, kind), values in zip(arrow_types.items(), columns)
            }))
        cursor.close()
    return pa.concat_tables(chunks) if chunks else pa.schema(arrow_types).empty_table()


def _arrow_column(values: tuple, kind: pa.DataType) -> pa.Array:
    """Values of the declared type are taken as they are (fast); others, such as SQLite's ISO date
    strings or 0/1 booleans, are converted."""
    try:
        return pa.array(values, type=kind)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return pa.array(values).cast(kind)


def _postgres_table(engine: sa.Engine, sql: str, arrow_types: dict[str, pa.DataType]) -> pa.Table:
    with engine.connect().execution_options(**READ) as conn:
        with conn.connection.dbapi_connection.cursor() as cursor:
            with cursor.copy(f"COPY ({sql}) TO STDOUT WITH (FORMAT csv)") as copy:
                data = b"".join(copy)  # one block per row
    if not data:
        return pa.schema(arrow_types).empty_table()
    return pa_csv.read_csv(
        pa.BufferReader(data),
        read_options=pa_csv.ReadOptions(column_names=list(arrow_types)),
        parse_options=pa_csv.ParseOptions(newlines_in_values=True),
        convert_options=pa_csv.ConvertOptions(
            column_types=arrow_types, strings_can_be_null=True, quoted_strings_can_be_null=False,
            true_values=["t"], false_values=["f"],
        ),
    )
