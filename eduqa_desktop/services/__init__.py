"""Use cases: the only door the user interface and the command line use to the data."""
