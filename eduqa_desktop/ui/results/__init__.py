"""The Results tab: end-of-term marks and indicators."""
