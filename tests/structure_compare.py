"""Share of narrative fields whose structure survives extract → generate → extract.

Run as a script over the corpus plans (Word, and PDF when LibreOffice is installed):
    python tests/structure_compare.py [docx] [pdf]
For each plan it prints how many narrative fields come back with the same block types in
the same order, the same list nesting and the same table cells (``hattatsu.narrative.shape``),
and the paths of those that do not.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from hattatsu.model import Plan
from hattatsu.narrative import narrative_fields, shape

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def differing(before: Plan, after: Plan) -> tuple[int, list[str]]:
    """(narrative fields of ``before``, paths whose structure ``after`` does not keep)."""
    want = dict(narrative_fields(before))
    got = dict(narrative_fields(after))
    return len(want), [p for p, blocks in want.items() if shape(blocks) != shape(got.get(p) or [])]


def main(formats: list[str]) -> int:
    from hattatsu.extract import extract_file
    from hattatsu.generate import render_plan
    from hattatsu.generate.libreoffice import to_pdf

    same = total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for source in sorted(SHARED.glob("*plan*.txt")):
            plan = next(d for d in extract_file(source) if d.kind == "plan")
            for fmt in formats:
                out = Path(tmp) / f"{source.stem}.docx"
                out.write_bytes(render_plan(plan)[0])
                if fmt == "pdf":
                    out = to_pdf(out, Path(tmp) / "pdf")
                back = next(d for d in extract_file(out) if d.kind == "plan")
                n, bad = differing(plan, back)
                same, total = same + n - len(bad), total + n
                print(f"{source.name} via {fmt}: {n - len(bad)}/{n} narrative fields keep their structure"
                      + (f"; differ: {', '.join(bad)}" if bad else ""))
    print(f"TOTAL: {same}/{total} ({same / total:.1%})" if total else "no plans")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["docx"]))
