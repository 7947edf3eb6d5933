"""Field-by-field difference of two extracted documents (contract JSON)."""

from __future__ import annotations

from functools import cache
from typing import Any

from pydantic import TypeAdapter

from hattatsu.narrative import Narrative, plain_text
from hattatsu.normalize import compact

# Where a value sits in its file, and the file itself, differ by format by design.
PROVENANCE = frozenset({"source", "location"})


@cache
def _narrative() -> TypeAdapter:
    return TypeAdapter(Narrative)


def _is_narrative(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(
        isinstance(v, dict) and v.get("type") in ("heading", "paragraph", "list", "table", "figure") for v in value)


def narrative_text(value: Any) -> Any:
    """A narrative field (blocks as dicts) as its text; anything else as it is."""
    return plain_text(_narrative().validate_python(value)) if _is_narrative(value) else value


def leaves(doc: Any, prefix: str = "") -> dict[str, Any]:
    """Every scalar of a JSON document by its path, provenance left out; a narrative field
    as its text (``plain_text``): its structure is compared on its own (test_narrative_*)."""
    out: dict[str, Any] = {}
    if _is_narrative(doc):
        out[prefix] = plain_text(_narrative().validate_python(doc))
    elif isinstance(doc, dict):
        for k, v in doc.items():
            if k not in PROVENANCE:
                out.update(leaves(v, f"{prefix}.{k}" if prefix else k))
    elif isinstance(doc, list):
        out[f"{prefix}.count"] = len(doc)
        for i, v in enumerate(doc):
            out.update(leaves(v, f"{prefix}[{i}]"))
    else:
        out[prefix] = doc
    return out


def diff(expected: Any, actual: Any, *, spacing: bool = True) -> list[str]:
    """'path: expected != actual' for every field that differs. With ``spacing=False``
    text is compared without its white space and line breaks (where a converter
    wrapped or spaced it)."""
    a, b = leaves(expected), leaves(actual)

    def norm(v: Any) -> Any:
        return v if spacing or not isinstance(v, str) else compact(v)

    return [f"{k}: {a.get(k)!r} != {b.get(k)!r}" for k in sorted(a.keys() | b.keys())
            if norm(a.get(k)) != norm(b.get(k))]
