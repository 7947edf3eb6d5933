"""What `hattatsu check` reports: findings per file and a summary (the contract's JSON)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from .model import Location

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


class Finding(BaseModel):
    rule: str
    severity: Severity
    section: str
    message: str
    location: Location | None = None


class FileReport(BaseModel):
    path: str
    kind: Literal["plan", "evaluation"] | None = None
    ok: bool
    findings: list[Finding] = []
    error: str | None = None  # why the file could not be read (then kind is null)
    skipped: str | None = None  # why a file found in a folder was passed over (not a plan)
    # item key → the number the plan printed it under, for the form's names in the reports (not in the JSON)
    item_numbers: dict[str, int] = Field(default_factory=dict, exclude=True)

    def count(self, severity: Severity) -> int:
        return sum(f.severity == severity for f in self.findings)


class Summary(BaseModel):
    files: int
    errors: int
    warnings: int
    unreadable: int
    infos: int = 0
    skipped: int = 0


class CheckReport(BaseModel):
    files: list[FileReport]
    summary: Summary

    @classmethod
    def of(cls, files: list[FileReport]) -> CheckReport:
        return cls(files=files, summary=Summary(
            files=len({f.path for f in files}),
            errors=sum(f.count("error") for f in files),
            warnings=sum(f.count("warning") for f in files),
            infos=sum(f.count("info") for f in files),
            unreadable=sum(f.error is not None for f in files),
            skipped=sum(f.skipped is not None for f in files),
        ))

    @property
    def exit_status(self) -> int:
        """0 no error finding, 1 an error finding, 2 an input that could not be read."""
        if self.summary.unreadable:
            return 2
        return 1 if self.summary.errors else 0
