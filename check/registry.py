"""Rules: each an ID, a severity, a one-line Japanese description, a section, one function."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from hattatsu.findings import Finding, Severity
from hattatsu.form_versions import FORM_VERSIONS, form_version
from hattatsu.model import Evaluation, Location, Plan


@dataclass(frozen=True)
class Issue:
    """What a rule function yields: a message, and where, when it knows better than the rule."""

    message: str
    location: Location | None = None
    section: str | None = None  # e.g. items.plan_formulation when the rule's section is "items"
    severity: Severity | None = None  # a rule may lower its severity for one case (optional items)


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    section: str
    description: str
    kind: str  # "plan" or "evaluation"
    check: Callable[..., Iterable[Issue]]
    needs_plan: bool = False  # an evaluation rule that compares with the plan (check --plan)
    versions: tuple[str, ...] = FORM_VERSIONS  # the form versions whose plans the rule applies to

    def applies_to(self, doc: Plan | Evaluation) -> bool:
        """A plan is checked only against what its form asked for; a plan whose version cannot
        be told only by the rules of every version."""
        return not isinstance(doc, Plan) or self.versions == FORM_VERSIONS or form_version(doc) in self.versions

    def run(self, doc: Plan | Evaluation, severity: Severity | None = None, plan: Plan | None = None) -> list[Finding]:
        if (self.needs_plan and plan is None) or not self.applies_to(doc):
            return []
        issues = self.check(doc, plan) if self.needs_plan else self.check(doc)
        return [Finding(rule=self.id, severity=severity or issue.severity or self.severity,
                        section=issue.section or self.section, message=issue.message,
                        location=issue.location if issue.location and (issue.location.page or issue.location.line)
                        else None)
                for issue in issues]


RULES: dict[str, Rule] = {}


def rule(id: str, severity: Severity, section: str, description: str, kind: str = "plan",
         needs_plan: bool = False, since: str = FORM_VERSIONS[0]):
    """Register a rule function under its ID; ``since`` is the first form version that asks
    for what the rule looks for (it applies to that version and the later ones)."""
    def register(fn: Callable[..., Iterable[Issue]]) -> Callable[..., Iterable[Issue]]:
        if id in RULES:
            raise ValueError(f"rule {id} registered twice")
        versions = FORM_VERSIONS[FORM_VERSIONS.index(since):]
        RULES[id] = Rule(id, severity, section, description, kind, fn, needs_plan, versions)
        return fn
    return register
