"""Dialogs of the application shell (first start, settings, about)."""
