"""Rules on the implementers in the 概要: the 市町村 among them, 法人番号 and 地方公共団体コード."""

from __future__ import annotations

from collections.abc import Iterator

from hattatsu.model import Plan
from hattatsu.normalize import (
    corporate_number_check_digit,
    is_valid_corporate_number,
    is_valid_local_gov_code,
    local_gov_code_check_digit,
)

from .registry import Issue, rule


@rule("corporate-number-invalid", "error", "summary", "法人番号が13桁でないか検査用数字が合わない")
def corporate_number_invalid(plan: Plan) -> Iterator[Issue]:
    for imp in plan.summary.implementers if plan.summary else []:
        n = imp.corporate_number
        if n and not is_valid_corporate_number(n):
            why = ("13 桁ではありません" if len(n) != 13 or not n.isdigit()
                   else f"先頭の検査用数字は {corporate_number_check_digit(n[1:])} のはずです")
            yield Issue(f"{imp.name} の法人番号 {n} は{why}", plan.summary.location)


@rule("local-gov-code-invalid", "error", "summary", "地方公共団体コードが6桁でないか検査用数字が合わない")
def local_gov_code_invalid(plan: Plan) -> Iterator[Issue]:
    for imp in plan.summary.implementers if plan.summary else []:
        c = imp.local_gov_code
        if c and not is_valid_local_gov_code(c):
            why = ("6 桁ではありません" if len(c) != 6 or not c.isdigit()
                   else f"末尾の検査用数字は {local_gov_code_check_digit(c[:5])} のはずです")
            yield Issue(f"{imp.name} の地方公共団体コード {c} は{why}", plan.summary.location)


@rule("municipality-missing", "error", "summary", "実施者名に市町村がない（2019年法改正後は市町村と共同で実施）",
      since="2019")
def municipality_missing(plan: Plan) -> Iterator[Issue]:
    imps = plan.summary.implementers if plan.summary else []
    if imps and not any(i.type == "municipality" for i in imps):
        names = "、".join(i.name for i in imps)
        yield Issue(f"実施者名が {names} だけで、共同で実施する市町村がありません", plan.summary.location)
