"""Reading one file into its documents."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from pydantic import ValidationError

from hattatsu.errors import InputError, NotAPlanError
from hattatsu.inputs import read_input
from hattatsu.model import Document, Evaluation, Source

from .documents import split_documents
from .evaluation import build_evaluation
from .form_table import unfold_form_tables
from .nlp import available as nlp_available
from .outline import forget_lines
from .plan import build_plan
from .readers import ReadOptions, read_blocks

DATA_SUFFIXES = {".json", ".yaml", ".yml"}  # extracted or drafted documents, read as data


def extract_file(path: str | Path, options: ReadOptions | None = None) -> list[Document]:
    """Every document in the file at path (a plan, an evaluation, or both)."""
    data = read_input(path)
    return extract_bytes(data, str(path), options)


def extract_bytes(data: bytes, path: str, options: ReadOptions | None = None) -> list[Document]:
    if not data:
        raise InputError(path, "空のファイルです")
    forget_lines()
    read = read_blocks(data, path, options)
    for warning in read.warnings:  # on stderr through logging's last resort unless the caller sets a handler
        logging.getLogger("hattatsu").warning("hattatsu: %s: 警告: %s", path, warning)
    docs = split_documents(unfold_form_tables(read.blocks))
    if not docs:
        raise NotAPlanError(path, "経営発達支援計画でも評価委員会報告でもありません（計画の見出しが見つかりません）")
    source = Source(path=path, format=read.format, sha256=hashlib.sha256(data).hexdigest(),
                    pages=read.pages, encoding=read.encoding, line_unit=read.line_unit)
    out: list[Document] = []
    use_nlp = (options is None or options.nlp) and nlp_available()
    entities = options is None or options.entities
    for kind, blocks in docs:
        try:
            if kind == "plan":
                out.append(build_plan(blocks, source, use_nlp, entities))
            else:
                evaluation = build_evaluation(blocks, source, use_nlp, entities)
                if has_evaluation_content(evaluation):
                    out.append(evaluation)
        except ValidationError as e:  # a value no plan holds (a 5,000-digit count) read from the text
            from hattatsu.serialize import problem_list

            raise InputError(path, "読み取った値が使えません: " + "; ".join(problem_list(e)[:3])) from None
    if not out:
        raise NotAPlanError(path, "経営発達支援計画でも評価委員会報告でもありません"
                                  "（評価の表・評価基準・委員のどれもありません）")
    return out


def read_documents(path: str | Path, options: ReadOptions | None = None) -> list[Document]:
    """The documents of a plan or report file, or of the JSON/YAML that ``extract`` or ``draft`` wrote."""
    p = Path(path)
    if p.suffix.lower() in DATA_SUFFIXES:
        from hattatsu.serialize import load_documents

        return load_documents(p)
    return extract_file(p, options)


def preload(options: ReadOptions | None = None) -> None:
    """Load the NLP model now when these options will use it (a parent process does this
    before forking, so that its workers share one copy)."""
    if (options is None or options.nlp) and nlp_available():
        from .nlp import load

        load()


def has_evaluation_content(evaluation: Evaluation) -> bool:
    """Whether what reads as an evaluation report holds one: every 評価委員会報告 has at least one
    of its three parts, the table of results (entries), the grading scale (A/B/C …) or the
    committee (members). Words alone (評価委員会, 実施状況 in a README or a cover letter) are not a report."""
    return bool(evaluation.entries or evaluation.grading or evaluation.members)
