"""An evaluation report's blocks into the Evaluation model (the report's own table, or its
lines when a converter broke the table apart)."""

from __future__ import annotations

from hattatsu.model import Evaluation, Source

from .blocks import Block, Table, flatten
from .sections import evaluation_meta as meta
from .sections.entities import find_entities
from .sections.evaluation_lines import listed_entries
from .sections.evaluation_table import grading_texts, is_status_table, table_entries


def build_evaluation(blocks: list[Block], source: Source, nlp: bool = False, entities: bool = True) -> Evaluation:
    lines = flatten(blocks)
    tables = [b for b in blocks if isinstance(b, Table) and is_status_table(b)]
    if tables:
        entries = table_entries(tables)
        if nlp:
            from .nlp.actuals import fill_from_prose

            entries = fill_from_prose(entries)
        grading = meta.grading([t for table in tables for t in grading_texts(table)])
    else:
        entries = listed_entries(lines)
        grading = meta.grading([ln.text for ln in lines if "以上" in ln.text and "評価" in ln.text])
    return Evaluation(
        source=source,
        organization=meta.organization(lines),
        fiscal_year=meta.fiscal_year(lines),
        meeting=meta.meeting(lines),
        members=meta.members(lines),
        grading=grading,
        entries=entries,
        recommendations=meta.recommendations(lines),
        entities=find_entities(((None, b) for b in blocks), nlp) if entities else None,
    )
