"""`hattatsu extract` and `hattatsu schema` as a user runs them."""

import json

import yaml
from click.testing import CliRunner

from hattatsu.cli import main
from hattatsu.model import Plan
from hattatsu.serialize import load_document
from tests.conftest import SYNTHETIC_PLAN


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_extract_to_stdout():
    r = run("extract", SYNTHETIC_PLAN)
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["kind"] == "plan" and data["period"]["fiscal_years"][0] == 2027


def test_yaml_round_trip_is_identical(tmp_path):
    out = tmp_path / "plan.yaml"
    r = run("extract", SYNTHETIC_PLAN, "-o", out, "--format", "yaml")
    assert r.exit_code == 0, r.output
    again = load_document(out)
    original = Plan.model_validate(json.loads(run("extract", SYNTHETIC_PLAN).stdout))
    assert again == original


def test_round_trip_of_a_real_plan(tmp_path, shared_corpus):
    out = tmp_path / "k.yaml"
    assert run("extract", shared_corpus / "kanazawa-cci_plan_R8-R12.txt", "-o", out, "--format", "yaml").exit_code == 0
    doc = load_document(out)
    assert doc.model_dump() == Plan.model_validate(yaml.safe_load(out.read_text())).model_dump()
    assert doc.funding.total["2026"] == 18000


def test_bad_inputs_are_named_and_others_still_processed(tmp_path):
    png = tmp_path / "scan.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    recipe = tmp_path / "recipe.txt"
    recipe.write_text("カレーの作り方\n玉ねぎを炒める\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    outdir = tmp_path / "out"
    outdir.mkdir()
    r = run("extract", png, recipe, empty, tmp_path / "missing.txt", SYNTHETIC_PLAN, "-o", outdir)
    assert r.exit_code == 2
    err = r.stderr
    assert f"{png}: 画像ファイル" in err
    assert f"{recipe}: 経営発達支援計画でも評価委員会報告でもありません" in err
    assert f"{empty}: 空のファイル" in err
    assert "missing.txt: ファイルが見つかりません" in err
    assert "Traceback" not in r.output
    assert sorted(p.name for p in outdir.iterdir()) == [SYNTHETIC_PLAN.stem + ".json"]


def test_bad_input_writes_nothing(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("ただのメモ\n", encoding="utf-8")
    out = tmp_path / "out.json"
    out.write_text("previous", encoding="utf-8")
    r = run("extract", bad, "-o", out)
    assert r.exit_code == 2
    assert out.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_file_with_two_documents_writes_one_file_each(tmp_path, shared_corpus):
    r = run("extract", shared_corpus / "kawaguchi-cci_evaluation-R6_plan-R5-R7.txt", "-o", str(tmp_path) + "/")
    assert r.exit_code == 0, r.output
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["kawaguchi-cci_evaluation-R6_plan-R5-R7.evaluation.json",
                     "kawaguchi-cci_evaluation-R6_plan-R5-R7.plan.json"]


def test_wrong_types_in_yaml_are_listed(tmp_path):
    data = json.loads(run("extract", SYNTHETIC_PLAN).stdout)
    data["items"][3]["targets"][0]["values"]["2028"] = "たくさん"
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    try:
        load_document(bad)
    except Exception as e:  # DataError
        assert "items[3].targets[0].values.2028: 数値ではありません" in str(e)
    else:
        raise AssertionError("invalid data was accepted")


def test_schema():
    r = run("schema", "plan")
    assert r.exit_code == 0
    s = json.loads(r.stdout)
    sections = {"summary", "goals", "period", "policies", "items", "organization", "funding", "partners"}
    assert sections <= set(s["properties"])
