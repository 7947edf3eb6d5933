"""Section parsers filling the plan model from a segmented block stream."""

from __future__ import annotations

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
from .segment import segment


def build_plan(blocks: list[Block], source: Source | None = None, nlp: bool = False,
               entities: bool = True) -> Plan:
    """A Plan from the blocks of one plan document; with ``nlp`` GiNZA re-reads the KGI/KPI
    statements, finds the people and organisations and places unheaded items (rules do
    all three otherwise). ``entities=False`` leaves ``entities`` unset."""
    seg = resolve_unheaded(segment(blocks), nlp)
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
    return plan
