"""The extractor and `check` on the blind plans of tests/blind/, field by field.

The blind plans are fictional but complete plans written (issue 14, session 7) by writers who
had not seen the extractor, its tests or the corpus, each in an author's habit and tool of its
own (text copied from a PDF viewer, Word's tab text, a converter's markdown or HTML tables, an
OCR'd scan, python-docx Word files). Each plan's answers are in NAME.yaml (the golden format of
tests/golden/ plus `form_version`, `objectives` and `check_errors`). tests/blind/SPLIT.yaml puts
each plan in the dev part (the extractor may be changed against it) or the test part (only
scored): the split was drawn at random and committed before any plan was scored.

    python tests/blind_compare.py               # fields right per plan, per part; false check errors
    python tests/blind_compare.py --diffs       # the dev part's differing fields (never the test part's)
    python tests/blind_compare.py --pdf         # Word plans also printed to PDF by LibreOffice and read

A Word plan is NAME.docx.py, a script that writes the .docx (`python NAME.docx.py OUT.docx`).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

BLIND = Path(__file__).parent / "blind"
SPLIT = BLIND / "SPLIT.yaml"


@dataclass
class Score:
    """One plan read from one format: fields right of fields checked, and what `check` said."""

    name: str
    part: str
    fmt: str
    ok: int = 0
    total: int = 0
    diffs: list[str] = field(default_factory=list)
    false_errors: list[str] = field(default_factory=list)  # error findings the plan does not have
    warnings: int = 0


def answers() -> list[tuple[str, dict[str, Any]]]:
    """(plan name, answers) of every blind plan, in name order."""
    return [(p.stem, yaml.safe_load(p.read_text(encoding="utf-8"))) for p in sorted(BLIND.glob("*.yaml"))
            if p != SPLIT]


def parts() -> dict[str, str]:
    return yaml.safe_load(SPLIT.read_text(encoding="utf-8"))


def build(name: str, golden: dict[str, Any], out: Path) -> Path:
    """The plan's file: its text as stored, or the Word file its script writes into ``out``."""
    source = golden["source"]
    if (BLIND / source).is_file():
        return BLIND / source
    script = BLIND / f"{source}.py"
    target = out / source
    subprocess.run([sys.executable, str(script), str(target)], check=True, cwd=out, capture_output=True)
    return target


def _fields(plan, golden: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(expected, actual) of the fields golden_compare does not cover."""
    want = {"form_version": golden.get("form_version")}
    got = {"form_version": plan.form_version}
    if "activities" in golden:  # the 概要's 事業内容 items (answers of a 概要-only plan)
        want["activities"] = [(a["number"], a["key"]) for a in golden["activities"]]
        got["activities"] = [(a.number, a.key) for a in plan.summary.activities] if plan.summary else []
    if "objectives" in golden:
        want["objectives"] = golden["objectives"]
        got["objectives"] = [o.title for o in plan.goals.objectives] if plan.goals else []
    return want, got


def score(name: str, part: str, golden: dict[str, Any], path: Path, fmt: str) -> Score:
    from hattatsu.check import Selection, check_document
    from hattatsu.errors import InputError
    from hattatsu.extract import extract_file
    from hattatsu.model import Plan
    from hattatsu.normalize import compact
    from tests.golden_compare import compare

    s = Score(name, part, fmt)
    try:
        plan = next(d for d in extract_file(path) if d.kind == "plan")
        unread = None
    except (InputError, StopIteration) as e:  # not read as a plan: every field is wrong
        plan, unread = Plan(), getattr(e, "reason", "no plan in the file")
    s.ok, s.total, s.diffs = compare(plan, golden)
    if unread:
        s.diffs.insert(0, f"not read as a plan: {unread}")
    want, got = _fields(plan, golden)
    for key, v in want.items():
        a = got[key]
        if isinstance(v, list) and v and isinstance(v[0], tuple):
            same = v == a
        else:
            same = [compact(x or "") for x in v] == [compact(x or "") for x in a] if isinstance(v, list) else v == a
        s.total += 1
        s.ok += same
        if not same:
            s.diffs.append(f"{key}: expected {v!r}, got {a!r}")
    if unread:
        s.false_errors = [f"unreadable: {unread}"]
        return s
    report = check_document(plan, Selection(), str(path))
    planted = golden.get("check_errors") or []
    s.false_errors = [f"{f.rule}: {f.message}" for f in report.findings if f.severity == "error"][len(planted):]
    s.warnings = sum(f.severity == "warning" for f in report.findings)
    return s


def run(pdf: bool = False) -> list[Score]:
    split = parts()
    scores = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        for name, golden in answers():
            path = build(name, golden, out)
            scores.append(score(name, split[name], golden, path, path.suffix[1:]))
            if pdf and path.suffix == ".docx" and (shutil.which("soffice") or shutil.which("libreoffice")):
                from tests.build_documents import docx_to_pdf

                scores.append(score(name, split[name], golden, docx_to_pdf(path, out), "pdf"))
    return scores


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--diffs", action="store_true", help="print the dev part's differing fields")
    ap.add_argument("--pdf", action="store_true", help="read Word plans as PDF too (LibreOffice)")
    args = ap.parse_args(argv)
    scores = run(args.pdf)
    for s in scores:
        print(f"{s.part:4}  {s.name:28} {s.fmt:4}  {s.ok:4}/{s.total:<4} fields ({s.ok / s.total:6.1%})"
              f"  false errors {len(s.false_errors)}  warnings {s.warnings}")
        if args.diffs and s.part == "dev":
            for d in s.diffs + s.false_errors:
                print(f"      {d}")
    for part in ("dev", "test"):
        mine = [s for s in scores if s.part == part]
        ok, total = sum(s.ok for s in mine), sum(s.total for s in mine)
        right = sum(s.ok == s.total for s in mine)
        print(f"{part}: {ok}/{total} fields ({ok / max(total, 1):.1%}), {right}/{len(mine)} plan reads all right, "
              f"false check errors {sum(len(s.false_errors) for s in mine)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(main())
