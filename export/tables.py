"""The tidy tables of an export: their columns, and their rows built from plans and reports.

One row per fact (a target in a fiscal year, a funding line in a fiscal year, a person …),
every row keyed by ``document`` — the content hash of the file the document was read from
and its kind (``<sha256>:plan``), so that a file holding a report and a plan gives two
documents, and the same file exported twice is the same document. Column names are
stable: the README's section "hattatsu export" lists them; add columns, never rename.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from hattatsu.model import Evaluation, Plan

ColumnType = Literal["text", "int", "number"]  # number: an int or a float as the document gave it


@dataclass(frozen=True)
class Table:
    name: str
    title: str  # Japanese: what one row is
    columns: tuple[tuple[str, ColumnType], ...]
    keys: tuple[str, ...]  # the columns an export indexes (SQLite)

    @property
    def names(self) -> list[str]:
        return [c for c, _ in self.columns]


def _table(name: str, title: str, columns: str, keys: str) -> Table:
    """Columns written as 'name:type …' (type text when left out)."""
    cols = []
    for spec in columns.split():
        col, _, kind = spec.partition(":")
        cols.append((col, kind or "text"))
    return Table(name, title, tuple(cols), tuple(keys.split()))  # type: ignore[arg-type]


TABLES: dict[str, Table] = {t.name: t for t in [
    _table("documents", "文書（計画・評価報告）1件に1行",
           "document sha256 file source_file format kind chamber chamber_type municipality corporate_number "
           "local_gov_code period_start period_end fiscal_year:int form_version partners_declared funding_unit",
           "document sha256 kind chamber"),
    _table("targets", "別表1 目標表の1行の1年度に1行",
           "document item_key item_number:int item_title row:int indicator unit group subitem fiscal_year:int "
           "value:number raw baseline:number baseline_raw note",
           "document item_key fiscal_year"),
    _table("funding", "別表3 資金の1行の1年度に1行",
           "document line_number:int line group fiscal_year:int amount:number raw unit",
           "document fiscal_year"),
    _table("funding_sources", "別表3 調達方法の1つに1行", "document number:int source", "document"),
    _table("people", "法定経営指導員・評価委員の1人に1行", "document name role title affiliation phone",
           "document role"),
    _table("partners", "別表4 連携者の1者に1行",
           "document number:int name address representative content role", "document"),
    _table("evaluations", "評価報告の1事業に1行",
           "document fiscal_year:int number:int item_key activity unit target:number actual:number "
           "achievement:number grade note",
           "document item_key fiscal_year"),
    _table("findings", "check の指摘1件に1行（--check のとき）",
           "document rule severity section message page:int line:int", "document rule severity"),
]}

Rows = dict[str, list[tuple[Any, ...]]]


def document_id(sha256: str, kind: str) -> str:
    return f"{sha256}:{kind}"


def _years(*maps: dict[str, Any]) -> list[tuple[int, str]]:
    """The fiscal years of year maps, in order (keys that are no year are left out)."""
    years = {int(k): k for m in maps for k in m if k.isdigit()}
    return [(y, years[y]) for y in sorted(years)]


def _iso(d: Any) -> str | None:
    return d.isoformat() if d is not None else None


def _identity(doc: Plan) -> tuple[Any, ...]:
    """Chamber (商工会議所/商工会), its type and 法人番号, the 市町村 and their codes. A plan without
    its 概要 names its chamber as the organisation of 別表2's 法定経営指導員 or first contact."""
    implementers = doc.summary.implementers if doc.summary else []
    chamber = next((i for i in implementers if i.type != "municipality"), None)
    towns = [i for i in implementers if i.type == "municipality"]
    name = chamber.name if chamber else None
    if name is None and doc.organization:
        org = doc.organization
        name = next((a.organization for a in org.legal_advisors if a.organization), None) or \
            next((c.organization for c in org.contacts if c.organization), None)
    return (name, chamber.type if chamber else _chamber_type(name), "・".join(t.name for t in towns) or None,
            chamber.corporate_number if chamber else None,
            ",".join(t.local_gov_code for t in towns if t.local_gov_code) or None)


def _chamber_type(name: str | None) -> str | None:
    """The type a chamber's name says: …商工会議所 is a chamber, …商工会 a society."""
    if name and name.endswith("商工会議所"):
        return "chamber"
    return "society" if name and name.endswith("商工会") else None


def rows_of(doc: Plan | Evaluation, file: str, sha256: str, findings: list | None = None) -> Rows:
    """Every table's rows for one document (``findings``: check's, when asked for)."""
    did = document_id(sha256, doc.kind)
    out: Rows = {name: [] for name in TABLES}
    src = doc.source
    head = (did, sha256, file, src.path if src else None, src.format if src else None, doc.kind)
    if isinstance(doc, Plan):
        _plan_rows(doc, did, head, out)
    else:
        _evaluation_rows(doc, did, head, out)
    for f in findings or []:
        loc = f.location
        out["findings"].append((did, f.rule, f.severity, f.section, f.message,
                                loc.page if loc else None, loc.line if loc else None))
    return out


def _plan_rows(doc: Plan, did: str, head: tuple, out: Rows) -> None:
    period = doc.period if doc.period and (doc.period.start or doc.period.end) else \
        (doc.summary.period if doc.summary else None)
    out["documents"].append(head + _identity(doc) + (
        _iso(period.start) if period else None, _iso(period.end) if period else None, None,
        getattr(doc, "form_version", None), doc.partners.declared, doc.funding.unit if doc.funding else None))
    targets = out["targets"]
    for item in doc.items:
        for n, t in enumerate(item.targets, 1):
            row = (did, item.key, item.number, item.title, n, t.indicator, t.unit, t.group, t.subitem)
            tail = (t.baseline, t.baseline_raw, t.note)
            years = _years(t.values, t.raw)
            if not years:  # a row whose year cells could not be read still says what is measured
                targets.append((*row, None, None, None, *tail))
            for y, key in years:
                targets.append((*row, y, t.values.get(key), t.raw.get(key), *tail))
    if doc.funding:
        unit = doc.funding.unit
        for n, line in enumerate(doc.funding.lines, 1):
            for y, key in _years(line.amounts, line.raw):
                out["funding"].append((did, n, line.name, line.group, y, line.amounts.get(key),
                                       line.raw.get(key), unit))
        out["funding_sources"].extend((did, n, s) for n, s in enumerate(doc.funding.sources, 1))
    if doc.organization:
        out["people"].extend((did, a.name, "法定経営指導員", None, a.organization, a.phone)
                             for a in doc.organization.legal_advisors)
    out["partners"].extend((did, n, p.name, p.address, p.representative, p.content, p.role)
                           for n, p in enumerate(doc.partners.entries, 1))


def _evaluation_rows(doc: Evaluation, did: str, head: tuple, out: Rows) -> None:
    identity = (doc.organization, _chamber_type(doc.organization), None, None, None)
    out["documents"].append(head + identity + (None, None, doc.fiscal_year, None, None, None))
    out["people"].extend((did, m.name, "評価委員", m.title, None, None) for m in doc.members)
    out["evaluations"].extend((did, doc.fiscal_year, n, e.item_key, e.activity, e.unit, e.target, e.actual,
                               e.achievement, e.grade, e.note) for n, e in enumerate(doc.entries, 1))
