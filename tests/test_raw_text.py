"""An edited number is what the form prints: a cell text (raw) that no longer says it is dropped
with a warning naming its path; an unedited extract or draft keeps every text."""

from __future__ import annotations

import io

import docx
import pytest
import yaml
from click.testing import CliRunner

from hattatsu.cli import main
from hattatsu.draft import draft_plan
from hattatsu.extract import extract_file
from hattatsu.extract.readers import ReadOptions
from hattatsu.generate.raw_text import drop_stale_raws
from hattatsu.model import Evaluation, Plan
from hattatsu.normalize import says_value
from tests.conftest import CORPUS, SYNTHETIC_PLAN

RULES_ONLY = ReadOptions(nlp=False)


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.mark.parametrize("raw, value, says", [
    ("40件", 40, True), ("４０件", 40, True), ("1,500", 1500, True), ("約300社", 300, True),
    ("2.5%", 2.5, True), ("▲5", -5, True), ("-", None, True), ("未実施", None, True), ("", None, True),
    ("40件", 45, False), ("40件", None, False), ("-", 3, False), ("1,500", 1501, False),
])
def test_a_raw_says_its_value_when_its_number_is_the_value(raw, value, says):
    assert says_value(raw, value) is says


def _table_row(data: bytes, label: str) -> list[str]:
    for table in docx.Document(io.BytesIO(data)).tables:
        for row in table.rows:
            cells = [c.text for c in row.cells]
            if cells[0] == label:
                return cells
    raise AssertionError(label)


def test_edited_numbers_are_printed_and_the_stale_texts_named(tmp_path):
    source = tmp_path / "plan.yaml"
    assert run("extract", SYNTHETIC_PLAN, "--no-nlp", "--format", "yaml", "-o", source).exit_code == 0
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    target = data["items"][3]["targets"][1]  # 事業計画策定事業者数: 12者 → 15者 …
    target["values"]["2028"] = 16
    target["baseline"] = 11
    data["items"][0]["targets"][0]["values"]["2029"] = None
    data["funding"]["lines"][0]["amounts"]["2030"] = 450
    data["funding"]["total"]["2030"] = 3650
    source.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "plan.docx"
    r = run("generate", source, "-o", out)
    assert r.exit_code == 0, r.output
    assert "items[3].targets[1].raw.2028: 「15者」は値 16 と合わないため数値を印字します" in r.stderr
    assert "items[3].targets[1].baseline_raw: 「12者」は値 11 と合わないため数値を印字します" in r.stderr
    assert "items[0].targets[0].raw.2029: 「4回」は値が空（null）なので印字しません" in r.stderr
    assert "funding.lines[0].raw.2030: 「300」は値 450 と合わないため数値を印字します" in r.stderr
    assert "funding.total_raw.2030: 「3,500」は値 3,650" not in r.stderr  # printed as the form groups it
    assert "funding.total_raw.2030: 「3,500」は値 3650 と合わないため数値を印字します" in r.stderr
    printed = out.read_bytes()
    assert _table_row(printed, "事業計画策定事業者数")[1:] == ["11者", "15者", "16者", "18者", "18者", "20者"]
    assert _table_row(printed, "①景況調査")[2:] == ["4回", "4回", "4回", "", "4回", "4回"]
    assert _table_row(printed, "経済動向調査費")[1:] == ["300", "300", "300", "450", "300"]
    assert _table_row(printed, "必要な資金の額")[1:] == ["3,300", "3,300", "3,500", "3,650", "3,700"]


def test_a_row_of_bare_numbers_gets_a_bare_number():
    """A row written without its unit (「4」) gets the edited number without it too."""
    plan = Plan.model_validate({"items": [{"number": 1, "title": "t", "targets": [
        {"indicator": "x", "unit": "回", "values": {"2027": 4, "2028": 5},
         "raw": {"2027": "4", "2028": "4"}},
        {"indicator": "y", "unit": "件", "values": {"2027": 4, "2028": 5}, "raw": {"2027": "4件", "2028": "4件"}}]}],
        "period": {"fiscal_years": [2027, 2028]}})
    from hattatsu.generate.context import build_context

    ctx, warnings = build_context(plan)
    [table] = ctx["parts"][0]["entries"][0]["groups"][0]["sections"][1]["tables"]
    assert [r["cells"] for r in table["rows"]] == [["4", "5"], ["4件", "5件"]]
    assert len(warnings) == 2


def _assert_nothing_dropped(paths: list) -> int:
    """Every plan read from paths, and its next-period draft, keeps all its texts; the number
    of 現行 cells the draft took from a report's actual."""
    docs = [d for path in paths for d in extract_file(path, RULES_ONLY)]
    evaluations = [d for d in docs if isinstance(d, Evaluation)]
    from_actuals = 0
    for plan in (d for d in docs if isinstance(d, Plan)):
        assert drop_stale_raws(plan)[1] == [], plan.source.path
        drafted, comments = draft_plan(plan, evaluations, plan.fiscal_years()[-1] + 1)
        assert drop_stale_raws(drafted)[1] == [], plan.source.path
        from_actuals += sum("の実績" in c for c in comments.values())
    return from_actuals


def test_the_synthetic_extract_and_draft_keep_every_raw():
    """The extractor reads each number from its text, and draft moves both together (and
    writes the 現行 it takes from a report as its number reads): nothing unedited is dropped."""
    assert _assert_nothing_dropped(sorted(CORPUS.glob("*.txt"))) >= 3


def test_the_real_extracts_and_drafts_keep_every_raw(shared_corpus):
    _assert_nothing_dropped(sorted(shared_corpus.glob("*.txt")))
