"""Evaluation reports copied out of a PDF (issue 14): Kangxi radicals, spaced-out labels and
names, a roster as a table — each variant of each report, made at run time from its text
(tests/pdf_copies.py), reads the same organisation, year, meeting, members, grading and
entries as the original. Rules only (no NLP), so the whole set stays a few seconds."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from hattatsu.extract.api import extract_bytes
from hattatsu.extract.blocks import Line
from hattatsu.extract.readers import ReadOptions
from hattatsu.extract.sections.evaluation_meta import members
from hattatsu.normalize import nfkc
from tests.conftest import CORPUS, SHARED_CORPUS
from tests.pdf_copies import VARIANTS, fields

REPORTS = [SHARED_CORPUS / "kashiwa-cci_evaluation-R6.txt",
           SHARED_CORPUS / "kawaguchi-cci_evaluation-R6_plan-R5-R7.txt",
           CORPUS / "midorigawa-society_evaluation_R9.txt"]
RULES = ReadOptions(nlp=False, entities=False)


@cache
def _report(path: Path, variant: str | None = None):
    text = path.read_text(encoding="utf-8")
    if variant:
        text = VARIANTS[variant](text, _report(path)[0].members)
    [report] = [d for d in extract_bytes(text.encode("utf-8"), str(path), RULES) if d.kind == "evaluation"]
    return report, text


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name.split("_")[0])
def test_a_pdf_copy_reads_the_same_as_the_original(path, variant):
    if not path.is_file():
        pytest.skip(f"{path.name} is not here (../shared/corpus is beside the checkout in CI)")
    original, text = _report(path)
    copy, copied = _report(path, variant)
    assert copied != text  # the variant changed something
    assert original.members and original.entries
    names_spaced = variant == "spaced_names"
    assert fields(copy, names_spaced) == fields(original, names_spaced)


def test_the_variants_change_what_they_say():
    text = "■日時 令和10年5月20日\n■出席者\n架空県商工会連合会 専務理事 高橋 誠\n合計 12回 10回"
    ms = _report(CORPUS / "midorigawa-society_evaluation_R9.txt")[0].members[:1]  # 高橋 誠
    assert "⾧" in VARIANTS["kangxi"]("所長", ms) or "⻑" in VARIANTS["kangxi"]("所長", ms)
    assert nfkc(VARIANTS["kangxi"](text, ms)) == text
    spaced = VARIANTS["spaced"](text, ms)
    assert "■日 時 " not in spaced and "■日  時 " in spaced and "出 席 者" in spaced and "合  計 12回" in spaced
    assert "高 橋 誠" in VARIANTS["spaced_names"](text, ms)
    assert "架空県商工会連合会\t専務理事\t高橋 誠" in VARIANTS["roster_table"](text, ms)
    assert "高橋 誠\t架空県商工会連合会 専務理事" in VARIANTS["roster_table_name_first"](text, ms)


def _members(*lines: str) -> list[tuple[str, str]]:
    return [(m.name, m.title) for m in members([Line(t) for t in ("■出席者", *lines)])]


@pytest.mark.parametrize("lines, want", [
    # a roster table's rows read as lines: 所属 役職 姓, 「同」 for the organisation above
    (("所属 役職 氏名", "中小企業支援委員会 委員長 小原", "同 副委員長 隅内", "上田市 経済部長 江原"),
     [("小原", "中小企業支援委員会 委員長"), ("隅内", "中小企業支援委員会 副委員長"), ("江原", "上田市 経済部長")]),
    # the name column first, after a header saying so (spaced out as a PDF copies it)
    (("氏  名 所属・役職", "高橋 直資 上田商工会議所 専務理事", "小原 中小企業支援委員会 委員長",
      "江原 上田市 経済部長"),
     [("高橋 直資", "上田商工会議所 専務理事"), ("小原", "中小企業支援委員会 委員長"), ("江原", "上田市 経済部長")]),
    # full names whose space a PDF's letter spacing lost; 「同 同」: the title of the row above
    (("常務理事 所長 大竹悦司", "中小企業診断士 森本由紀", "上田商工会議所 企業支援コーディネーター 小野寺 義明",
      "同 同 大沢 誠一"),
     [("大竹悦司", "常務理事 所長"), ("森本由紀", "中小企業診断士"),
      ("小野寺 義明", "上田商工会議所 企業支援コーディネーター"),
      ("大沢 誠一", "上田商工会議所 企業支援コーディネーター")]),
    # an organisation's own line is no member
    (("独立行政法人 中小企業基盤整備機構関東本部 東大柏ベンチャープラザ", "公益財団法人 長野県産業振興機構"), []),
])
def test_roster_forms(lines, want):
    assert _members(*lines) == want


def test_kawaguchi_lists_its_ten_committee_members(shared_corpus):
    """「＜評価委員会委員 １０人＞」: the ten, the last two written 「…コーディネーター 小野寺義明」 and
    「同 同 大沢 誠一」."""
    report, _ = _report(shared_corpus / "kawaguchi-cci_evaluation-R6_plan-R5-R7.txt")
    assert len(report.members) == 10
    title = "川口商工会議所企業支援コーディネーター"
    assert [(m.name, m.title) for m in report.members[-2:]] == [("小野寺義明", title), ("大沢 誠一", title)]


@pytest.mark.parametrize("variant", ["kangxi", "spaced", "roster_table", "all"])
@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name.split("_")[0])
def test_a_pdf_copy_lists_the_same_people_with_the_same_affiliations(path, variant):
    """The people the report names and their affiliations (rules): a roster as a table gives
    the same as its lines. (Letter-spaced names and a name column first are read in
    ``members`` only: the entity finder reads a line without its table's header.)"""
    if not path.is_file():
        pytest.skip(f"{path.name} is not here (../shared/corpus is beside the checkout in CI)")

    def people(text: str) -> dict[str, str | None]:
        [report] = [d for d in extract_bytes(text.encode("utf-8"), str(path), ReadOptions(nlp=False))
                    if d.kind == "evaluation"]
        return {e.name: e.affiliation for e in report.entities if e.kind == "person"}

    original, text = _report(path)
    want = people(text)
    assert want
    assert people(VARIANTS[variant](text, original.members)) == want
