"""Precision, recall and F1 of the rules and of the NLP path on the hand-annotated sets in
tests/nlp_gold/, side by side:

    python tests/nlp_eval.py

Indicators: a prediction is right when its name (white space aside), value and unit
equal a gold indicator of the same statement.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hattatsu.normalize import compact

GOLD = Path(__file__).parent / "nlp_gold"


def _key(name: str | None, value, unit) -> tuple:
    return (compact(name or ""), float(value) if value is not None else None, unit)


def prf(gold: list[set], predicted: list[set]) -> tuple[float, float, float]:
    tp = sum(len(g & p) for g, p in zip(gold, predicted, strict=True))
    n_pred = sum(len(p) for p in predicted)
    n_gold = sum(len(g) for g in gold)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def indicator_scores() -> dict[str, tuple[float, float, float]]:
    from extract.nlp.indicators import parse_statements
    from extract.sections.indicators import parse_statement

    items = yaml.safe_load((GOLD / "indicators.yaml").read_text(encoding="utf-8"))
    gold = [{_key(i["name"], i["value"], i.get("unit")) for i in it["indicators"]} for it in items]
    rules = [{_key(i.name, i.value, i.unit) for i in parse_statement(it["text"])} for it in items]
    nlp = [{_key(i.name, i.value, i.unit) for i in found} for found in parse_statements([it["text"] for it in items])]
    return {"rules": prf(gold, rules), "nlp": prf(gold, nlp)}


def main() -> None:
    print(f"{'set':<14} {'path':<6} {'P':>6} {'R':>6} {'F1':>6}")
    for name, scores in (("indicators", indicator_scores()),):
        for path, (p, r, f) in scores.items():
            print(f"{name:<14} {path:<6} {p:>6.3f} {r:>6.3f} {f:>6.3f}")


if __name__ == "__main__":
    main()
