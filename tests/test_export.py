"""`hattatsu export`: the corpus to each format, read back and compared with extract's JSON."""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from hattatsu.cli import main
from hattatsu.export import Dataset, format_of, read_paths, write_dataset
from hattatsu.export.tables import TABLES
from hattatsu.extract import extract_file
from hattatsu.extract.readers import ReadOptions
from hattatsu.serialize import dumps
from tests.conftest import CORPUS, SYNTHETIC_PLAN

FORMATS = ["xlsx", "sqlite", "parquet", "csv"]
FAST = ReadOptions(nlp=False, entities=False)


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def extracted(path: Path) -> list[dict]:
    """The JSON `hattatsu extract --no-nlp` writes for a file, as a list of documents."""
    data = json.loads(dumps(extract_file(path, FAST), "json"))
    return data if isinstance(data, list) else [data]


def read_back(path: Path, fmt: str) -> dict[str, list[dict]]:
    """Every table of an export, read with the library its users would use."""
    if fmt == "sqlite":
        con = sqlite3.connect(path)
        con.row_factory = sqlite3.Row
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        out = {n: [dict(r) for r in con.execute(f"SELECT * FROM {n}")] for n in names}
        con.close()
        return out
    if fmt == "xlsx":
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True)
        out = {}
        for ws in wb.worksheets:
            rows = list(ws.iter_rows(values_only=True))
            width = len(rows[0])  # a row read back ends at its last filled cell
            out[ws.title] = [dict(zip(rows[0], r + (None,) * (width - len(r)), strict=True)) for r in rows[1:]]
        wb.close()
        return out
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return {f.stem: pq.read_table(f).to_pylist() for f in sorted(path.glob("*.parquet"))}
    out = {}
    for f in sorted(path.glob("*.csv")):
        assert f.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel reads it as UTF-8
        with f.open(encoding="utf-8-sig", newline="") as fh:
            kinds = dict(TABLES[f.stem].columns)
            out[f.stem] = [{k: _csv_value(v, kinds[k]) for k, v in r.items()} for r in csv.DictReader(fh)]
    return out


def _csv_value(text: str, kind: str):
    """CSV holds text: read back by the column's type as a spreadsheet user would."""
    if text == "":
        return None
    if kind == "int":
        return int(text)
    return float(text) if kind == "number" else text


def _num(v):
    """Numbers compared as numbers (4 == 4.0), text as text."""
    return float(v) if isinstance(v, int | float) and not isinstance(v, bool) else v


def assert_matches_json(tables: dict[str, list[dict]], docs: dict[str, list[dict]]) -> None:
    """Row counts of every table and every target, funding and evaluation value against the JSON."""
    plans = [(f, d) for f, ds in docs.items() for d in ds if d["kind"] == "plan"]
    reports = [(f, d) for f, ds in docs.items() for d in ds if d["kind"] == "evaluation"]
    assert len(tables["documents"]) == len(plans) + len(reports)
    by_id = {r["document"]: r for r in tables["documents"]}

    def doc_id(d):
        return f"{d['source']['sha256']}:{d['kind']}"

    targets = {(r["document"], r["item_key"], r["item_number"], r["row"], r["fiscal_year"]): r
               for r in tables["targets"]}
    funding = {(r["document"], r["line_number"], r["fiscal_year"]): r for r in tables["funding"]}
    n_targets = n_funding = n_people = n_partners = n_sources = 0
    for file, d in plans:
        did = doc_id(d)
        row = by_id[did]
        assert row["kind"] == "plan" and row["file"] == file
        period = d["period"] if d["period"] and d["period"]["end"] else (d["summary"] or {}).get("period") or {}
        assert row["period_end"] == period.get("end")
        for item in d["items"]:
            for n, t in enumerate(item["targets"], 1):
                years = sorted({*t["values"], *t["raw"]})
                n_targets += max(1, len(years))
                for y in years:
                    r = targets[(did, item["key"], item["number"], n, int(y))]
                    assert (r["indicator"], _num(r["value"]), r["raw"]) == \
                        (t["indicator"], _num(t["values"].get(y)), t["raw"].get(y))
                    assert _num(r["baseline"]) == _num(t["baseline"])
        if d["funding"]:
            n_sources += len(d["funding"]["sources"])
            for n, line in enumerate(d["funding"]["lines"], 1):
                for y in sorted({*line["amounts"], *line["raw"]}):
                    n_funding += 1
                    r = funding[(did, n, int(y))]
                    assert (r["line"], _num(r["amount"])) == (line["name"], _num(line["amounts"].get(y)))
        n_people += len(d["organization"]["legal_advisors"]) if d["organization"] else 0
        n_partners += len(d["partners"]["entries"])
    entries = {(r["document"], r["number"]): r for r in tables["evaluations"]}
    for file, d in reports:
        did = doc_id(d)
        assert by_id[did]["chamber"] == d["organization"] and by_id[did]["file"] == file
        n_people += len(d["members"])
        for n, e in enumerate(d["entries"], 1):
            r = entries[(did, n)]
            assert (r["activity"], _num(r["target"]), _num(r["actual"]), _num(r["achievement"]), r["grade"]) == \
                (e["activity"], _num(e["target"]), _num(e["actual"]), _num(e["achievement"]), e["grade"])
    assert len(tables["targets"]) == n_targets
    assert len(tables["funding"]) == n_funding
    assert len(tables["funding_sources"]) == n_sources
    assert len(tables["people"]) == n_people
    assert len(tables["partners"]) == n_partners
    assert len(tables["evaluations"]) == sum(len(d["entries"]) for _, d in reports)


@pytest.mark.parametrize("fmt", FORMATS)
def test_synthetic_corpus_to_each_format(fmt, tmp_path):
    out = tmp_path / f"plans.{fmt}"
    r = run("export", "--no-nlp", "-j", "1", CORPUS, "-o", out)
    assert r.exit_code == 0, r.output
    tables = read_back(out, fmt)
    assert set(tables) == set(TABLES) - ({"findings"} if fmt != "sqlite" else set())
    files = sorted(CORPUS.glob("*.txt"))
    assert_matches_json(tables, {str(f): extracted(f) for f in files})
    plan = next(r for r in tables["documents"] if r["kind"] == "plan")
    assert (plan["chamber"], plan["chamber_type"], plan["municipality"], str(plan["corporate_number"]),
            str(plan["local_gov_code"]), plan["period_start"]) == \
        ("みどり川町商工会", "society", "みどり川町", "4400005009876", "993018", "2027-04-01")
    count = {(r["fiscal_year"], r["value"]) for r in tables["targets"] if r["indicator"] == "事業計画策定事業者数"}
    assert count == {(2027, 15), (2028, 15), (2029, 18), (2030, 18), (2031, 20)}


@pytest.fixture(scope="module")
def real_json(shared_corpus, tmp_path_factory) -> dict[str, list[dict]]:
    """The real corpus as extract writes it (--no-nlp), one JSON file per input."""
    out = tmp_path_factory.mktemp("json")
    docs = {}
    for f in sorted(shared_corpus.glob("*.txt")):
        if f.name == "README.md":
            continue
        target = out / f"{f.stem}.json"
        data = extracted(f)
        target.write_text(json.dumps(data if len(data) > 1 else data[0], ensure_ascii=False), encoding="utf-8")
        docs[str(target)] = data
    return docs


@pytest.mark.parametrize("fmt", FORMATS)
def test_real_corpus_to_each_format(fmt, real_json, tmp_path):
    out = tmp_path / f"plans.{fmt}"
    r = run("export", "-j", "1", *real_json, "-o", out)
    assert r.exit_code == 0, r.output
    tables = read_back(out, fmt)
    assert_matches_json(tables, real_json)
    docs = {(r["chamber"], r["kind"]): r for r in tables["documents"]}
    assert set(docs) == {("金沢商工会議所", "plan"), ("高崎市群馬商工会", "plan"), ("川口商工会議所", "plan"),
                         ("川口商工会議所", "evaluation"), ("柏商工会議所", "evaluation")}
    kanazawa = docs[("金沢商工会議所", "plan")]
    assert str(kanazawa["corporate_number"]) == "5220005002171" and str(kanazawa["local_gov_code"]) == "172014"
    assert docs[("柏商工会議所", "evaluation")]["fiscal_year"] == 2024
    # the Kawaguchi file holds a report and a plan: two documents of one file, told apart by kind
    assert docs[("川口商工会議所", "plan")]["sha256"] == docs[("川口商工会議所", "evaluation")]["sha256"]
    kawaguchi = docs[("川口商工会議所", "plan")]["document"]
    assert {(r["fiscal_year"], r["value"]) for r in tables["targets"]
            if r["document"] == kawaguchi and r["indicator"] == "事業計画策定件数"} == \
        {(2023, 150), (2024, 150), (2025, 150)}
    advisors = {r["name"] for r in tables["people"] if r["role"] == "法定経営指導員"}
    assert {"高田 成智", "飯島 法敬"} <= advisors


def test_text_and_its_json_are_the_same_document(real_json, shared_corpus, tmp_path):
    """A plan and the JSON extract wrote from it share their key: exported together, one document."""
    out = tmp_path / "p.sqlite"
    json_file = next(f for f in real_json if "kanazawa" in f)
    r = run("export", "--no-nlp", "-j", "1", json_file, shared_corpus / "kanazawa-cci_plan_R8-R12.txt", "-o", out)
    assert r.exit_code == 0, r.output
    assert "同じ内容の文書" in r.stderr
    assert len(read_back(out, "sqlite")["documents"]) == 1


def test_xlsx_sheets_are_ready_to_filter(tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "p.xlsx"
    assert run("export", "--no-nlp", "-j", "1", SYNTHETIC_PLAN, "-o", out).exit_code == 0
    wb = load_workbook(out)
    ws = wb["targets"]
    assert [c.value for c in ws[1]] == TABLES["targets"].names
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}"
    value_col = TABLES["targets"].names.index("value") + 1
    numbers = [ws.cell(r, value_col) for r in range(2, ws.max_row + 1) if ws.cell(r, value_col).value is not None]
    assert numbers and all(c.data_type == "n" for c in numbers)
    indicator = ws.column_dimensions[ws.cell(1, TABLES["targets"].names.index("indicator") + 1).column_letter]
    assert 15 < indicator.width <= 60  # sized to the Japanese text, capped


def test_text_that_looks_like_a_formula_stays_text(tmp_path):
    """A cell a hostile document fills with '=…' is text in Excel and defused in CSV."""
    from openpyxl import load_workbook

    dataset = Dataset()
    dataset.rows["documents"].append(("x:plan", "x", "=HYPERLINK(\"http://e\")", *([None] * 14)))
    write_dataset(dataset, tmp_path / "p.xlsx", "xlsx")
    cell = load_workbook(tmp_path / "p.xlsx")["documents"]["C2"]
    assert (cell.value, cell.data_type) == ('=HYPERLINK("http://e")', "s")
    write_dataset(dataset, tmp_path / "p.csv", "csv")
    assert "'=HYPERLINK" in (tmp_path / "p.csv" / "documents.csv").read_text(encoding="utf-8-sig")


def test_sqlite_columns_are_typed_and_keys_indexed(tmp_path):
    out = tmp_path / "p.sqlite"
    assert run("export", "--no-nlp", "-j", "1", CORPUS, "-o", out).exit_code == 0
    con = sqlite3.connect(out)
    types = {r[1]: r[2] for r in con.execute("PRAGMA table_info(targets)")}
    assert (types["fiscal_year"], types["value"], types["indicator"]) == ("INTEGER", "NUMERIC", "TEXT")
    indexes = {r[1] for r in con.execute("PRAGMA index_list(targets)")}
    assert {"targets_document", "targets_item_key", "targets_fiscal_year"} <= indexes
    assert con.execute("SELECT DISTINCT typeof(value) FROM targets WHERE value IS NOT NULL").fetchall() == \
        [("integer",)]
    assert con.execute("SELECT DISTINCT typeof(actual), typeof(activity) FROM evaluations "
                       "WHERE actual IS NOT NULL").fetchall() == [("integer", "text")]
    ratio = con.execute("SELECT actual * 1.0 / target FROM evaluations WHERE activity LIKE '事業計画策定事業者数%'")
    assert ratio.fetchone()[0] == pytest.approx(12 / 15)


def test_incremental_sqlite_adds_and_replaces(tmp_path):
    plan_json, report_json = tmp_path / "plan.json", tmp_path / "report.json"
    [plan] = extracted(SYNTHETIC_PLAN)
    plan["summary"]["implementers"][0]["corporate_number"] = "1400005009876"  # a wrong check digit: a finding
    [report] = extracted(CORPUS / "midorigawa-society_evaluation_R9.txt")
    plan_json.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    report_json.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "p.sqlite"
    assert run("export", plan_json, "-o", out, "--check").exit_code == 0
    first = read_back(out, "sqlite")
    assert len(first["documents"]) == 1 and first["findings"]
    # this year's report is added: the plan stays
    assert run("export", report_json, "-o", out).exit_code == 0
    second = read_back(out, "sqlite")
    assert {r["kind"] for r in second["documents"]} == {"plan", "evaluation"}
    assert len(second["targets"]) == len(first["targets"]) and second["findings"] == first["findings"]
    # the plan exported again after a correction replaces its rows (same content hash), nothing doubles
    item = next(i for i in plan["items"] if i["key"] == "plan_formulation")
    item["targets"][-1]["values"]["2031"] = 99
    item["targets"].pop(0)
    plan_json.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    assert run("export", plan_json, "-o", out).exit_code == 0
    third = read_back(out, "sqlite")
    assert len(third["documents"]) == 2
    assert len(third["targets"]) == len(first["targets"]) - 5
    assert not third["findings"]  # the replaced plan's findings went with it (exported without --check)
    assert any(r["value"] == 99 and r["fiscal_year"] == 2031 for r in third["targets"])
    # --force starts the file afresh
    assert run("export", report_json, "-o", out, "--force").exit_code == 0
    assert [r["kind"] for r in read_back(out, "sqlite")["documents"]] == ["evaluation"]


def test_sqlite_that_is_no_export_is_left_alone(tmp_path):
    out = tmp_path / "other.sqlite"
    con = sqlite3.connect(out)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    before = out.read_bytes()
    r = run("export", "--no-nlp", SYNTHETIC_PLAN, "-o", out)
    assert r.exit_code == 2 and "hattatsu export で作った SQLite ではありません" in r.stderr
    assert out.read_bytes() == before


class Interrupted(list):
    """Rows that stop half-way, as a Ctrl-C or a full disk would stop the writer."""

    def __iter__(self):
        for i, row in enumerate(list.__iter__(self)):
            if i == len(self) // 2:
                raise KeyboardInterrupt
            yield row


@pytest.mark.parametrize("fmt", FORMATS)
def test_interrupted_export_leaves_the_previous_output(fmt, tmp_path):
    out = tmp_path / f"p.{fmt}"
    write_dataset(read_paths([SYNTHETIC_PLAN], FAST, jobs=1), out, fmt)
    before = _snapshot(out)
    dataset = read_paths([CORPUS], FAST, jobs=1)  # the plan again (replaced in SQLite) and a report
    dataset.rows["targets"] = Interrupted(dataset.rows["targets"])
    with pytest.raises(KeyboardInterrupt):
        write_dataset(dataset, out, fmt, force=fmt != "sqlite")
    assert _snapshot(out) == before
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left behind


def _snapshot(path: Path) -> dict[str, bytes]:
    files = sorted(path.iterdir()) if path.is_dir() else [path]
    return {f.name: f.read_bytes() for f in files}


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_existing_output_is_kept_without_force(fmt, tmp_path):
    out = tmp_path / f"p.{fmt}"
    assert run("export", "--no-nlp", "-j", "1", SYNTHETIC_PLAN, "-o", out).exit_code == 0
    before = _snapshot(out)
    r = run("export", "--no-nlp", "-j", "1", CORPUS, "-o", out)
    assert r.exit_code == 2 and "すでにあります（上書きするには --force）" in r.stderr
    assert _snapshot(out) == before
    assert run("export", "--no-nlp", "-j", "1", CORPUS, "-o", out, "--force").exit_code == 0
    assert len(read_back(out, fmt)["documents"]) == 2


def test_an_unreadable_file_is_reported_and_the_rest_exported(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n% cut off by a failed upload")
    (folder / "README.md").write_text("# 提出書類の一覧\n", encoding="utf-8")  # not a plan: passed over
    (folder / "plan.txt").write_bytes(SYNTHETIC_PLAN.read_bytes())
    bad_json = tmp_path / "hand-edited.json"
    bad_json.write_text('{"kind": "plan", "items": [{"number": "三"}]}', encoding="utf-8")
    out = tmp_path / "p.sqlite"
    r = run("export", "--no-nlp", "-j", "1", folder, CORPUS / "midorigawa-society_evaluation_R9.txt", bad_json,
            "-o", out)
    assert r.exit_code == 2
    errors = [line for line in r.stderr.splitlines() if line.startswith("hattatsu:")]
    assert [e.split(": ")[1] for e in errors] == [str(folder / "broken.pdf"), str(bad_json)]
    assert "README" not in r.stderr
    assert sorted(d["kind"] for d in read_back(out, "sqlite")["documents"]) == ["evaluation", "plan"]


def test_nothing_readable_writes_nothing(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"not a pdf")
    r = run("export", "--no-nlp", tmp_path / "x.pdf", "-o", tmp_path / "p.xlsx")
    assert r.exit_code == 2 and not (tmp_path / "p.xlsx").exists()


def test_check_findings_are_the_findings_of_check(tmp_path):
    from hattatsu.check import Selection, check_file

    out = tmp_path / "p.parquet"
    assert run("export", "--no-nlp", "-j", "1", "--check", SYNTHETIC_PLAN, "-o", out).exit_code == 0
    rows = read_back(out, "parquet")["findings"]
    [report] = check_file(SYNTHETIC_PLAN, Selection(), FAST)
    assert [(r["rule"], r["severity"], r["section"], r["message"]) for r in rows] == \
        [(f.rule, f.severity, f.section, f.message) for f in report.findings]


def test_parquet_without_pyarrow_names_the_extra(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    r = run("export", "--no-nlp", "-j", "1", SYNTHETIC_PLAN, "-o", tmp_path / "p.parquet")
    assert r.exit_code == 2 and "pip install 'hattatsu[parquet]'" in r.stderr
    assert not (tmp_path / "p.parquet").exists()


def test_output_format_from_the_suffix_or_named(tmp_path):
    assert [format_of(Path(f"x{s}")) for s in (".xlsx", ".SQLITE", ".db", ".parquet", ".csv", ".txt")] == \
        ["xlsx", "sqlite", "sqlite", "parquet", "csv", None]
    r = run("export", "--no-nlp", SYNTHETIC_PLAN, "-o", tmp_path / "p.txt")
    assert r.exit_code == 2 and "書き出す形式がわかりません" in r.stderr
    r = run("export", "--no-nlp", "-j", "1", SYNTHETIC_PLAN, "-o", tmp_path / "out", "--format", "csv")
    assert r.exit_code == 0, r.output
    assert (tmp_path / "out" / "targets.csv").is_file()


def test_a_plan_without_its_summary_names_its_chamber_from_its_organisation():
    """Plans filed without their 概要 (the second half of a report file) still get a chamber."""
    from hattatsu.export.tables import rows_of
    from hattatsu.model import Evaluation, LegalAdvisor, Organization, Plan

    plan = Plan(organization=Organization(legal_advisors=[LegalAdvisor(name="山田 太郎", organization="東山商工会")]))
    [row] = rows_of(plan, "p.json", "ab", None)["documents"]
    names = TABLES["documents"].names
    assert (row[names.index("chamber")], row[names.index("chamber_type")]) == ("東山商工会", "society")
    [row] = rows_of(Evaluation(organization="西町商工会議所", fiscal_year=2025), "e.json", "cd")["documents"]
    assert (row[names.index("chamber")], row[names.index("chamber_type")], row[names.index("fiscal_year")]) == \
        ("西町商工会議所", "chamber", 2025)


def test_parallel_reading_gives_the_same_dataset():
    one = read_paths([CORPUS], FAST, jobs=1, progress=False)
    two = read_paths([CORPUS], FAST, jobs=2, progress=False)
    assert two.rows == one.rows and one.documents == 2
