"""The form's names of a plan's parts, for everything a person reads (check's text, HTML and
CSV reports, `hattatsu rules`, `hattatsu report`): a finding's section key
(``items.knowhow_exchange``) is shown as the form names it (別表1 10. 他の支援機関との連携を
通じた支援ノウハウ等の情報交換に関すること). JSON output keeps the contract's keys."""

from __future__ import annotations

from collections.abc import Mapping

from .items import NUMBER, TITLES

SECTION_NAMES = {
    "summary": "概要",
    "goals": "別表1 1. 目標",
    "period": "別表1 2.(1) 実施期間",
    "policies": "別表1 2.(2) 目標の達成に向けた方針",
    "items": "別表1 各項目",
    "organization": "別表2",
    "funding": "別表3",
    "partners": "別表4",
    "*": "各部",  # a rule that looks at every part (section-missing)
}
KIND_NAMES = {"plan": "計画", "evaluation": "評価報告"}
SEVERITY_NAMES = {"error": "エラー", "warning": "警告", "info": "情報"}


def item_name(key: str, numbers: Mapping[str, int] | None = None) -> str:
    """「別表1 10. 他の支援機関との連携…」: the number the plan printed when it is known
    (plans renumber their items), else the form's usual one."""
    number = (numbers or {}).get(key, NUMBER.get(key))
    title = TITLES.get(key, key)
    return f"別表1 {number}. {title}" if number is not None else f"別表1 {title}"


def item_section(key: str | None) -> str:
    """The section key of an item (``items.<key>``; ``items`` for an item whose key is not known)."""
    return f"items.{key}" if key else "items"


def section_name(section: str, numbers: Mapping[str, int] | None = None) -> str:
    """The form's name of a section key (``funding`` → 別表3, ``items.<key>`` → 別表1 N. 表題);
    an unknown key is shown as it is."""
    head, _, key = section.partition(".")
    if head == "items" and key:
        return item_name(key, numbers)
    return SECTION_NAMES.get(section, section)


def kind_name(kind: str | None) -> str:
    """計画 or 評価報告 for a document kind (empty when unknown)."""
    return KIND_NAMES.get(kind or "", kind or "")
