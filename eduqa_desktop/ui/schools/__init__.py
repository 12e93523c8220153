"""The school as a whole: its profile."""
