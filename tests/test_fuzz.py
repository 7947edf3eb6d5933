"""Fuzzing in the suite (issue 15): a few hundred seeded mutations of the corpus plans and reports,
Word and PDF files, and plan JSON/YAML, through extract, check's rules and draft in this process
(and generate for some), plus a few through the real command line with bounded memory. Every
outcome is exit 0, 1 or 2: no traceback, no MemoryError, no input changed. The longer run is
benchmarks/fuzz.py."""

from __future__ import annotations

import hashlib
import logging

import pytest

from tests.fuzz_cases import SHARED_CORPUS, cases, run_case
from tests.hostile import run_limited

IN_PROCESS = 220
WITH_GENERATE = 6
SLOW = 5.0  # seconds for one case: far above any real plan, far below a hang


@pytest.fixture(autouse=True)
def _quiet_warnings():
    """The reader's warnings (broken bytes) go to stderr by logging's last resort; not here."""
    logger = logging.getLogger("hattatsu")
    handler = logging.NullHandler()
    logger.addHandler(handler)
    yield
    logger.removeHandler(handler)


def _check(outcomes) -> None:
    bad = [o for o in outcomes if o.status not in ("0", "1", "2") or o.seconds > SLOW]
    assert not bad, "\n\n".join(f"{o.case}: {o.status} in {o.seconds:.1f} s\n{o.detail}" for o in bad[:5])


def test_mutated_synthetic_inputs_in_process(tmp_path):
    from hattatsu.generate.sandbox import address_space_budget

    found = cases(IN_PROCESS, seed=15, shared=False)
    with address_space_budget(1024 * 1024 * 1024):  # a MemoryError, not the machine's memory
        outcomes = [run_case(c, tmp_path, generate=n < WITH_GENERATE) for n, c in enumerate(found)]
    _check(outcomes)
    statuses = {o.status for o in outcomes}
    assert {"0", "2"} <= statuses  # the mutations reach both the readers' refusals and whole documents


def test_mutated_real_corpus_in_process(tmp_path):
    if not SHARED_CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside this checkout (CI always has it)")
    from hattatsu.generate.sandbox import address_space_budget

    found = [c for c in cases(90, seed=16) if "-cci_" in c.name or "-gunma_" in c.name]
    assert found
    with address_space_budget(1024 * 1024 * 1024):
        outcomes = [run_case(c, tmp_path) for c in found]
    _check(outcomes)


def test_mutated_inputs_through_the_command_line(tmp_path):
    """A few cases of each kind through `hattatsu extract -o DIR` and `hattatsu check` in a
    subprocess limited to 500 MB: exit 0/1/2, no traceback, and nothing that existed changed."""
    picked, kinds = [], set()
    for c in cases(80, seed=17, shared=False):
        if c.suffix not in kinds or len(picked) < 8:
            kinds.add(c.suffix)
            picked.append(c)
    inputs = tmp_path / "in"
    inputs.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    keep = out / "existing.json"
    keep.write_text("{}")
    paths = []
    for c in picked:
        p = inputs / f"{c.name}{c.suffix}"
        p.write_bytes(c.data)
        paths.append(p)
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in [*paths, keep]}
    documents = [p for p in paths if p.suffix in (".txt", ".docx", ".pdf")]
    for command in (("extract", "--no-nlp", *documents, "-o", f"{out}/"), ("check", "--no-nlp", "-j", "1", *paths)):
        r = run_limited(*command, timeout=60)
        assert r.returncode in (0, 1, 2), r.stderr[-3000:]
        assert "Traceback" not in r.stderr and "MemoryError" not in r.stderr and "内部エラー" not in r.stderr, \
            r.stderr[-3000:]
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in [*paths, keep]} == before
