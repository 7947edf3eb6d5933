"""Evaluation reports: every entry of both corpus reports against hand-checked golden files."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from hattatsu.extract import extract_file

GOLDEN = Path(__file__).parent / "golden"
REPORTS = {"kashiwa-cci_evaluation-R6.txt": "kashiwa-cci_evaluation-R6.yaml",
           "kawaguchi-cci_evaluation-R6_plan-R5-R7.txt": "kawaguchi-cci_evaluation-R6.evaluation.yaml"}
FIELDS = ("item_key", "target", "actual", "unit", "grade", "achievement")


def evaluation_fields(path: Path) -> dict:
    [e] = [d for d in extract_file(path) if d.kind == "evaluation"]
    return {"organization": e.organization, "fiscal_year": e.fiscal_year,
            "meeting_date": e.meeting.date.isoformat() if e.meeting and e.meeting.date else None,
            "grading": [f"{g.grade}: {g.text}" for g in e.grading],
            "entries": [{"activity": x.activity, **{f: getattr(x, f) for f in FIELDS}} for x in e.entries]}


def accuracy(got: dict, want: dict) -> tuple[int, int, list[str]]:
    """(right, total, wrong fields) over the golden file's fields."""
    right = total = 0
    wrong = []
    for key in ("organization", "fiscal_year", "meeting_date", "grading"):
        total += 1
        if got[key] == want[key]:
            right += 1
        else:
            wrong.append(f"{key}: {got[key]!r} != {want[key]!r}")
    for i, w in enumerate(want["entries"]):
        g = got["entries"][i] if i < len(got["entries"]) else {}
        total += 1 + len(FIELDS)
        if str(g.get("activity", "")).startswith(w["activity"]):
            right += 1
        else:
            wrong.append(f"entries[{i}].activity: {g.get('activity')!r}")
        for f in FIELDS:
            if g.get(f) == w[f]:
                right += 1
            else:
                wrong.append(f"entries[{i}].{f}: {g.get(f)!r} != {w[f]!r}")
    if len(got["entries"]) != len(want["entries"]):
        wrong.append(f"entries: {len(got['entries'])} != {len(want['entries'])}")
    return right, total, wrong


@pytest.mark.parametrize("name", REPORTS)
def test_every_entry_matches_the_golden_file(name, shared_corpus):
    want = yaml.safe_load((GOLDEN / REPORTS[name]).read_text(encoding="utf-8"))
    _, total, wrong = accuracy(evaluation_fields(shared_corpus / name), want)
    assert wrong == [] and total > 150, wrong


def test_kashiwa_head(shared_corpus):
    [e] = extract_file(shared_corpus / "kashiwa-cci_evaluation-R6.txt")
    assert e.meeting.place == "柏商工会議所3階302会議室"
    assert ("小杉 豊", "チーフインキュベーションマネージャー") in [(m.name, m.title) for m in e.members]
    assert len(e.recommendations) == 7 and e.recommendations[0].startswith("(1)補助金依存からの脱却")


def test_kawaguchi_grade_rule_and_parts(shared_corpus):
    e = extract_file(shared_corpus / "kawaguchi-cci_evaluation-R6_plan-R5-R7.txt")[0]
    assert [(g.grade, g.text) for g in e.grading] == [("A", "100%以上"), ("B", "80%以上"), ("C", "50%以上"),
                                                        ("D", "30%以上"), ("E", "未満")]
    parts = [x for x in e.entries if x.item_key == "new_demand"]
    assert [(x.actual, x.target, x.grade) for x in parts] == [(72, 140, "C"), (30, 17, "A"), (78, 9, "A"),
                                                                (180, 166, "B")]


if __name__ == "__main__":
    shared = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    total_right = total_all = 0
    for name, golden in REPORTS.items():
        r, t, _ = accuracy(evaluation_fields(shared / name), yaml.safe_load((GOLDEN / golden).read_text("utf-8")))
        total_right, total_all = total_right + r, total_all + t
        print(f"{name}: {r}/{t} fields ({r / t:.1%})")
    print(f"TOTAL: {total_right}/{total_all} fields ({total_right / total_all:.1%})")
