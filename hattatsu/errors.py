"""Every error hattatsu reports to a person: one root, one line each, exit status 2.

``HattatsuError`` is the root the command line catches; everything under it carries a
Japanese message. ``InputError`` names the file it is about.
"""

from __future__ import annotations


class HattatsuError(Exception):
    """An error meant for the user: the message says what is wrong, in Japanese."""


class InputError(HattatsuError):
    """An input that cannot be used: the message names the file and what is wrong."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class NotAPlanError(InputError):
    """A readable file that holds neither a plan nor an evaluation report."""


class DataError(InputError):
    """A data file (JSON/YAML) that does not follow the contract; ``problems`` lists why."""

    def __init__(self, path: str, problems: list[str]) -> None:
        super().__init__(path, "データが契約に合いません:\n  " + "\n  ".join(problems))
        self.problems = problems


class NlpUnavailable(HattatsuError):
    """spaCy/GiNZA or the ja_ginza model is not installed."""


def internal_error(e: BaseException) -> str:
    """The one-line report of an exception nobody expected (a bug): its type, and what to do."""
    detail = str(e).splitlines()[0][:200] if str(e) else ""
    return (f"内部エラー（{type(e).__name__}{': ' + detail if detail else ''}）。hattatsu の不具合です。"
            "環境変数 HATTATSU_DEBUG=1 を付けて実行した出力を添えて報告してください")
