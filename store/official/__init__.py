"""Official bilateral trade statistics beside the claims.

layouts.py (+ the .tsv tables here): which file layouts exist and how to tell them from a header;
reading.py: one file to figures in one shape; importing.py: figures into the store, idempotently,
with history; stored.py: figures back out; compare.py: claims beside the figures.
"""
