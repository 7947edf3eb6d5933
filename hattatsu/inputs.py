"""Reading an input file's bytes, with the reason in Japanese when it cannot be read."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import InputError


def read_input(path: str | Path) -> bytes:
    """The bytes of the file at path; InputError naming it when it is missing, a folder or unreadable."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), "ファイルが見つかりません") from None
    except IsADirectoryError:
        if not os.access(path, os.R_OK | os.X_OK):
            raise InputError(str(path), "フォルダを開けません（読む権限がありません）") from None
        raise InputError(str(path), "フォルダです（ファイルを指定してください）") from None
    except PermissionError:
        raise InputError(str(path), "読み込めません（読む権限がありません）") from None
    except OSError as e:
        raise InputError(str(path), f"読み込めません（{e.strerror}）") from None
