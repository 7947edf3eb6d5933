"""Editing a document from a form: every field is named by its path as the validator reports it
(``items[3].targets[0].values.2027``), so a problem lands on the field it is about."""

from __future__ import annotations

import copy
import re
from typing import Any

from hattatsu.errors import DataError, InputError
from hattatsu.model import TOO_LARGE
from hattatsu.normalize import nfkc, to_number
from hattatsu.serialize import parse_document

_STEP = re.compile(r"\.?([^.\[\]]+)|\[(\d+)\]")
# Fields whose values are numbers (a year map of a target row or of 別表3, a count).
_NUMERIC = re.compile(r"(\.values\.\d{4}|\.amounts\.\d{4}|^funding\.total\.\d{4}|\.baseline|\.count)$")


def steps(path: str) -> list[str | int]:
    """``items[3].values.2027`` → ['items', 3, 'values', '2027']."""
    out: list[str | int] = []
    for name, index in _STEP.findall(path):
        out.append(int(index) if index else name)
    return out


def get(data: Any, path: str) -> Any:
    node = data
    for s in steps(path):
        node = node[s]
    return node


def _set(data: Any, path: str, value: Any) -> None:
    node = data
    parts = steps(path)
    for s in parts[:-1]:
        node = node[s]
    node[parts[-1]] = value


def apply(data: dict[str, Any], form: dict[str, str]) -> tuple[dict[str, Any], dict[str, str]]:
    """The document with the form's values put in, and the problems by field. A number the user
    changed drops the source's text for it (``raw``), so that what was edited is what is printed."""
    new = copy.deepcopy(data)
    problems: dict[str, str] = {}
    for path, text in form.items():
        if path.startswith("_"):
            continue
        try:
            old = get(new, path)
        except (KeyError, IndexError, TypeError):
            problems[path] = "この欄はこの文書にありません"
            continue
        if _NUMERIC.search(path):
            value: Any
            stripped = nfkc(text).strip().replace(",", "")
            if stripped in ("", "-", "—", "－"):
                value = None
            else:
                try:
                    value = to_number(stripped)
                except (ValueError, OverflowError):
                    problems[path] = "数値を入力してください（空欄は「なし」）"
                    continue
                if value is None:  # beyond what the model holds: its own message, not an emptied cell
                    problems[path] = TOO_LARGE
                    continue
            if value != old:
                _set(new, path, value)
                _drop_raw(new, path)
        else:
            value = text.replace("\r\n", "\n").strip()
            value = value if value or old is not None else old
            if (old or "") != value:
                _set(new, path, value or None)
    return new, problems


def _drop_raw(data: dict[str, Any], path: str) -> None:
    """values.2027 edited → raw.2027 dropped; baseline → baseline_raw; 別表3 total → total_raw."""
    parts = steps(path)
    parent = get(data, _join(parts[:-2])) if len(parts) >= 2 else None
    if parts[-2:-1] == ["values"] and isinstance(parent, dict) and isinstance(parent.get("raw"), dict):
        parent["raw"].pop(str(parts[-1]), None)
    if parts[-1] == "baseline":
        owner = get(data, _join(parts[:-1]))
        if isinstance(owner, dict):
            owner["baseline_raw"] = None


def _join(parts: list[str | int]) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else p)
    return out


def validate(data: dict[str, Any], name: str) -> dict[str, str]:
    """The validator's problems by field path (empty when the data follows the contract)."""
    try:
        parse_document(copy.deepcopy(data), name)
    except DataError as e:
        out: dict[str, str] = {}
        for problem in e.problems:
            path, _, message = problem.partition(": ")
            out.setdefault(path, message)
        return out
    except InputError as e:
        return {"(文書全体)": e.reason}
    return {}
