"""Documents to and from JSON and YAML: what extract writes is what generate reads."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import Field, TypeAdapter, ValidationError

from .errors import DataError, InputError
from .inputs import read_input
from .model import MAX_NUMBER, Document, Evaluation, Plan

# Discriminated by "kind": a broken plan is reported against the plan model only.
_DOCUMENT: TypeAdapter[Document] = TypeAdapter(Annotated[Document, Field(discriminator="kind")])

_MESSAGES = {
    "int_type": "整数ではありません",
    "float_type": "数値ではありません",
    "int_parsing": "整数ではありません",
    "float_parsing": "数値ではありません",
    "string_type": "文字列ではありません",
    "missing": "必須の項目がありません",
    "extra_forbidden": "不明な項目です",
    "literal_error": "使えない値です",
    "date_from_datetime_parsing": "日付ではありません（YYYY-MM-DD）",
    "date_parsing": "日付ではありません（YYYY-MM-DD）",
    "date_type": "日付ではありません（YYYY-MM-DD）",
    "list_type": "リストではありません",
    "dict_type": "対応表（キーと値）ではありません",
    "model_type": "対応表（キーと値）ではありません",
    "bool_type": "true / false ではありません",
    "string_pattern_mismatch": "書式が違います",
    "union_tag_invalid": "kind が plan でも evaluation でもありません",
}

# Loaded data is checked before validation: the model is at most a few levels deep, and even a
# large plan has a few thousand values. YAML aliases can make a small file stand for a huge
# structure (each reference counts in full), so the expanded size is measured on the composed
# nodes, before anything is constructed.
MAX_DEPTH = 64
MAX_NODES = 1_000_000
MAX_DIGITS = 20  # more digits than this is beyond MAX_NUMBER; parsed as infinity and refused with its path


def to_data(doc: Document) -> dict[str, Any]:
    return doc.model_dump(mode="json")


def dumps(docs: Document | list[Document], fmt: str) -> str:
    """JSON (one object, or an array when a file holds several) or YAML."""
    data: Any = [to_data(d) for d in docs] if isinstance(docs, list) else to_data(docs)
    if fmt == "yaml":
        if isinstance(data, list):
            return yaml.safe_dump_all(data, allow_unicode=True, sort_keys=False)
        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def problem_list(err: ValidationError) -> list[str]:
    """Validation errors as 'items[3].targets[0].values.2027: 数値ではありません'."""
    out = []
    for e in err.errors():
        loc = [p for p in e["loc"] if p not in ("plan", "evaluation")]
        key = bool(loc) and loc[-1] == "[key]"  # a key of a year map: "2026"
        loc = loc[:-1] if key else loc
        path = ""
        for p in loc:
            if isinstance(p, int):
                path += f"[{p}]"
            elif str(p).startswith(("function-", "union[", "int", "float")) or str(p) in ("constrained-int",):
                continue
            else:
                path += ("." if path else "") + str(p)
        message = '年度ではありません（キーは西暦4桁: "2026"）' if key else _MESSAGES.get(e["type"], e["msg"])
        out.append(f"{path or '(文書全体)'}: {message}")
    return list(dict.fromkeys(out))


def parse_document(data: Any, path: str, kind: str | None = None, single: bool = False,
                   skipped: list[str] | None = None) -> Document:
    """A validated document from loaded JSON/YAML (an array: the one of the wanted kind).
    With ``single``, several documents of the wanted kind are refused (which one was meant?)
    rather than all but the first dropped; ``skipped`` receives the kinds of those not returned."""
    if isinstance(data, list):
        wanted = [d for d in data if isinstance(d, dict) and (kind is None or d.get("kind") == kind)]
        if not wanted:
            raise InputError(path, f"{kind or '文書'} が含まれていません")
        if single and len(wanted) > 1:
            kinds = "、".join(str(d.get("kind", "plan")) if isinstance(d, dict) else "不明" for d in data)
            raise InputError(path, f"{len(data)} つの文書（{kinds}）が入っています。どれを使うか決められません。"
                                   f"{kind or ''}文書が 1 つだけのファイルを指定してください"
                                   "（extract -o フォルダ/ なら文書ごとのファイルに分けて書きます）")
        if skipped is not None:
            skipped.extend(str(d.get("kind", "plan")) if isinstance(d, dict) else "不明"
                           for d in data if d is not wanted[0])
        data = wanted[0]
    if not isinstance(data, dict):
        raise InputError(path, "文書ではありません（最上位が対応表ではありません）")
    data.setdefault("kind", kind or "plan")
    try:
        return _DOCUMENT.validate_python(data)
    except ValidationError as e:
        raise DataError(path, problem_list(e)) from None


def load_document(path: str | Path, kind: str | None = None, single: bool = False,
                  skipped: list[str] | None = None) -> Document:
    """Read JSON or YAML (decided by content) safely and validate it (``single``, ``skipped``:
    see parse_document)."""
    return parse_document(_load_data(path), str(path), kind, single, skipped)


def load_documents(path: str | Path) -> list[Document]:
    """Every document of a JSON/YAML file: a JSON array or a YAML stream holds a report and
    its plan when ``extract`` read them from one file."""
    return _documents(_load_data(path), str(path))


def documents_from_text(text: str, path: str) -> list[Document]:
    """Every document of JSON/YAML text (an upload), with the same limits as a file."""
    return _documents(_checked(loads(text, path), path), path)


def _documents(data: Any, path: str) -> list[Document]:
    return [parse_document(d, path) for d in (data if isinstance(data, list) else [data])]


def _load_data(path: str | Path) -> Any:
    try:
        text = read_input(path).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(str(path), "UTF-8 のテキストではありません") from None
    return _checked(loads(text, str(path)), str(path))


def _checked(data: Any, path: str) -> Any:
    """The loaded data, or DataError for numbers no plan holds and nesting too deep."""
    problems = data_problems(data)
    if problems:
        raise DataError(path, problems)
    return data


def loads(text: str, path: str) -> Any:
    """JSON or YAML text as data; InputError for what cannot be read or is nested too deep."""
    try:
        if text.lstrip().startswith(("{", "[")):
            return json.loads(text, parse_int=_int)
        # several documents (a report and a plan) come as a YAML stream
        docs = [d for d in _yaml_documents(text, path) if d is not None]
        return docs[0] if len(docs) == 1 else docs
    except (json.JSONDecodeError, yaml.YAMLError) as e:
        raise InputError(path, f"JSON/YAML として読めません（{str(e).splitlines()[0]}）") from None
    except RecursionError:
        raise InputError(path, f"入れ子が深すぎます（上限 {MAX_DEPTH} 段）") from None


def _int(text: str) -> int | float:
    """An integer literal; one longer than any sane number is infinity (refused later with its path)."""
    digits = text.lstrip("+-")
    if len(digits) > MAX_DIGITS:
        return float("-inf") if text.startswith("-") else float("inf")
    return int(text)


class _Loader(yaml.SafeLoader):
    """The safe loader, with integers of any length read without Python's 4,300-digit error."""

    def construct_yaml_int(self, node):
        value = self.construct_scalar(node)
        plain = str(value).replace("_", "")
        if len(plain.lstrip("+-")) > MAX_DIGITS and plain.lstrip("+-").isdigit():
            return _int(plain)
        return super().construct_yaml_int(node)


_Loader.add_constructor("tag:yaml.org,2002:int", _Loader.construct_yaml_int)


def _flow_depth(text: str) -> int:
    """The deepest nesting of YAML flow collections ([…], {…}), quoted scalars skipped. PyYAML's
    scanner is quadratic in this depth, so it is measured before parsing."""
    depth = deepest = 0
    for m in _FLOW_TOKEN.finditer(text):
        c = m.group(0)
        if c in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif c in "]}":
            depth = max(0, depth - 1)
    return deepest


_FLOW_TOKEN = re.compile(r"""'(?:[^']|'')*'|"(?:[^"\\]|\\.)*"|[\[\]{}]""")


def _yaml_documents(text: str, path: str):
    if _flow_depth(text) > MAX_DEPTH:
        raise RecursionError
    loader = _Loader(text)
    try:
        while loader.check_node():
            node = loader.get_node()
            if _expanded_size(node, {}) > MAX_NODES:
                raise InputError(path, f"YAML の別名（*参照）を展開すると {MAX_NODES:,} 要素を超えます")
            yield loader.construct_document(node)
    finally:
        loader.dispose()


def _expanded_size(node, memo: dict[int, int], depth: int = 0) -> int:
    """Nodes of a composed YAML document with every alias counted in full (linear time: memoised)."""
    if depth > MAX_DEPTH:
        raise RecursionError
    if id(node) in memo:
        return memo[id(node)]
    size = 1
    if isinstance(node, yaml.SequenceNode):
        size += sum(_expanded_size(n, memo, depth + 1) for n in node.value)
    elif isinstance(node, yaml.MappingNode):
        size += sum(_expanded_size(k, memo, depth + 1) + _expanded_size(v, memo, depth + 1) for k, v in node.value)
    memo[id(node)] = min(size, MAX_NODES + 1)
    return memo[id(node)]


def data_problems(data: Any) -> list[str]:
    """Numbers that are not finite or beyond ±MAX_NUMBER, and nesting deeper than MAX_DEPTH, by path."""
    problems: list[str] = []
    stack: list[tuple[Any, str, int]] = [(data, "", 0)]
    seen: set[int] = set()
    while stack and len(problems) < 20:
        value, where, depth = stack.pop()
        if isinstance(value, bool) or value is None or isinstance(value, str):
            continue
        if isinstance(value, (int, float)):
            if value != value:
                problems.append(f"{where or '(文書全体)'}: 有限の数値ではありません（NaN は使えません）")
            elif abs(value) > MAX_NUMBER:
                problems.append(f"{where or '(文書全体)'}: 数値が大きすぎるか無限大です（絶対値 10 の 15 乗まで）")
            continue
        if depth >= MAX_DEPTH:
            problems.append(f"{where or '(文書全体)'}: 入れ子が深すぎます（上限 {MAX_DEPTH} 段）")
            continue
        if id(value) in seen:  # a YAML alias: checked where it was first met
            continue
        seen.add(id(value))
        if isinstance(value, dict):
            for k, v in value.items():
                stack.append((v, f"{where}.{k}" if where else str(k), depth + 1))
        elif isinstance(value, list):
            for i, v in enumerate(value):
                stack.append((v, f"{where}[{i}]", depth + 1))
    return sorted(problems)


def schema(kind: str) -> dict[str, Any]:
    model = Plan if kind == "plan" else Evaluation
    return model.model_json_schema()
