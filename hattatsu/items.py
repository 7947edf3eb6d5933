"""The canonical items of 別表1 (3.–12.): key, usual title, whether the form requires it,
and title patterns that identify it whatever number a plan gives it."""

from __future__ import annotations

# (key, usual title, required, patterns any of which identifies the title)
ITEMS: list[tuple[str, str, bool, tuple[str, ...]]] = [
    ("economic_trends", "地域の経済動向調査に関すること", True, (r"経済動向",)),
    ("demand_trends", "需要動向調査に関すること", True, (r"需要動向",)),
    ("business_analysis", "経営状況の分析に関すること", True, (r"経営状況.{0,2}分析", r"経営分析に関する")),
    ("plan_formulation", "事業計画策定支援に関すること", True, (r"事業計画.{0,4}策定",)),
    ("post_plan_support", "事業計画策定後の実施支援に関すること", True, (r"策定後", r"フォローアップ")),
    ("new_demand", "新たな需要の開拓に寄与する事業に関すること", True, (r"需要の開拓", r"販路開拓")),
    ("evaluation", "事業の評価及び見直しをするための仕組みに関すること", True, (r"評価.{0,3}見直し",)),
    ("staff_development", "経営指導員等の資質向上等に関すること", True, (r"資質.{0,2}向上", r"支援能力.{0,2}向上")),
    ("knowhow_exchange", "他の支援機関との連携を通じた支援ノウハウ等の情報交換に関すること", False,
     (r"情報交換", r"ノウハウ")),
    ("regional_revitalization", "地域経済の活性化に資する取組に関すること", False,
     (r"地域経済.{0,2}活性化",)),
]

# Matching order: 事業計画策定後 must be tried before 事業計画策定.
MATCH_ORDER = sorted(ITEMS, key=lambda it: it[0] != "post_plan_support")
TITLES = {key: title for key, title, _, _ in ITEMS}
REQUIRED = [key for key, _, required, _ in ITEMS if required]
# Items of part I carry a 目標 table on the official form; 9.–12. do not.
WITH_TARGETS = ["economic_trends", "demand_trends", "business_analysis", "plan_formulation",
                "post_plan_support", "new_demand"]
NUMBER = {key: i for i, (key, _, _, _) in enumerate(ITEMS, 3)}  # the number the form gives each item
