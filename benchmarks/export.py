"""Seconds and peak memory of `hattatsu export` for 1,000 plans, beside their extraction.

    python benchmarks/export.py [N]

Each plan of the corpus (the synthetic ones here and the real ones in ../shared/corpus) is
extracted once; N variants of them (other chamber names, target values, funding amounts and
content hashes, so that every one is a document of its own) are written as the JSON extract
writes, and exported from that JSON to SQLite and to Parquet, so that the export's cost is
measured alone. The same N plans as text files (copies) are extracted for the comparison.
Every phase runs in a fresh process, one core (-j 1), rules only (--no-nlp, the fastest
extraction and so the strictest comparison); its peak memory is that process's maximum
resident set. The goal: the export (building the tables and writing them) adds under 10 %
to the extraction time.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from timing import corpus_plans

HERE = Path(__file__).resolve()


def _options():
    from hattatsu.extract.readers import ReadOptions

    return ReadOptions(nlp=False, entities=False)  # what export reads with under --no-nlp


def variant(doc: dict, i: int) -> dict:
    """The i-th variant of a plan: another chamber, other numbers, its own content hash."""
    d = copy.deepcopy(doc)
    d["source"]["sha256"] = hashlib.sha256(f"{doc['source']['sha256']}-{i}".encode()).hexdigest()
    d["source"]["path"] = f"variant-{i:04d}.txt"
    for imp in (d.get("summary") or {}).get("implementers", []):
        imp["name"] = f"{imp['name']}{i:04d}"
    for item in d["items"]:
        for t in item["targets"]:
            t["values"] = {y: (v + i % 7 if isinstance(v, int | float) else v) for y, v in t["values"].items()}
    for line in (d.get("funding") or {}).get("lines", []):
        line["amounts"] = {y: (v * (10 + i % 3) // 10 if isinstance(v, int) else v) for y, v in line["amounts"].items()}
    return d


def prepare(root: Path, n: int) -> int:
    """root/text: N copies of the plan files; root/json: N plan variants as extract's JSON."""
    from hattatsu.extract import extract_file
    from hattatsu.serialize import to_data

    sources = corpus_plans()
    plans = [to_data(next(d for d in extract_file(f, _options()) if d.kind == "plan")) for f in sources]
    (root / "text").mkdir()
    (root / "json").mkdir()
    for i in range(n):
        src = sources[i % len(sources)]
        shutil.copy(src, root / "text" / f"{i:04d}-{src.name}")
        data = json.dumps(variant(plans[i % len(plans)], i), ensure_ascii=False)
        (root / "json" / f"{i:04d}-{src.stem}.json").write_text(data, encoding="utf-8")
    return len(sources)


def phase(name: str, root: Path) -> dict:
    """One measured phase, run in this (fresh) process; its timings as a dict."""
    from hattatsu.check.batch import read_documents
    from hattatsu.export import write_dataset
    from hattatsu.export.dataset import Dataset, FileResult
    from hattatsu.export.tables import rows_of

    if name == "extract":
        from hattatsu.extract import extract_file

        files = sorted((root / "text").iterdir())
        t0, c0 = time.perf_counter(), time.process_time()
        docs = sum(len(extract_file(f, _options())) for f in files)
        return {"extract": (time.perf_counter() - t0, time.process_time() - c0), "documents": docs}
    fmt = name.removeprefix("export-")
    files = sorted((root / "json").iterdir())
    dataset = Dataset()
    load = [0.0, 0.0]
    tables = [0.0, 0.0]
    for f in files:  # as export reads: one file at a time, only its rows kept
        t0, c0 = time.perf_counter(), time.process_time()
        docs = read_documents(f)
        t1, c1 = time.perf_counter(), time.process_time()
        rows = [rows_of(d, str(f), d.source.sha256) for d in docs]
        merged = {t: [r for part in rows for r in part[t]] for t in rows[0]}
        dataset.add(FileResult(str(f), rows=merged, sha256s=[d.source.sha256 for d in docs]))
        load[0] += t1 - t0
        load[1] += c1 - c0
        tables[0] += time.perf_counter() - t1
        tables[1] += time.process_time() - c1
    t0, c0 = time.perf_counter(), time.process_time()
    out = root / f"plans.{fmt}"
    write_dataset(dataset, out, fmt, force=True)
    write = (time.perf_counter() - t0, time.process_time() - c0)
    size = sum(p.stat().st_size for p in out.iterdir()) if out.is_dir() else out.stat().st_size
    return {"load": load, "tables": tables, "write": write, "documents": dataset.documents,
            "rows": sum(len(r) for r in dataset.rows.values()), "bytes": size}


def run_phase(name: str, root: Path) -> tuple[dict, float]:
    """The phase in a child process: its timings and its peak resident memory (MB)."""
    proc = subprocess.Popen([sys.executable, str(HERE), "--phase", name, str(root)], stdout=subprocess.PIPE,
                            cwd=HERE.parent)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"phase {name} failed ({proc.returncode})")
    return json.loads(out), usage.ru_maxrss / 1024  # Linux: kilobytes


def main(n: int) -> None:
    with tempfile.TemporaryDirectory(prefix="hattatsu-export-") as tmp:
        root = Path(tmp)
        kinds = prepare(root, n)
        print(f"{n} plans ({kinds} corpus plans, copies and variants); one process each phase, -j 1, --no-nlp")
        _, base_rss = run_phase("idle", root)
        print(f"{'python + hattatsu imported':<30} {'':>32}   peak {base_rss:5.0f} MB")
        ex, ex_rss = run_phase("extract", root)
        print(f"{'extract (text → model)':<30} {_secs(ex['extract'])}   peak {ex_rss:5.0f} MB")
        for fmt in ("sqlite", "parquet"):
            r, rss = run_phase(f"export-{fmt}", root)
            print(f"{'export from JSON → ' + fmt:<30} {_secs(_sum(r['load'], r['tables'], r['write']))}   "
                  f"peak {rss:5.0f} MB   ({r['documents']} documents, {r['rows']:,} rows, {r['bytes'] / 1e6:.1f} MB)")
            for part in ("load", "tables", "write"):
                label = {"load": "load JSON", "tables": "build tables", "write": f"write {fmt}"}[part]
                print(f"{'  ' + label:<30} {_secs(r[part])}")
            export = _sum(r["tables"], r["write"])
            with_load = _sum(export, r["load"])
            print(f"{'  share of extraction':<30} {_share(export, ex['extract'])}   (tables + write; "
                  f"with loading the JSON {_share(with_load, ex['extract'])})")


def _sum(*pairs) -> tuple[float, float]:
    return sum(p[0] for p in pairs), sum(p[1] for p in pairs)


def _secs(pair) -> str:
    """Wall-clock and CPU seconds (CPU is steadier on a shared machine)."""
    return f"{pair[0]:8.2f} s wall {pair[1]:8.2f} s CPU"


def _share(part, whole) -> str:
    return f"{100 * part[0] / whole[0]:5.1f} % wall {100 * part[1] / whole[1]:5.1f} % CPU"

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--phase":
        name, folder = sys.argv[2], Path(sys.argv[3])
        if name == "idle":
            import hattatsu.export
            import hattatsu.extract  # noqa: F401

            print(json.dumps({}))
        else:
            print(json.dumps(phase(name, folder)))
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
