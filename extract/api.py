"""Reading one file into its documents."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from pydantic import ValidationError

from hattatsu.errors import InputError, NotAPlanError
from hattatsu.model import Document, Source

from .documents import split_documents
from .evaluation import build_evaluation
from .nlp import available as nlp_available
from .plan import build_plan
from .readers import ReadOptions, read_blocks


def extract_file(path: str | Path, options: ReadOptions | None = None) -> list[Document]:
    """Every document in the file at path (a plan, an evaluation, or both)."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), "ファイルが見つかりません") from None
    except IsADirectoryError:
        raise InputError(str(path), "フォルダです（ファイルを指定してください）") from None
    except OSError as e:
        raise InputError(str(path), f"読み込めません（{e.strerror}）") from None
    return extract_bytes(data, str(path), options)


def extract_bytes(data: bytes, path: str, options: ReadOptions | None = None) -> list[Document]:
    if not data:
        raise InputError(path, "空のファイルです")
    read = read_blocks(data, path, options)
    for warning in read.warnings:  # on stderr through logging's last resort unless the caller sets a handler
        logging.getLogger("hattatsu").warning("hattatsu: %s: 警告: %s", path, warning)
    docs = split_documents(read.blocks)
    if not docs:
        raise NotAPlanError(path, "経営発達支援計画でも評価委員会報告でもありません（計画の見出しが見つかりません）")
    source = Source(path=path, format=read.format, sha256=hashlib.sha256(data).hexdigest(),
                    pages=read.pages, encoding=read.encoding)
    out: list[Document] = []
    use_nlp = (options is None or options.nlp) and nlp_available()
    entities = options is None or options.entities
    for kind, blocks in docs:
        try:
            if kind == "plan":
                out.append(build_plan(blocks, source, use_nlp, entities))
            else:
                out.append(build_evaluation(blocks, source, use_nlp, entities))
        except ValidationError as e:  # a value no plan holds (a 5,000-digit count) read from the text
            from hattatsu.serialize import problem_list

            raise InputError(path, "読み取った値が使えません: " + "; ".join(problem_list(e)[:3])) from None
    return out
