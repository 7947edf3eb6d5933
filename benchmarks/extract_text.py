"""Seconds per plan for text extraction (rules only; no model is loaded on this path).

    python benchmarks/extract_text.py [CORPUS_DIR ...]

Prints, for each plan, the median of several runs of the whole extraction
(read, segment, parse) and, as a baseline in the same run, the time to decode
and split the same file into lines.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from timing import median_time

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT.parent / "shared" / "corpus", ROOT / "corpus"]



def main(dirs: list[Path]) -> None:
    t0 = time.perf_counter()
    from hattatsu.extract import extract_bytes  # import cost reported apart

    print(f"import hattatsu.extract: {time.perf_counter() - t0:.3f} s (no NLP model loaded)")
    files = [f for d in dirs if d.is_dir() for f in sorted(d.glob("*.txt"))]
    print(f"{'file':<48} {'kB':>6} {'extract s':>10} {'baseline s':>11} {'ratio':>7}")
    total = 0.0
    for f in files:
        data = f.read_bytes()
        secs = median_time(lambda data=data, f=f: extract_bytes(data, str(f)))
        base = median_time(lambda data=data: data.decode("utf-8").splitlines())
        total += secs
        print(f"{f.name:<48} {len(data) / 1024:>6.0f} {secs:>10.4f} {base:>11.5f} {secs / base:>7.0f}x")
    if files:
        print(f"mean seconds per file: {total / len(files):.4f}")


if __name__ == "__main__":
    main([Path(a) for a in sys.argv[1:]] or DEFAULT)
