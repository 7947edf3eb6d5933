"""The house shows its jobs: every import goes through the one `hattatsu` namespace, the core
imports no job, and each job imports only the jobs it is allowed to — and those through their
public package, never their internals (in the spirit of docling's tach.toml)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
JOBS = ("extract", "check", "generate", "templates", "draft", "report", "serve", "export")
# Which jobs each part may import. The CLI is the top and may import everything; serve and export
# are front ends over all the others.
ALLOWED = {
    "core": set(),
    "extract": set(),
    "templates": set(),
    "generate": {"templates"},
    "check": {"extract"},
    "draft": {"extract"},
    "report": set(),
    "serve": set(JOBS),
    "export": set(JOBS),
    "cli": set(JOBS),
}
SOURCE_DIRS = (*JOBS, "hattatsu")


def _sources() -> list[Path]:
    files = []
    for d in (*SOURCE_DIRS, "tests", "benchmarks"):
        files.extend(p for p in (ROOT / d).rglob("*.py") if ".venv" not in p.parts)
    return sorted(files)


def _package(path: Path) -> tuple[str, str]:
    """(part, dotted package) of a source file: hattatsu/x.py → ('core', 'hattatsu')."""
    rel = path.relative_to(ROOT)
    top = rel.parts[0]
    sub = ".".join(rel.parts[1:-1])
    if top == "hattatsu":
        return ("cli" if rel.name == "cli.py" else "core"), "hattatsu" + (f".{sub}" if sub else "")
    if top in JOBS:
        return top, f"hattatsu.{top}" + (f".{sub}" if sub else "")
    return top, ""  # tests, benchmarks


def _imports(path: Path) -> list[tuple[str, int]]:
    """Absolute names of every module imported in the file (at any depth), with their line."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    _, package = _package(path)
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.extend((a.name, node.lineno) for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                name = ".".join(base + ([node.module] if node.module else []))
                if not node.module:  # from . import a, b: each name may be a module
                    out.extend((f"{name}.{a.name}", node.lineno) for a in node.names)
                    continue
            else:
                name = node.module or ""
            out.append((name, node.lineno))
    return out


def _job_of(name: str) -> str | None:
    parts = name.split(".")
    if parts[0] == "hattatsu" and len(parts) > 1 and parts[1] in JOBS:
        return parts[1]
    return None


def test_no_job_is_imported_by_its_bare_folder_name():
    bad = [f"{p.relative_to(ROOT)}:{line}: {name}" for p in _sources() for name, line in _imports(p)
           if name.split(".")[0] in JOBS]
    assert not bad, "import through hattatsu.* only:\n" + "\n".join(bad)


@pytest.mark.parametrize("part", sorted(ALLOWED))
def test_each_part_imports_only_what_it_may(part):
    bad = []
    for p in _sources():
        own, _ = _package(p)
        if own != part:
            continue
        for name, line in _imports(p):
            job = _job_of(name)
            if job is None or job == own:
                continue
            if job not in ALLOWED[part]:
                bad.append(f"{p.relative_to(ROOT)}:{line}: {part} imports {name}")
            elif part not in ("cli", "serve", "export") and name != f"hattatsu.{job}":
                bad.append(f"{p.relative_to(ROOT)}:{line}: {name} is an internal of {job}; "
                           f"import from hattatsu.{job}")
    assert not bad, "\n".join(bad)


def test_one_file_loads_as_one_module():
    """Every job and the NLP evaluation script load their modules once, under hattatsu.*: no
    module is imported under a bare folder name beside its hattatsu.* twin."""
    import subprocess
    import sys

    code = ("import sys; sys.path.insert(0, 'tests'); import nlp_eval, hattatsu.cli, hattatsu.check, "
            "hattatsu.draft, hattatsu.report, hattatsu.generate, hattatsu.extract.segment; "
            f"print(sorted(m for m in sys.modules if m.split('.')[0] in {JOBS!r}))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
