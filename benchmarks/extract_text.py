"""Seconds per file for text extraction, with the rules only and with NLP, in one run.

    python benchmarks/extract_text.py [CORPUS_DIR ...]

Prints, for each text file, the median of several runs of the whole extraction
(read, segment, parse) with NLP off (``--no-nlp``: the rules only) and with the
default options (NLP on, where the ``[nlp]`` extra is installed; the model's
one-time load is reported apart), and as a baseline the time to decode and
split the same file into lines.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from timing import median_time

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT.parent / "shared" / "corpus", ROOT / "corpus"]


def _nlp_available() -> bool:
    try:
        import ginza  # noqa: F401
        import spacy  # noqa: F401
    except ImportError:
        return False
    return True


def main(dirs: list[Path]) -> None:
    t0 = time.perf_counter()
    from hattatsu.extract import extract_bytes  # import cost reported apart
    from hattatsu.extract.readers import ReadOptions

    print(f"import hattatsu.extract: {time.perf_counter() - t0:.3f} s (no NLP model loaded)")
    files = [f for d in dirs if d.is_dir() for f in sorted(d.glob("*.txt"))]
    rules, nlp = ReadOptions(nlp=False), ReadOptions()
    with_nlp = _nlp_available()
    if with_nlp and files:
        t0 = time.perf_counter()
        extract_bytes(files[0].read_bytes(), str(files[0]), nlp)
        print(f"first extraction with NLP (loads the model): {time.perf_counter() - t0:.3f} s")
    else:
        print("NLP: the [nlp] extra is not installed; only the rules are timed")
    print(f"{'file':<48} {'kB':>6} {'rules s':>9} {'with NLP s':>11} {'baseline s':>11}")
    total_rules = total_nlp = 0.0
    for f in files:
        data = f.read_bytes()
        secs = median_time(lambda data=data, f=f: extract_bytes(data, str(f), rules))
        full = median_time(lambda data=data, f=f: extract_bytes(data, str(f), nlp), runs=3) if with_nlp else 0.0
        base = median_time(lambda data=data: data.decode("utf-8").splitlines())
        total_rules += secs
        total_nlp += full
        shown = f"{full:>11.4f}" if with_nlp else f"{'-':>11}"
        print(f"{f.name:<48} {len(data) / 1024:>6.0f} {secs:>9.4f} {shown} {base:>11.5f}")
    if files:
        print(f"mean seconds per file: rules only {total_rules / len(files):.4f}"
              + (f", with NLP {total_nlp / len(files):.4f}" if with_nlp else ""))


if __name__ == "__main__":
    main([Path(a) for a in sys.argv[1:]] or DEFAULT)
