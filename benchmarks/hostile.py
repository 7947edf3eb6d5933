"""Peak memory and time of the command line on the bombs of issue 15 (the goal: < 500 MB, < 10 s).

    python benchmarks/hostile.py

Builds each hostile file in a temporary folder (tests/hostile.py), runs `hattatsu` on it in a
subprocess limited to 500 MB of address space, and prints exit status, peak RSS, seconds and
the first words of the message.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.hostile import (  # noqa: E402
    MEMORY_LIMIT,
    bomb_entry,
    cell,
    docx_bytes,
    docx_entries,
    flate_bomb,
    paragraph,
    pdf_bytes,
    raw_zip,
    table,
)

TEMPLATES = {
    "'a' * 2000000000": "{{ 'a' * 2000000000 }}",
    "[1] * 10**9": "{{ [1] * 10**9 }}",
    "range(10**9)": "{{ range(10**9)|list|length }}",
    "recursive macro": "{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}",
    "include /etc/passwd": "{% include '/etc/passwd' %}",
    "loop of 10**10": "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
}


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def measure(label: str, *args: str | Path) -> None:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "hattatsu.cli", *map(str, args)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, preexec_fn=_limit)
    err = proc.stderr.read().decode(errors="replace")
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    message = err.strip().splitlines()[0].split(": ", 2)[-1][:40] if err.strip() else ""
    print(f"{label:<28} exit {os.waitstatus_to_exitcode(status)}  peak {usage.ru_maxrss // 1024:4d} MB  "
          f"{seconds:5.1f} s  {message}", flush=True)


def _box_lines(d: Path) -> tuple[Path, Path]:
    """The synthetic plan with rules, rows of bars and rows of a million cells inside its 概要 and after
    別表4; and the same file with every box-drawing character made a plain 「ー」."""
    n = 3_000_000
    box = "\n".join(["┏" + "─" * n + "┓", "┃" + "│" * n + "┃", "┃" + "あ│" * (n // 3) + "┃",
                     "┃実施期間│" + "令和6年度│" * (n // 10) + "┃", "┃" + "x" * n, "┗" + "─┴" * (n // 2) + "┛"])
    head, rest = (ROOT / "corpus" / "midorigawa-society_plan_R9-R13.txt").read_text(encoding="utf-8").split("\n", 1)
    text = f"{head}\n{box}\n{rest}\n{box}\n"
    (d / "ruled.txt").write_text(text, encoding="utf-8")
    (d / "plain.txt").write_text(text.translate(str.maketrans(dict.fromkeys("┏┓┗┛─┴│┃", "ー"))), encoding="utf-8")
    return d / "ruled.txt", d / "plain.txt"


def main() -> None:
    import docx

    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        rows = ["<w:tr>" + cell("年度") + cell("R9") + "</w:tr>",
                '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="400000000"/></w:tcPr>' + paragraph("a") + "</w:tc></w:tr>",
                '<w:tr><w:trPr><w:gridBefore w:val="400000000"/></w:trPr>' + cell("a") + "</w:tr>"] * 1000
        (d / "spans.docx").write_bytes(docx_bytes(paragraph("経営発達支援事業の目標") + table(rows)))
        size = 1200 * 1024 * 1024
        entries = [e for e in docx_entries(paragraph("計画")) if e[0] != "word/document.xml"]
        (d / "bomb.docx").write_bytes(raw_zip([*entries, ("word/document.xml", bomb_entry(size), size, 0)]))
        (d / "liar.docx").write_bytes(raw_zip([*entries, ("word/document.xml", bomb_entry(size), 1000, 0)]))
        (d / "bomb.pdf").write_bytes(pdf_bytes(flate_bomb(1024 ** 3), filtered=True))
        measure("4. gridSpan/gridBefore 4e8", "extract", "--no-nlp", d / "spans.docx")
        measure("5. zip bomb (1.2 GB)", "extract", "--no-nlp", d / "bomb.docx")
        measure("5. zip bomb, header lies", "extract", "--no-nlp", d / "liar.docx")
        measure("6. PDF, 1 GB stream", "extract", "--no-nlp", d / "bomb.pdf")
        # docs15c: lines of box-drawing characters (text_ruled) in a plan, and the same lines as plain text
        # (the baseline: what lines that long cost anyway)
        ruled, plain = _box_lines(d)
        measure("   box lines, 3e6 chars", "extract", "--no-nlp", ruled, "-o", d / "ruled.json")
        measure("   (same, plain text)", "extract", "--no-nlp", plain, "-o", d / "plain.json")
        plan = d / "plan.json"
        measure("   (extract the plan)", "extract", "--no-nlp", ROOT / "corpus" / "midorigawa-society_plan_R9-R13.txt",
                "-o", plan)
        for n, (label, text) in enumerate(TEMPLATES.items()):
            folder = d / f"tpl{n}"
            folder.mkdir()
            doc = docx.Document()
            doc.add_paragraph(text)
            doc.save(folder / "beppyo1.docx")
            measure(f"7. {label}", "generate", plan, "-o", d / f"out{n}.docx", "--template", folder)


if __name__ == "__main__":
    main()
