"""Shared fixtures: the real corpus beside the checkout, the synthetic one inside it."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
CORPUS = ROOT / "corpus"
SYNTHETIC_PLAN = CORPUS / "midorigawa-society_plan_R9-R13.txt"


@pytest.fixture
def shared_corpus() -> Path:
    if not SHARED_CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside this checkout (CI always has it)")
    return SHARED_CORPUS
