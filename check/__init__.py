"""`hattatsu check`: rules over the plan model, run over many files.

Each rule is one small function registered with an ID, a severity, a section
and a Japanese description (``registry.rule``); ``batch`` reads files and runs
the selected rules; ``report_*`` write the findings as text, CSV or HTML (JSON
is the model itself).
"""

from __future__ import annotations

from hattatsu.findings import CheckReport, FileReport, Finding

from . import (  # noqa: F401  (importing a rules module registers its rules)
    rules_evaluation,
    rules_funding,
    rules_goals,
    rules_identity,
    rules_organization,
    rules_period,
    rules_structure,
    rules_targets,
)
from .batch import check_document, check_file, check_paths, discover
from .config import Selection, find_config, load_selection
from .registry import RULES

__all__ = ["RULES", "CheckReport", "FileReport", "Finding", "Selection", "check_document", "check_file",
           "check_paths", "discover", "find_config", "load_selection"]
