"""Load on `hattatsu serve` over 127.0.0.1: N browsers (own workspaces) upload a plan at the same
time and wait until it is read; prints requests per second over the whole run and the slowest
upload (from sending the file to its data being ready), and checks every result.

    python benchmarks/serve_load.py [--clients 20] [--file corpus/midorigawa-society_plan_R9-R13.txt] [--nlp]

What is measured: wall-clock seconds of real HTTP requests (httpx2) against uvicorn in this
process's thread, reading with the rules only unless --nlp. Traffic stays on the loopback.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--file", type=Path, default=ROOT / "corpus" / "midorigawa-society_plan_R9-R13.txt")
    ap.add_argument("--nlp", action="store_true")
    args = ap.parse_args()

    import httpx2 as httpx
    import uvicorn

    from hattatsu.serve import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = args.file.read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(Path(tmp), nlp=args.nlp)
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        requests = 0
        lock = threading.Lock()

        def one(i: int) -> tuple[float, str]:
            nonlocal requests
            with httpx.Client(base_url=base, timeout=300) as c:
                start = time.perf_counter()
                r = c.post("/upload", files=[("files", (args.file.name, data))], headers={"accept": "application/json"})
                entry = r.json()["entries"][0]
                n = 1
                while True:
                    state = next(s for s in c.get("/status").json() if s["id"] == entry)
                    n += 1
                    if state["status"] in ("done", "error"):
                        break
                    time.sleep(0.1)
                took = time.perf_counter() - start
                name = c.get(f"/doc/{entry}/0/download/json").json()["summary"]["implementers"][0]["name"]
                with lock:
                    requests += n + 1
                return took, name

        t0 = time.perf_counter()
        with ThreadPoolExecutor(args.clients) as pool:
            results = list(pool.map(one, range(args.clients)))
        wall = time.perf_counter() - t0
        server.should_exit = True
        thread.join(10)
    names = {n for _, n in results}
    times = [t for t, _ in results]
    nlp = "on" if args.nlp else "off"
    print(f"{args.clients} concurrent uploads of {args.file.name} ({len(data) // 1024} KB), NLP {nlp}")
    print(f"  all read correctly: {len(names) == 1} ({', '.join(sorted(names))})")
    print(f"  wall {wall:.2f} s, {requests} requests, {requests / wall:.1f} requests/s")
    print(f"  upload→ready: median {statistics.median(times):.2f} s, slowest {max(times):.2f} s")
    return 0 if len(names) == 1 else 1


if __name__ == "__main__":
    raise SystemExit(main())
