"""The dashboard's non-page code: data access, the shared filter, figure builders and chart export.

Pages import from here and stay thin; nothing here parses article text itself.
"""
