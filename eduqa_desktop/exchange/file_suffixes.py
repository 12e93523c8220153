"""The file names the exchange reads, by suffix: light to import (the window's drag-and-drop
checks a dragged file's name before any reader, and openpyxl, is loaded)."""

SPREADSHEET_SUFFIXES = (".xlsx", ".xls", ".ods")
