"""Field-by-field difference of two extracted documents (contract JSON)."""

from __future__ import annotations

from typing import Any

from hattatsu.normalize import compact

# Where a value sits in its file, and the file itself, differ by format by design.
PROVENANCE = frozenset({"source", "location"})


def leaves(doc: Any, prefix: str = "") -> dict[str, Any]:
    """Every scalar of a JSON document by its path, provenance left out."""
    out: dict[str, Any] = {}
    if isinstance(doc, dict):
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
