"""Which rules run: --select/--ignore, and [tool.hattatsu] in pyproject.toml or a hattatsu.toml.

    # hattatsu.toml (or [tool.hattatsu] in pyproject.toml)
    select = ["ALL"]                 # or a list of rule IDs
    ignore = ["target-value-missing"]
    [severity]                       # [tool.hattatsu.severity] in pyproject.toml
    kpi-missing = "error"

The nearest file in the checked folder or above it wins.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hattatsu.errors import InputError
from hattatsu.findings import Severity

from .registry import RULES, Rule

_SEVERITIES = ("error", "warning", "info")


@dataclass
class Selection:
    select: set[str] | None = None  # None: every rule
    ignore: set[str] = field(default_factory=set)
    severity: dict[str, Severity] = field(default_factory=dict)
    source: str | None = None  # the configuration file it came from

    def rules(self, kind: str) -> list[Rule]:
        return [r for r in RULES.values() if r.kind == kind
                and (self.select is None or r.id in self.select) and r.id not in self.ignore]

    def merged(self, select: tuple[str, ...], ignore: tuple[str, ...]) -> Selection:
        """This selection with the command line's --select/--ignore on top."""
        _known(select + ignore, "--select/--ignore")
        return Selection(
            select=self.select if not select else (None if "ALL" in select else set(select)),
            ignore=self.ignore | set(ignore),
            severity=dict(self.severity),
            source=self.source,
        )


def _known(ids: tuple[str, ...] | list[str], where: str) -> None:
    unknown = [i for i in ids if i != "ALL" and i not in RULES]
    if unknown:
        raise InputError(where, f"知らないルールです: {', '.join(unknown)}（hattatsu rules で一覧を見られます）")


def find_config(start: Path) -> Path | None:
    """hattatsu.toml, or a pyproject.toml with [tool.hattatsu], in start or a folder above it."""
    folder = start if start.is_dir() else start.parent
    for d in [folder.resolve(), *folder.resolve().parents]:
        own = d / "hattatsu.toml"
        if own.is_file():
            return own
        py = d / "pyproject.toml"
        if py.is_file() and "[tool.hattatsu" in py.read_text(encoding="utf-8", errors="replace"):
            return py
    return None


def load_selection(path: Path | None) -> Selection:
    if path is None:
        return Selection()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise InputError(str(path), f"TOML として読めません（{e}）") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("hattatsu", {})
    return _selection(data, str(path))


def _selection(data: dict[str, Any], where: str) -> Selection:
    unknown = set(data) - {"select", "ignore", "severity"}
    if unknown:
        raise InputError(where, f"知らない設定です: {', '.join(sorted(unknown))}"
                                "（select, ignore, severity が使えます）")
    for key in ("select", "ignore"):
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise InputError(where, f"{key} はルール ID の文字列の配列にしてください")
        _known(value, where)
    severity = data.get("severity", {})
    if not isinstance(severity, dict) or any(v not in _SEVERITIES for v in severity.values()):
        raise InputError(where, "severity は「ルール ID = \"error\" | \"warning\" | \"info\"」の表にしてください")
    _known(list(severity), where)
    select = data.get("select")
    return Selection(select=None if select is None or "ALL" in select else set(select),
                     ignore=set(data.get("ignore", [])), severity=dict(severity), source=where)
