"""Shared fixtures: the real corpus beside the checkout, the synthetic one inside it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
CORPUS = ROOT / "corpus"
SYNTHETIC_PLAN = CORPUS / "midorigawa-society_plan_R9-R13.txt"


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    if not SHARED_CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside this checkout (CI always has it)")
    return SHARED_CORPUS


@pytest.fixture(scope="session")
def built_docx(tmp_path_factory) -> dict[str, Path]:
    """Each synthetic plan written as a Word file (tests/build_documents.py)."""
    from tests.build_documents import build_docx, synthetic_plans

    out = tmp_path_factory.mktemp("docx")
    return {p.stem: build_docx(p, out / f"{p.stem}.docx") for p in synthetic_plans()}


@pytest.fixture(scope="session")
def built_pdf(built_docx, tmp_path_factory) -> dict[str, Path]:
    """Each synthetic plan's Word file printed to PDF by LibreOffice, as chambers do."""
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        pytest.skip("LibreOffice is not installed (.ci/run installs libreoffice-writer and fonts-noto-cjk)")
    from tests.build_documents import docx_to_pdf

    out = tmp_path_factory.mktemp("pdf")
    return {stem: docx_to_pdf(d, out) for stem, d in built_docx.items()}
