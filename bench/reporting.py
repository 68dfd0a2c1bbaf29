"""What every benchmark records beside its figures, and where it writes them: one JSON file per run in
bench/results/, named by the benchmark and the time, so runs on a loaded machine can be told apart later."""
from __future__ import annotations

import datetime as dt
import json
import os
import platform
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def machine(**extra: object) -> dict:
    """The interpreter, cores and platform the figures were measured on (and any reading the caller adds)."""
    return {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform(), **extra}


def write_result(name: str, report: dict) -> Path:
    """Write the report to bench/results/NAME-<UTC timestamp>.json, print where, and return the path."""
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{name}-{dt.datetime.now(dt.timezone.utc):%Y%m%dT%H%M%S}.json"
    path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {path}")
    return path
