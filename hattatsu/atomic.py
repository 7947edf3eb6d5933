"""Writes that never leave a half-written or clobbered file behind, and never touch an input.

Every command writes its outputs through ``write_atomic``: the data goes to a temporary
file beside the target, and only a complete file takes the target's name. Without
``overwrite`` the name is claimed with a hard link, which fails when the name exists:
checking and renaming are one step, so two runs at once cannot both write.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .errors import InputError

EXISTS = "すでにあります（上書きするには --force）"
IS_INPUT = "入力ファイルと同じです（入力は上書きしません。別の出力先を指定してください）"
NO_FOLDER = "書き込めません（出力先のフォルダを作れません。途中に同じ名前のファイルがあります）"
# link() refused by the file system (FAT, some network shares) rather than by the name
_NO_HARD_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK, errno.ENOSYS}


class OutputError(InputError):
    """An output that cannot or must not be written: the message names it and why."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def same_file(a: str | Path, b: str | Path) -> bool:
    """True when a and b name one file (through links and relative paths too)."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet): compare where they would be
        return Path(a).resolve() == Path(b).resolve()


def refuse_outputs(outputs: Iterable[str | Path], inputs: Iterable[str | Path], force: bool) -> None:
    """Raise OutputError for an output that is one of the inputs (always) or that exists (unless force)."""
    inputs = list(inputs)
    for out in outputs:
        if any(same_file(out, i) for i in inputs):
            raise OutputError(str(out), IS_INPUT)
        if os.path.isdir(out):
            raise OutputError(str(out), "フォルダです（書き込むファイルの名前を指定してください）")
        if not force and os.path.lexists(out):
            raise OutputError(str(out), EXISTS)


def os_reason(e: OSError) -> str:
    """A Japanese reason for a failed write."""
    if isinstance(e, PermissionError):
        return "書き込めません（書き込む権限がありません。フォルダが読み取り専用でないか確かめてください）"
    if isinstance(e, FileExistsError):
        return EXISTS
    if isinstance(e, (NotADirectoryError, FileNotFoundError)):
        return NO_FOLDER
    if isinstance(e, IsADirectoryError):
        return "フォルダです（書き込むファイルの名前を指定してください）"
    if e.errno == errno.ENOSPC:
        return "書き込めません（ディスクがいっぱいです）"
    if e.errno == errno.EROFS:
        return "書き込めません（読み取り専用のファイルシステムです）"
    return f"書き込めません（{e.strerror or type(e).__name__}）"


def write_atomic(path: str | Path, data: bytes | str, *, overwrite: bool = True) -> None:
    """Write a complete file at path, or nothing; OutputError (naming path) when it cannot be written.

    With ``overwrite=False`` (what the commands pass without --force) an existing file is
    refused at the moment the name is taken."""
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if not overwrite and os.path.lexists(target):
        raise OutputError(str(target), EXISTS)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:  # a file where a folder of the path should be
        raise OutputError(str(target), NO_FOLDER) from None
    except OSError as e:
        raise OutputError(str(target), os_reason(e)) from None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as e:
        raise OutputError(str(target), os_reason(e)) from None
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes it private; the output is an ordinary file
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
            f.flush()
            os.fsync(f.fileno())
        if overwrite:
            os.replace(tmp, target)
        else:
            _publish_new(tmp, target)
    except OSError as e:
        raise OutputError(str(target), os_reason(e)) from None
    finally:
        Path(tmp).unlink(missing_ok=True)


def _publish_new(tmp: str, target: Path) -> None:
    """Give the complete temporary file the target's name; FileExistsError if the name is taken."""
    try:
        os.link(tmp, target)  # atomic: fails when target exists
        return
    except FileExistsError:
        raise
    except OSError as e:
        if e.errno not in _NO_HARD_LINKS:
            raise
    # No hard links here: claim the name with O_EXCL (also atomic), then put the data in its place.
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    os.close(fd)
    try:
        os.replace(tmp, target)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
