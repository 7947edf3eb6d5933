"""Section parsers filling the plan model from a segmented block stream."""

from __future__ import annotations

from hattatsu.form_versions import detect_form_version
from hattatsu.model import Plan, Source

from .blocks import Block
from .section_content import resolve_unheaded
from .sections.entities import find_entities
from .sections.funding import parse_funding
from .sections.goals import parse_goals
from .sections.items import parse_item
from .sections.organization import parse_organization
from .sections.partners import parse_partners
from .sections.period import parse_period, parse_policies
from .sections.summary import parse_summary
from .segment import Segments, segment

# Lines after a 概要 that are its notes (「※記載内容は…」), not a plan body: a 概要 page carries a
# few; a body whose headings were all missed is pages long and must be reported as missing.
_SUMMARY_NOTES_MAX = 10


def build_plan(blocks: list[Block], source: Source | None = None, nlp: bool = False,
               entities: bool = True) -> Plan:
    """A Plan from the blocks of one plan document; with ``nlp`` GiNZA re-reads the KGI/KPI
    statements, finds the people and organisations and places unheaded items (rules do
    all three otherwise). ``entities=False`` leaves ``entities`` unset."""
    seg = resolve_unheaded(segment(blocks), nlp)
    if _summary_only(seg):
        plan = Plan(source=source, summary=parse_summary(seg), partners=None,
                    entities=find_entities(seg.by_section(), nlp) if entities else None)
        plan.form_version = detect_form_version(plan)
        return plan
    plan = Plan(
        source=source,
        summary=parse_summary(seg),
        goals=parse_goals(seg),
        period=parse_period(seg),
        policies=parse_policies(seg),
        items=[parse_item(i) for i in seg.items],
        organization=parse_organization(seg.sheets[2].blocks, seg.sheets[2].heading) if 2 in seg.sheets else None,
        funding=parse_funding(seg.sheets[3].blocks, seg.sheets[3].heading) if 3 in seg.sheets else None,
        partners=parse_partners(seg.sheets[4].blocks, seg.sheets[4].heading) if 4 in seg.sheets
        else parse_partners(None, None),
        entities=find_entities(seg.by_section(), nlp) if entities else None,
    )
    if nlp:
        from .nlp.refine import refine_plan

        plan = refine_plan(plan)
    plan.form_version = detect_form_version(plan)
    return plan


def _summary_only(seg: Segments) -> bool:
    """A 概要 published on its own: no heading of any other part, and at most a few lines after
    the 概要 (which the segmenter opens as an unheaded 目標 (1))."""
    region = seg.goal_parts.get("region")
    return (seg.summary is not None and (seg.goals is None or seg.goals.heading is None)
            and set(seg.goal_parts) <= {"region"} and len(region.blocks if region else []) <= _SUMMARY_NOTES_MAX
            and seg.period is None and not seg.policies and not seg.items and not seg.sheets)
