"""Accounts in the window: logging in, who may do what, the administrator's list."""
