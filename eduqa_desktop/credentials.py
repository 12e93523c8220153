"""Passwords of database servers, kept only in the system's keyring (Windows Credential
Manager, the macOS Keychain, the Secret Service) and only when the user asks: never in the
preferences file, which anyone at the PC can read.

`keyring` is optional (`pip install eduqa-desktop[server]`); without it, or without a usable
keyring on the system, nothing is remembered and the password is asked each time.
"""

from __future__ import annotations

import contextlib
import logging
from types import ModuleType

from sqlalchemy.engine import URL, make_url

log = logging.getLogger(__name__)

SERVICE = "EduQA Desktop"


def _keyring() -> ModuleType | None:
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def account_key(url: str | URL) -> str:
    """The keyring's name for a login: user@host:port/database (no password, no driver)."""
    parsed = make_url(url) if isinstance(url, str) else url
    return f"{parsed.username or ''}@{parsed.host or ''}:{parsed.port or ''}/{parsed.database}"


def can_remember() -> bool:
    """True when a keyring is installed and the system offers a real one (keyring's stand-in
    for none has priority 0 or less)."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        return float(getattr(keyring.get_keyring(), "priority", 1)) > 0
    except Exception:  # a broken keyring set-up is the same as none
        return False


def remember_password(url: str | URL, password: str) -> bool:
    """Keep `password` for the login of `url`; False (and nothing kept) when it cannot be."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(SERVICE, account_key(url), password)
    except Exception as error:  # the keyring refused (locked, absent): say so, keep nothing
        log.warning("the password could not be kept in the keyring: %s", error)
        return False
    return True


def remembered_password(url: str | URL) -> str | None:
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(SERVICE, account_key(url))
    except Exception as error:
        log.warning("the keyring could not be read: %s", error)
        return None


def forget_password(url: str | URL) -> None:
    keyring = _keyring()
    if keyring is None:
        return
    with contextlib.suppress(Exception):  # nothing was kept, or the keyring is gone
        keyring.delete_password(SERVICE, account_key(url))


def without_password(url: str | URL) -> str:
    """The URL to show and to keep in the recent list."""
    parsed = make_url(url) if isinstance(url, str) else url
    return parsed._replace(password=None).render_as_string(hide_password=False)


def with_password(url: str | URL, password: str | None) -> str:
    parsed = make_url(url) if isinstance(url, str) else url
    return (
        parsed.set(password=password).render_as_string(hide_password=False)
        if password
        else (parsed.render_as_string(hide_password=False))
    )
