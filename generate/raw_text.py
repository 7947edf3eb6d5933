"""Cell texts kept beside numbers (``raw``, ``baseline_raw``, ``total_raw`` …) that no longer
say their number.

The forms print a cell as the source wrote it (「約300社」「-」). When a person edits the
number in the YAML that `extract` or `draft` wrote and leaves the text, the text is stale:
what the user edits is what is printed, so such a text is dropped (the form then prints the
number) with a warning naming its path. Any field named ``X_raw`` goes with ``X``; a ``raw``
year map goes with its sibling year map (``values`` of a target, ``amounts`` of a 別表3 line).
"""

from __future__ import annotations

from typing import Any

from hattatsu.model import Plan
from hattatsu.normalize import number_text, says_value

_RAW_MAP_PARTNERS = ("values", "amounts")


def drop_stale_raws(plan: Plan) -> tuple[Plan, list[str]]:
    """The plan without the raw texts that disagree with their numbers, and a warning for each."""
    data = plan.model_dump(mode="json")
    warnings: list[str] = []
    _walk(data, "", warnings)
    return (Plan.model_validate(data) if warnings else plan), warnings


def _walk(node: Any, path: str, warnings: list[str]) -> None:
    if isinstance(node, list):
        for i, child in enumerate(node):
            _walk(child, f"{path}[{i}]", warnings)
        return
    if not isinstance(node, dict):
        return
    for key in list(node):
        here = f"{path}.{key}" if path else key
        raw = node[key]
        if key == "raw" or key.endswith("_raw"):
            partner = (next((node[k] for k in _RAW_MAP_PARTNERS if isinstance(node.get(k), dict)), None)
                       if key == "raw" else node.get(key.removesuffix("_raw")))
            if isinstance(raw, dict):  # a year map of texts: a stale text leaves its year
                partner = partner if isinstance(partner, dict) else {}
                for year, text in list(raw.items()):
                    if _stale(text, partner.get(year), f"{here}.{year}", warnings):
                        del raw[year]
            elif isinstance(raw, str) and _stale(raw, partner, here, warnings):
                node[key] = None
        else:
            _walk(raw, here, warnings)


def _stale(raw: str | None, value: Any, path: str, warnings: list[str]) -> bool:
    """Whether raw no longer says value (a warning naming the path when so)."""
    if raw is None or not isinstance(value, int | float | None) or says_value(raw, value):
        return False
    if value is None:
        warnings.append(f"{path}: 「{raw}」は値が空（null）なので印字しません")
    else:
        warnings.append(f"{path}: 「{raw}」は値 {number_text(value)} と合わないため数値を印字します")
    return True
