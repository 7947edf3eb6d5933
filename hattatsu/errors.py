"""Errors that reach the user as one line and exit status 2."""

from __future__ import annotations


class InputError(Exception):
    """An input that cannot be used: the message names the file and what is wrong."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class NotAPlanError(InputError):
    """A readable file that holds neither a plan nor an evaluation report."""
