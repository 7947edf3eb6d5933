"""`hattatsu draft`: the next five-year plan from the current one and its evaluation reports,
as YAML with comments for the person who edits it."""

from __future__ import annotations

from .commented_yaml import dump_commented, load_round_trip
from .next_plan import draft_plan

__all__ = ["draft_plan", "dump_commented", "load_round_trip"]
