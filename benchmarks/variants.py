"""Extraction accuracy per layout convention, on the plans rewritten in every convention.

    python benchmarks/variants.py [--combinations N] [--mixes N] [--docx N] [--pdf N] [--word N] [--word-pdf N]
                                  [-j JOBS] [--check] [-v] [--only NAME,NAME] [--plans N] [--seed N]

Each source plan (the synthetic one, and the real ones in ../shared/corpus) is
written back from its data (tests/variants/render.py) in each convention alone,
then in N random combinations taking one convention of every group, as text;
a sample of them also as Word files and as PDFs printed by LibreOffice. Every
variant is extracted and compared field by field with the data it was written
from. Prints, per convention, the share of variants whose fields all equal and
the share of fields equal — alone and in combination. ``--check`` also compares
the findings of ``hattatsu check`` on every variant (alone and combined; not
those leaving a heading out, a defect check rightly reports) with those on the
original document, per convention. The Word-native conventions (Word's
tables, numbering, revisions, fields, text boxes) are drawn only in Word files:
each alone on every plan, as Word and printed to PDF, then ``--word`` mixes of
them as Word; their rows show Word and PDF apart. ``--mixes`` N (docs19): each convention drawn
alone above (a group of its own) mixed N times with one compatible convention of every common group, on
every plan, a set of its own printed after the rest (its figures do not enter theirs). ``--only`` keeps
the variants holding all the conventions named, ``--plans`` the first N source plans (while iterating).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.variants.bed import Result, applies, run_variant, source_files  # noqa: E402
from tests.variants.conventions import (  # noqa: E402
    BY_NAME,
    CONVENTIONS,
    MIXED_ALONE,
    NOT_PRINTABLE,
    alone_mixes,
    combinations,
    singles,
    word_variants,
)


def _run(job: tuple[Path, list[str], bool]) -> Result:
    source, names, check = job
    return run_variant(source, [BY_NAME[n] for n in names], check)


def jobs_of(args: argparse.Namespace) -> tuple[list, list, list]:
    sources = source_files()[:args.plans] if args.plans else source_files()
    text = [(s, [c.name for c in combo]) for combo in singles(formats=False) for s in sources]
    text += [(s, [c.name for c in combo]) for combo in combinations(args.combinations, args.seed) for s in sources]
    rng = random.Random(18)
    office = []
    if shutil.which("soffice") or shutil.which("libreoffice"):
        plain = [c.name for c in CONVENTIONS if c.group not in ("format", "tables", "word")]
        for fmt, n in (("format-docx", args.docx), ("format-pdf", args.pdf)):
            for i in range(n):
                extra = [] if i < len(sources) else [rng.choice(plain)]
                office.append((sources[i % len(sources)], [*extra, fmt]))
        office += word_jobs(sources, args)
    else:
        print("LibreOffice がないため Word/PDF の変種は作りません", file=sys.stderr)
    only = set(args.only.split(",")) if args.only else set()
    unknown = only - set(BY_NAME)
    if unknown:
        sys.exit(f"--only: 知らない規約名です: {', '.join(sorted(unknown))}")
    mixes = [(s, [c.name for c in combo]) for combo in alone_mixes(args.mixes, args.seed + 5) for s in sources]
    text, office, mixes = ([(s, names, args.check) for s, names in jobs
                            if only <= set(names) and applies(s, [BY_NAME[n] for n in names])]
                           for jobs in (text, office, mixes))
    return text, office, mixes


def word_jobs(sources: list[Path], args: argparse.Namespace) -> list[tuple[Path, list[str]]]:
    """Word-native conventions (word14): each alone on every plan as Word and as PDF (``--word-pdf``
    plans; not those LibreOffice prints otherwise than Word), then ``--word`` mixes on the plans in
    turn, as Word."""
    jobs = []
    combos = word_variants(args.word, args.seed)
    n_alone = len(combos) - args.word
    for k, combo in enumerate(combos):
        names = [c.name for c in combo]
        if k < n_alone:
            jobs += [(s, [*names, "format-docx"]) for s in sources]
            if not NOT_PRINTABLE & set(names):
                jobs += [(s, [*names, "format-pdf"]) for s in sources[:args.word_pdf]]
        else:
            jobs.append((sources[k % len(sources)], [*names, "format-docx"]))
    return jobs


def _figures(rs: list[Result]) -> str:
    if not rs:
        return f"{'':>6} {'':>8} {'':>8}"
    ok = sum(r.ok for r in rs) / len(rs)
    fields = sum(r.equal for r in rs) / max(1, sum(r.fields for r in rs))
    return f"{len(rs):>6} {ok:>8.1%} {fields:>8.1%}"


def _check_figures(rs: list[Result]) -> str:
    rs = [r for r in rs if r.checked]
    if not rs:
        return f"{'':>6} {'':>8}"
    return f"{len(rs):>6} {sum(r.same_findings for r in rs) / len(rs):>8.1%}"


def report(results: list[Result], check: bool = False) -> None:
    alone: dict[str, list[Result]] = defaultdict(list)
    mixed: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        fmt_only = [n for n in r.conventions if not n.startswith("format-")]
        for n in r.conventions:
            single = len(r.conventions) == 1 or (n.startswith("format-") and not fmt_only)
            if n.startswith("word-"):  # a Word convention alone is one in a .docx or its PDF (word14)
                single = fmt_only == [n]
                fmt = next((f for f in r.conventions if f.startswith("format-")), "")
                (alone if single else mixed)[f"{n} ({fmt.removeprefix('format-')})"].append(r)
            (alone if single else mixed)[n].append(r)

    head = f"{'convention':<28} {'alone:n':>6} {'plans':>8} {'fields':>8}   {'mixed:n':>6} {'plans':>8} {'fields':>8}"
    if check:
        head += f"   {'check alone':>15}   {'check mixed':>15}"
    print(head)
    group = None
    for c in CONVENTIONS:
        if c.group != group:
            group = c.group
            print(f"[{group}]")
        line = f"  {c.name:<26} {_figures(alone[c.name])}   {_figures(mixed[c.name])}"
        if check:
            line += f"   {_check_figures(alone[c.name])}   {_check_figures(mixed[c.name])}"
        print(line)
        for fmt in ("docx", "pdf") if c.group == "word" else ():
            key = f"{c.name} ({fmt})"
            line = f"    {fmt:<24} {_figures(alone[key])}   {_figures(mixed[key])}"
            if check:
                line += f"   {_check_figures(alone[key])}   {_check_figures(mixed[key])}"
            print(line)
    if not results:
        print("variants: 0")
        return
    ok = sum(r.ok for r in results)
    print(f"variants: {len(results)}, all fields equal: {ok} ({ok / len(results):.1%}), "
          f"fields equal: {sum(r.equal for r in results) / sum(r.fields for r in results):.2%}")
    if check:
        checked = [r for r in results if r.checked]
        same = sum(r.same_findings for r in checked)
        print(f"check: {same}/{len(checked)} variants give the original's findings "
              f"(single conventions: {sum(r.same_findings for r in checked if len(r.conventions) == 1)}/"
              f"{sum(len(r.conventions) == 1 for r in checked)})")


def report_mixes(results: list[Result], check: bool = False) -> None:
    """The mix set (docs19): per convention drawn alone, its variants mixed with the common habits."""
    by: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        by[r.conventions[-1]].append(r)
    head = f"{'drawn alone, mixed':<40} {'n':>6} {'plans':>8} {'fields':>8}"
    print(head + (f"   {'check':>15}" if check else ""))
    for c in MIXED_ALONE:
        line = f"  {c.name:<38} {_figures(by[c.name])}"
        print(line + (f"   {_check_figures(by[c.name])}" if check else ""))
    ok = sum(r.ok for r in results)
    print(f"mixes: {len(results)}, all fields equal: {ok}" + (f" ({ok / len(results):.1%})" if results else ""))
    if check:
        checked = [r for r in results if r.checked]
        print(f"mixes check: {sum(r.same_findings for r in checked)}/{len(checked)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--combinations", type=int, default=480, help="random combinations per plan (text)")
    ap.add_argument("--mixes", type=int, default=3,
                    help="mixes per convention drawn alone, per plan (docs19; 0: none)")
    ap.add_argument("--docx", type=int, default=12, help="Word variants")
    ap.add_argument("--pdf", type=int, default=4, help="PDF variants (LibreOffice)")
    ap.add_argument("--word", type=int, default=16, help="mixes of Word-native conventions (Word files)")
    ap.add_argument("--word-pdf", type=int, default=4, help="plans each Word-native convention is printed from")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--check", action="store_true", help="compare check findings with the original's")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the fields that differ")
    ap.add_argument("--only", default="", help="only variants holding all these conventions (comma-separated)")
    ap.add_argument("--seed", type=int, default=14, help="seed of the random combinations")
    ap.add_argument("--plans", type=int, default=0, help="only the first N source plans")
    args = ap.parse_args(argv)
    text, office, mixes = jobs_of(args)
    t0 = time.perf_counter()
    with ProcessPoolExecutor(args.jobs) as pool:
        everything = list(pool.map(_run, text + office + mixes, chunksize=8))
    results, mixed_alone = everything[:len(text) + len(office)], everything[len(text) + len(office):]
    seconds = time.perf_counter() - t0
    plans = len({s for s, _, _ in text + office})
    print(f"plans: {plans}; text variants: {len(text)}, Word: {args.docx}, PDF: {args.pdf} "
          f"({len(office)} office variants; {seconds:.0f} s with -j {args.jobs})")
    report(results, args.check)
    if mixes:
        print(f"mix set: {len(mixes)} variants")
        report_mixes(mixed_alone, args.check)
    if args.verbose:
        for r in everything:
            if not r.ok:
                print(f"- {r.source} {'+'.join(r.conventions)}: {r.equal}/{r.fields}")
                for d in r.differences[:8]:
                    print(f"    {d[:240]}")
    if args.check:
        for r in everything:
            if not r.same_findings:
                print(f"  check {r.source} {'+'.join(r.conventions)}: missing {sorted(r.lost)} new {sorted(r.new)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
