"""Official statistics files into the store: each layout from a fixture in the column layout of the real
downloads, a file in no layout, re-imports that change nothing, and a newer vintage kept as history."""
from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from store import Store
from store.__main__ import main
from store.official.layouts import UnknownLayout, detect, layouts
from store.official.reading import SKIP

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "official"
KEY = ["reporter", "partner", "flow", "year", "month"]


def figures(store: Store) -> dict[tuple, tuple]:
    """(reporter, partner, flow, year, month or 0) -> (value_usd, source, valuation, estimate)."""
    frame = store.official()
    return {(r.reporter, r.partner, r.flow, r.year, 0 if pd.isna(r.month) else r.month):
            (r.value_usd, r.source, r.valuation, r.estimate) for r in frame.itertuples()}


@pytest.mark.parametrize("fixture, layout, expected, skipped", [
    ("tidy.csv", "tidy", {
        ("KAZ", "CHN", "exports", 2019, 0): (9e9, "IMF DOTS", "FOB", False),
        ("KAZ", "CHN", "imports", 2019, 0): (6e9, "IMF DOTS", "CIF", False),
        ("CHN", "KAZ", "exports", 2019, 0): (12e9, "IMF DOTS", "FOB", False),
        ("CHN", "KAZ", "imports", 2019, 0): (8e9, "IMF DOTS", "CIF", True),
        ("TKM", "TUR", "exports", 2019, 0): (1.5e9, "IMF DOTS", "FOB", True),
    }, {"self": 1, "empty": 1}),
    ("comtrade.csv", "comtrade", {
        ("KAZ", "TUR", "exports", 2020, 0): (1234567890.5, "UN Comtrade", "FOB", False),
        ("KAZ", "TUR", "imports", 2020, 0): (987654321.25, "UN Comtrade", "CIF", False),
        ("TUR", "KAZ", "imports", 2020, 3): (110e6, "UN Comtrade", "FOB", True),  # cifvalue empty: f.o.b.
    }, {"aggregate": 1, "flow": 1, "breakdown": 2}),
    ("imf_imts.csv", "imf", {
        ("UZB", "TJK", "exports", 2017, 0): (75347553.0, "IMF IMTS", "FOB", False),
        ("UZB", "TJK", "imports", 2017, 0): (49089530.0, "IMF IMTS", "CIF", False),
        ("TJK", "UZB", "exports", 2017, 0): (57080764.0, "IMF IMTS", "FOB", True),
        ("TJK", "UZB", "imports", 2017, 3): (6.5e6, "IMF IMTS", "CIF", False),
    }, {"quarter": 1, "aggregate": 1, "flow": 1, "empty": 1}),
    ("imf_labelled.csv", "imf", {
        ("KAZ", "CHN", "exports", 2021, 0): (10.3e6, "IMF IMTS", "FOB", False),
        ("KAZ", "CHN", "imports", 2021, 0): (8.5e6, "IMF IMTS", "CIF", False),
    }, {}),
    ("imf_dots_api.csv", "imf", {
        ("KAZ", "RUS", "exports", 2016, 0): (3.5e9, "IMF DOTS", "FOB", False),
        ("KAZ", "RUS", "imports", 2016, 0): (8.1e9, "IMF DOTS", "CIF", False),
    }, {"aggregate": 1}),
])
def test_each_layout_is_read_from_its_header(store_url, fixture, layout, expected, skipped):
    with Store(store_url) as store:
        result = store.import_official([FIXTURES / fixture]).results[0]
        assert (result.outcome, result.new, result.revised) == ("imported", len(expected), 0), result.lines()
        assert dict(result.skipped) == {SKIP[reason]: n for reason, n in skipped.items()}
        stored = figures(store)
        assert stored.keys() == expected.keys()
        for key, (value, *rest) in expected.items():
            assert math.isclose(stored[key][0], value, rel_tol=1e-9) and list(stored[key][1:]) == rest, key
        imports = store.official_imports()
    assert imports[["file", "layout"]].values.tolist() == [[fixture, layout]]
    assert imports["rows_new"].tolist() == [len(expected)]
    assert imports["rows_skipped"].tolist() == [sum(skipped.values())]


def test_the_attribution_comes_from_the_file_the_command_or_the_layout(tmp_path):
    url = f"sqlite:///{tmp_path / 'trade.db'}"
    with Store(url) as store:
        store.import_official([FIXTURES / "tidy.csv"])
        store.import_official([FIXTURES / "comtrade.csv"])
        store.import_official([FIXTURES / "imf_imts.csv"], attribution="Source: IMF, IMTS, downloaded 2025-05-01.")
        assert store.official_imports()["attribution"].tolist() == [
            "Test figures in the tidy layout, made up for the tests (not real statistics).",
            "Source: United Nations, UN Comtrade Database, comtradeplus.un.org.",
            "Source: IMF, IMTS, downloaded 2025-05-01.",
        ]


def test_a_file_in_no_layout_is_refused_naming_the_columns_each_layout_needs(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'trade.db'}"
    assert main(["official", str(FIXTURES / "no_layout.csv"), str(FIXTURES / "tidy.csv"), "--db", url]) == 0
    out = capsys.readouterr().out
    refused = next(line for line in out.splitlines() if line.startswith("failed: no_layout.csv"))
    assert "its columns: country, partner, year, trade" in refused
    for needed in ("reporter_iso3, partner_iso3, flow, year, value_usd, source, cif_fob",
                   "refYear or period, reporterISO, partnerISO, flowCode, cmdCode, primaryValue",
                   "COUNTRY or REF_AREA, COUNTERPART_COUNTRY or COUNTERPART_AREA, INDICATOR, TIME_PERIOD, OBS_VALUE"):
        assert needed in refused
    assert "imported: tidy.csv" in out  # the next file still went in
    assert out.splitlines()[-1] == "files: imported 1, unchanged 0, failed 1; figures new 5, revised 0"


@pytest.mark.parametrize("content, message", [
    (b"", "the file is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "a binary file, not CSV text"),
    ("reporter_iso3;partner_iso3\n".encode("utf-16"), "a binary file, not CSV text"),
    (b"reporter_iso3,partner_iso3,flow,year,month,value_usd,source,cif_fob\nKAZ,CHN,exports,2019,,5,IMF,FOB,x,y\n",
     "not a readable CSV file"),
    (b"# only a comment\n", "no header line"),
])
def test_bad_files_get_a_message_and_store_nothing(tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with Store(f"sqlite:///{tmp_path / 'trade.db'}") as store:
        result = store.import_official([path, tmp_path / "missing.csv"]).results
        assert [r.outcome for r in result] == ["failed", "failed"]
        assert message in result[0].message and "No such file" in result[1].message
        assert store.official().empty and store.official_imports().empty


def test_the_same_file_again_changes_nothing_and_an_equal_file_adds_no_row(store_url, tmp_path):
    copy = tmp_path / "same-figures-other-order.csv"
    lines = (FIXTURES / "tidy.csv").read_text().splitlines()
    copy.write_text("\n".join(lines[1:2] + lines[:0:-1][:-1]) + "\n")  # header first, rows reversed, no comment
    with Store(store_url) as store:
        store.import_official([FIXTURES / "tidy.csv"])
        before = store.official()
        again = store.import_official([FIXTURES / "tidy.csv"]).results[0]
        assert again.outcome == "unchanged" and "the same file was imported on" in again.message
        equal = store.import_official([copy]).results[0]
        assert (equal.outcome, equal.new, equal.revised, equal.unchanged) == ("imported", 0, 0, 5)
        pd.testing.assert_frame_equal(store.official(), before)
        assert store.official_history().empty


def test_a_newer_vintage_replaces_the_value_and_keeps_the_old_one(store_url, tmp_path):
    newer = tmp_path / "dots-2024.csv"
    newer.write_text(
        "reporter_iso3,partner_iso3,flow,year,month,value_usd,source,cif_fob\n"
        "KAZ,CHN,exports,2019,,9100000000,IMF DOTS,FOB\n"  # revised
        "KAZ,CHN,imports,2019,,6000000000,IMF DOTS,CIF\n"  # the same
        "CHN,KAZ,imports,2019,,8000000000,IMF DOTS,CIF\n"  # now reported, no longer an estimate
        "KAZ,CHN,exports,2020,,8000000000,IMF DOTS,FOB\n"  # a new year
    )
    with Store(store_url) as store:
        store.import_official([FIXTURES / "tidy.csv"])
        result = store.import_official([newer]).results[0]
        assert (result.new, result.revised, result.unchanged) == (1, 2, 1)
        stored = store.official().set_index(["reporter", "partner", "flow", "year"])
        assert stored.loc[("KAZ", "CHN", "exports", 2019), "value_usd"] == 9.1e9
        assert stored.loc[("KAZ", "CHN", "exports", 2019), "file"] == "dots-2024.csv"
        assert stored.loc[("KAZ", "CHN", "imports", 2019), "file"] == "tidy.csv"  # unchanged keeps its origin
        assert not stored.loc[("CHN", "KAZ", "imports", 2019), "estimate"]
        assert len(stored) == 6
        history = store.official_history().sort_values("value_usd")
        assert history[["reporter", "flow", "value_usd", "estimate", "file"]].values.tolist() == [
            ["CHN", "imports", 8e9, True, "tidy.csv"], ["KAZ", "exports", 9e9, False, "tidy.csv"]]
        assert (history["replaced_at"] > history["imported_at"]).all()


def test_the_command_reports_counts_with_a_progress_bar(tmp_path):
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'trade.db'}"
    run = subprocess.run([sys.executable, "-m", "store", "official", str(FIXTURES / "imf_imts.csv"), "--db", url],
                         cwd=Path(__file__).resolve().parents[1], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "imported: imf_imts.csv (IMF IMTS/DOTS CSV download (SDMX CSV)): 8 rows; figures new 4, revised 0, "
        "unchanged 0; skipped 4",
        f"  skipped 1: {SKIP['flow']}",
        f"  skipped 1: {SKIP['aggregate']}",
        "    G001 1",
        f"  skipped 1: {SKIP['quarter']}",
        f"  skipped 1: {SKIP['empty']}",
        "files: imported 1, unchanged 0, failed 0; figures new 4, revised 0",
    ]
    assert "reading imf_imts.csv" in run.stderr and "storing imf_imts.csv" in run.stderr


COLUMN_NAMES = st.sampled_from(sorted({name for layout in layouts() for names in layout.fields.values()
                                        for name in names} | {"Country", "value", "note", "reporterDesc"}))


@given(st.lists(COLUMN_NAMES | st.text(max_size=12), max_size=20))
def test_any_header_is_a_layout_with_all_it_needs_or_refused_naming_every_layout(header):
    try:
        layout, columns = detect(header)
    except UnknownLayout as exc:
        assert all(layout.needs() in str(exc) for layout in layouts())
    else:
        assert set(layout.required) <= set(columns) and set(columns.values()) <= set(header)
