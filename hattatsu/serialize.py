"""Documents to and from JSON and YAML: what extract writes is what generate reads."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import Field, TypeAdapter, ValidationError

from .errors import DataError, InputError
from .model import Document, Evaluation, Plan

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
        path = ""
        for p in loc:
            if isinstance(p, int):
                path += f"[{p}]"
            elif str(p).startswith(("function-", "union[", "int", "float")) or str(p) in ("constrained-int",):
                continue
            else:
                path += ("." if path else "") + str(p)
        out.append(f"{path or '(文書全体)'}: {_MESSAGES.get(e['type'], e['msg'])}")
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
    data = _load_data(path)
    return [parse_document(d, str(path)) for d in (data if isinstance(data, list) else [data])]


def _load_data(path: str | Path) -> Any:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(str(path), "ファイルが見つかりません") from None
    except UnicodeDecodeError:
        raise InputError(str(path), "UTF-8 のテキストではありません") from None
    except IsADirectoryError:
        raise InputError(str(path), "フォルダです（ファイルを指定してください）") from None
    except PermissionError:
        raise InputError(str(path), "読み込めません（読む権限がありません）") from None
    except OSError as e:
        raise InputError(str(path), f"読み込めません（{e.strerror}）") from None
    try:
        if text.lstrip().startswith(("{", "[")):
            return json.loads(text)
        docs = [d for d in yaml.safe_load_all(text) if d is not None]  # a report and a plan: a stream
        return docs[0] if len(docs) == 1 else docs
    except (json.JSONDecodeError, yaml.YAMLError) as e:
        raise InputError(str(path), f"JSON/YAML として読めません（{str(e).splitlines()[0]}）") from None


def schema(kind: str) -> dict[str, Any]:
    model = Plan if kind == "plan" else Evaluation
    return model.model_json_schema()
