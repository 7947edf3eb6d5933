"""The data model of ../shared/CONTRACT.md: plans and evaluation reports.

Field names are fixed by the contract; fields added here beyond it are
optional (``location``, ``group``, ``total`` …) so that hand-written YAML
without them still validates.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import AfterValidator, BeforeValidator, Field, StrictFloat, StrictInt, StringConstraints
from pydantic_core import PydanticCustomError

from .location import Location, Strict
from .narrative import Narrative
from .normalize import MAX_QUANTITY

MAX_NUMBER = MAX_QUANTITY  # 1,000兆: more than any count, share or amount (円) a plan can hold
TOO_LARGE = "数値が大きすぎます（絶対値 10 の 15 乗まで）"


def _sane(value: int | float) -> int | float:
    """A finite number within ±MAX_NUMBER: NaN, Infinity, 1e309 or 10**400 is not a count or an amount."""
    if value != value or value in (float("inf"), float("-inf")):
        raise PydanticCustomError("number_not_finite", "有限の数値ではありません（NaN・無限大は使えません）")
    if abs(value) > MAX_NUMBER:
        raise PydanticCustomError("number_too_large", TOO_LARGE)
    return value


Number = Annotated[StrictInt | StrictFloat, AfterValidator(_sane),
                   Field(description="a number; null when the cell held none")]
# Keys of year maps are fiscal years as strings (CONTRACT.md): "2026".
YearKey = Annotated[str, StringConstraints(pattern=r"^\d{4}$")]
YearMap = dict[YearKey, Number | None]
RawMap = dict[YearKey, str]


def _upgrade_version(value: object) -> object:
    """Version-1 data (narrative fields as plain strings) reads as version 2."""
    return 2 if value == 1 else value


SchemaVersion = Annotated[
    Literal[2], BeforeValidator(_upgrade_version, json_schema_input_type=Literal[1, 2]),
    Field(description="2: 叙述欄はブロックのリスト（1 のデータも読めます。文字列の叙述欄は段落として読みます）")]

ItemKey = Literal[
    "economic_trends",
    "demand_trends",
    "business_analysis",
    "plan_formulation",
    "post_plan_support",
    "new_demand",
    "evaluation",
    "staff_development",
    "knowhow_exchange",
    "regional_revitalization",
]


class Source(Strict):
    path: str
    format: Literal["text", "pdf", "docx"]
    sha256: str
    pages: int | None = None
    encoding: str | None = None
    line_unit: Literal["file", "page", "body"] | None = Field(default=None, description=(
        "location.line が数えるもの: file（テキストの行）、page（PDF のページ内の行）、body（Word 本文の順番）"))


class Contact(Strict):
    organization: str | None = None
    department: str | None = None
    postal_code: str | None = None
    address: str | None = None
    phone: str | None = None
    fax: str | None = None
    email: str | None = None
    url: str | None = None


class Implementer(Strict):
    name: str
    type: Literal["chamber", "society", "municipality"]
    corporate_number: str | None = None
    local_gov_code: str | None = None


class PeriodRange(Strict):
    start: dt.date | None = None
    end: dt.date | None = None


class Activity(Strict):
    """One line of the 概要's 事業内容: an item number and what it does."""

    number: int
    key: ItemKey | None = None
    text: Narrative


class Summary(Strict):
    """経営発達支援計画の概要."""

    implementers: list[Implementer] = []
    period: PeriodRange | None = None
    objectives: list[str] = []
    activities: list[Activity] = []
    contacts: list[Contact] = []
    location: Location | None = None


class Indicator(Strict):
    """A KGI or KPI statement, with the measured quantity when it could be read."""

    text: str
    name: str | None = None
    value: Number | None = None
    unit: str | None = None
    comparator: Literal[">=", "<=", "==", ">", "<"] | None = None
    direction: Literal["increase", "decrease"] | None = None  # 「5%増」「20%短縮」: a change, not a level
    per: Literal["year", "plan"] | None = None  # 「年間60件」 per year, 「5年間で」 over the plan period


class Objective(Strict):
    number: int
    title: str | None = None
    text: Narrative | None = None
    kgi: list[Indicator] = []
    kpi: list[Indicator] = []


class Goals(Strict):
    """別表1 1. 目標."""

    region: Narrative | None = None
    long_term: Narrative | None = None
    objectives: list[Objective] = []
    location: Location | None = None


class Period(Strict):
    """別表1 2.(1) 実施期間."""

    start: dt.date | None = None
    end: dt.date | None = None
    fiscal_years: list[int] = []
    location: Location | None = None


class Policy(Strict):
    number: int
    title: str | None = None
    text: Narrative | None = None


class Target(Strict):
    """One row of a 目標 table."""

    indicator: str
    unit: str | None = None
    baseline: Number | None = None
    baseline_raw: str | None = None
    values: YearMap = {}
    raw: RawMap = {}
    note: str | None = None
    group: str | None = None
    subitem: str | None = None
    total: Number | None = None
    total_raw: str | None = None
    location: Location | None = None


class ItemActivity(Strict):
    title: str | None = None
    text: Narrative = []


class Item(Strict):
    """One numbered item of 別表1 I / II / III."""

    number: int
    part: Literal["I", "II", "III"] | None = None
    key: ItemKey | None = None
    title: str
    current_issues: Narrative | None = None
    policy: Narrative | None = None
    targets: list[Target] = []
    activities: list[ItemActivity] = []
    utilization: Narrative | None = None
    location: Location | None = None


class Staff(Strict):
    role: str
    count: Number | None = None


class LegalAdvisor(Strict):
    name: str
    organization: str | None = None
    phone: str | None = None


class Organization(Strict):
    """別表2 実施体制."""

    as_of: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}$")
    structure: Narrative | None = None
    staff: list[Staff] = []
    legal_advisors: list[LegalAdvisor] = []
    advice: Narrative | None = None  # (2)② 情報の提供及び助言（手段、頻度 等）
    wide_area_advisor: bool | None = None
    contacts: list[Contact] = []
    location: Location | None = None


class FundingLine(Strict):
    name: str
    group: str | None = None
    amounts: YearMap = {}
    raw: RawMap = {}
    location: Location | None = None


class Funding(Strict):
    """別表3 必要な資金の額及びその調達方法."""

    unit: str = "千円"
    fiscal_years: list[int] = []
    total: YearMap = {}
    total_raw: RawMap = {}
    lines: list[FundingLine] = []
    sources: list[str] = []
    location: Location | None = None

    def line_sums(self) -> dict[str, float]:
        """Sum of the lines by fiscal year (blank cells count as nothing)."""
        sums: dict[str, float] = {}
        for line in self.lines:
            for y, v in line.amounts.items():
                if v is not None:
                    sums[y] = sums.get(y, 0) + v
        return sums


class Partner(Strict):
    name: str | None = None
    address: str | None = None
    representative: str | None = None
    content: str | None = None
    role: str | None = None


class Partners(Strict):
    """別表4 連携者."""

    declared: Literal["none", "listed", "blank", "absent"] = "absent"
    entries: list[Partner] = []
    location: Location | None = None


# Versions of the official form (see hattatsu/form_versions.py): the year the form changed.
FormVersion = Literal["2014", "2019", "2025"]

EntityCategory = Literal["financial", "support", "university", "professional", "chamber", "government", "other"]


class Mention(Strict):
    """One place an entity is named: the words as written, the section, the line."""

    text: str
    section: str | None = None  # as in findings: goals, items.<key>, organization …
    location: Location | None = None


class Entity(Strict):
    """A person or an organisation the document names (extension of the contract).

    ``name`` is normalised: legal forms (（公財）, 一般社団法人 …) dropped, known short
    forms expanded (日商 → 日本商工会議所), and a branch split off into ``branches``
    (日本政策金融公庫 + 高崎支店国民生活事業)."""

    kind: Literal["person", "organization"]
    name: str
    branches: list[str] = []
    category: EntityCategory | None = None  # organisations only
    role: str | None = None  # persons: 法定経営指導員, 専務理事 …
    affiliation: str | None = None  # persons: the organisation named with them
    mentions: list[Mention] = []


class Plan(Strict):
    """A 経営発達支援計画 as submitted for 認定."""

    kind: Literal["plan"] = "plan"
    schema_version: SchemaVersion = 2
    source: Source | None = None
    form_version: FormVersion | None = Field(
        default=None, description="the version of the official form the plan follows: 2014 (the law of 2014), "
        "2019 (市町村 as co-implementer, 法定経営指導員), 2025 (広域経営指導員, plans from 令和8年度); "
        "read from the period and content, null when neither tells")
    summary: Summary | None = None
    goals: Goals | None = None
    period: Period | None = None
    policies: list[Policy] = []
    items: list[Item] = []
    organization: Organization | None = None
    funding: Funding | None = None
    partners: Partners | None = Partners()  # null only in a 概要-only document
    entities: list[Entity] | None = None  # people and organisations named anywhere

    def fiscal_years(self) -> list[int]:
        """The plan's fiscal years: 別表1 2.(1)'s, else 別表3's."""
        if self.period and self.period.fiscal_years:
            return self.period.fiscal_years
        return self.funding.fiscal_years if self.funding else []

    def item(self, key: str) -> Item | None:
        """The first item with this canonical key."""
        return next((i for i in self.items if i.key == key), None)

    def is_summary_only(self) -> bool:
        """A 概要 published on its own: the summary and none of 別表1–4."""
        return self.summary is not None and not (
            self.goals or self.period or self.policies or self.items or self.organization or self.funding
            or (self.partners and self.partners.declared != "absent"))


class Meeting(Strict):
    date: dt.date | None = None
    place: str | None = None


class Member(Strict):
    name: str
    title: str | None = None


class Grade(Strict):
    grade: str
    text: str


class EvaluationEntry(Strict):
    item_key: ItemKey | None = None
    activity: str
    target: Number | None = None
    actual: Number | None = None
    unit: str | None = None
    achievement: Number | None = None
    grade: str | None = None
    note: str | None = None
    location: Location | None = None


class Evaluation(Strict):
    """評価委員会報告: a year's results against a certified plan."""

    kind: Literal["evaluation"] = "evaluation"
    schema_version: SchemaVersion = 2
    source: Source | None = None
    organization: str | None = None
    fiscal_year: int | None = None
    meeting: Meeting | None = None
    members: list[Member] = []
    grading: list[Grade] = []
    entries: list[EvaluationEntry] = []
    recommendations: list[str] = []
    entities: list[Entity] | None = None


Document = Plan | Evaluation
