"""The Dashboard tab: quality charts."""
