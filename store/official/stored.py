"""Reading official figures back from the store as typed frames."""
from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd
import pyarrow as pa
import sqlalchemy as sa

from store import database
from store.frames import read_frame

OFFICIAL_COLUMNS = ["source", "reporter", "partner", "flow", "year", "month", "value_usd", "valuation", "estimate",
                    "file", "imported_at", "import_id"]
_ARROW = {"source": pa.string(), "reporter": pa.string(), "partner": pa.string(), "flow": pa.string(),
          "year": pa.int64(), "month": pa.int64(), "value_usd": pa.float64(), "valuation": pa.string(),
          "estimate": pa.bool_(), "file": pa.string(), "imported_at": pa.string(), "import_id": pa.int64()}
_CATEGORIES = ["source", "reporter", "partner", "flow", "valuation", "file"]
_CODE = re.compile(r"^[A-Z]{3}$")
# What comparing a claim needs, and every field a review may correct (corrections are applied to these).
CLAIM_COLUMNS = ["country_a", "country_b", "metric", "exporter", "value", "currency", "value_usd",
                 "period_start", "period_end", "target_year"]


def official_figures_frame(engine: sa.Engine, countries: Iterable[str] | None = None) -> pd.DataFrame:
    """The current figures, all or those between two of `countries`, codes as categories."""
    sql = f"SELECT {', '.join(OFFICIAL_COLUMNS)} FROM official_figures"
    if countries is not None:
        codes = sorted({str(c) for c in countries if _CODE.match(str(c))})  # only codes go into the SQL text
        listed = ", ".join(f"'{code}'" for code in codes) or "NULL"
        sql += f" WHERE reporter IN ({listed}) AND partner IN ({listed})"
    raw = read_frame(engine, sql + " ORDER BY id", _ARROW)
    frame = raw.astype({name: "category" for name in _CATEGORIES})
    frame["year"] = raw["year"].astype("int64")
    frame["estimate"] = raw["estimate"].astype(bool)
    frame["import_id"] = raw["import_id"].astype("int64")
    frame["imported_at"] = pd.to_datetime(raw["imported_at"], utc=True, format="ISO8601")
    return frame


def read_table(engine: sa.Engine, table: sa.Table) -> pd.DataFrame:
    """A small table as it is, in id order (plain tuples: pandas is slow on SQLAlchemy's rows)."""
    with engine.connect().execution_options(**database.READ) as conn:
        rows = [tuple(row) for row in conn.execute(sa.select(table).order_by(table.c.id))]
    frame = pd.DataFrame(rows, columns=[column.name for column in table.columns])
    for column in table.columns:
        if isinstance(column.type, sa.DateTime):
            frame[column.name] = pd.to_datetime(frame[column.name], utc=True)
    return frame
