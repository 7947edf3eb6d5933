"""`hattatsu serve` through HTTP: upload, view, edit with validation, downloads, draft, batch,
and hostile input (path traversal in a zip, oversized uploads, non-plans, corrupt PDFs, tokens).
The same pages in a real browser: tests/test_serve_browser.py."""

from __future__ import annotations

import io
import json
import re
import time
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("starlette")
pytest.importorskip("httpx2")  # starlette's TestClient

from starlette.testclient import TestClient

from hattatsu.extract import extract_bytes
from hattatsu.extract.readers import ReadOptions
from hattatsu.serve import Limits, create_app
from tests.conftest import SYNTHETIC_PLAN

EVALUATION = SYNTHETIC_PLAN.parent / "midorigawa-society_evaluation_R9.txt"
ROOT_LAYOUT = SYNTHETIC_PLAN.parents[1] / "report" / "templates" / "layout.html"


@pytest.fixture()
def client(tmp_path):
    app = create_app(tmp_path / "data", nlp=False, limits=Limits(upload_bytes=2_000_000, file_bytes=1_000_000))
    with TestClient(app) as c:
        c.data_dir = tmp_path / "data"
        yield c


def upload(client, *files: tuple[str, bytes], batch: bool = False) -> list[str]:
    r = client.post("/upload" + ("?batch=1" if batch else ""), files=[("files", f) for f in files],
                    headers={"accept": "application/json"})
    assert r.status_code == 200, r.text
    ids = r.json()["entries"]
    wait(client)
    return ids


def wait(client, timeout: float = 60) -> list[dict]:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        states = client.get("/status").json()
        if all(s["status"] in ("done", "error") for s in states):
            return states
        time.sleep(0.1)
    raise AssertionError("files still being read")


def status_of(client, entry: str) -> dict:
    return next(s for s in client.get("/status").json() if s["id"] == entry)


def test_upload_a_text_plan_and_see_its_sections(client):
    [entry] = upload(client, ("midorigawa.txt", SYNTHETIC_PLAN.read_bytes()))
    assert status_of(client, entry)["kinds"] == ["plan"]
    page = client.get(f"/doc/{entry}/0").text
    for heading in ("概要", "別表1", "別表2", "別表3", "別表4"):
        assert f"<h2>{heading}</h2>" in page
    assert "みどり川町商工会" in page
    # the source lines beside the data, each value pointing at its line
    assert 'data-line="' in page and "<ol class=\"lines\"" in page


def test_edit_a_target_value_reruns_check_and_drops_the_stale_raw(client):
    [entry] = upload(client, ("midorigawa.txt", SYNTHETIC_PLAN.read_bytes()))
    doc = client.get(f"/doc/{entry}/0/download/json").json()
    before = client.get(f"/doc/{entry}/0/findings").text
    assert "指摘はありません" in before
    field = next(f"items[{i}].targets[{j}].values.{y}" for i, item in enumerate(doc["items"])
                 for j, t in enumerate(item["targets"]) for y, v in t["values"].items() if v)
    bad = client.post(f"/doc/{entry}/0/edit", data={field: "たくさん"})
    assert bad.status_code == 422
    assert "数値を入力してください" in bad.text
    assert f'name="{field}" value="たくさん"' in bad.text  # what was typed stays in the field
    ok = client.post(f"/doc/{entry}/0/edit", data={field: ""})  # emptied: a year with no number
    assert ok.status_code == 200 and "保存しました" in ok.text
    after = client.get(f"/doc/{entry}/0/download/json").json()
    i, j, y = re.match(r"items\[(\d+)\]\.targets\[(\d+)\]\.values\.(\d+)", field).groups()
    target = after["items"][int(i)]["targets"][int(j)]
    assert target["values"][y] is None
    assert y not in (target.get("raw") or {})  # the old text is not printed for the new number
    findings = client.get(f"/doc/{entry}/0/findings").text
    assert "target-value-missing" in findings and "数値のない年度" in findings


def test_download_docx_reads_back_with_extract(client):
    [entry] = upload(client, ("midorigawa.txt", SYNTHETIC_PLAN.read_bytes()))
    original = client.get(f"/doc/{entry}/0/download/json").json()
    r = client.get(f"/doc/{entry}/0/download/docx")
    assert r.status_code == 200 and r.content.startswith(b"PK")
    assert "filename*=UTF-8''midorigawa.docx" in r.headers["content-disposition"]
    [plan] = extract_bytes(r.content, "midorigawa.docx", ReadOptions(nlp=False))
    assert plan.summary.implementers[0].name == original["summary"]["implementers"][0]["name"]
    assert [t.values for i in plan.items for t in i.targets] == \
        [{k: v for k, v in t["values"].items()} for i in original["items"] for t in i["targets"]]
    yaml_text = client.get(f"/doc/{entry}/0/download/yaml").text
    assert yaml_text.startswith("kind: plan")


def test_draft_the_next_plan_from_the_plan_and_its_report(client):
    [plan] = upload(client, ("midorigawa.txt", SYNTHETIC_PLAN.read_bytes()))
    upload(client, ("evaluation.txt", EVALUATION.read_bytes()))
    refused = client.post(f"/doc/{plan}/0/draft", data={"start_fy": "来年"})
    assert refused.status_code == 422 and "年度として読めません" in refused.text
    r = client.post(f"/doc/{plan}/0/draft", data={"start_fy": "令和14年度"}, follow_redirects=False)
    assert r.status_code == 303
    draft_entry = r.headers["location"].split("/")[2]
    draft = client.get(f"/doc/{draft_entry}/0/download/json").json()
    assert draft["period"]["fiscal_years"] == [2032, 2033, 2034, 2035, 2036]
    yaml_text = client.get(f"/doc/{draft_entry}/0/download/yaml").text
    assert "#" in yaml_text  # the draft's comments for the person editing it


def test_batch_zip_with_a_broken_file_checks_the_others(client):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("plans/midorigawa.txt", SYNTHETIC_PLAN.read_bytes())
        z.writestr("plans/broken.pdf", b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
        z.writestr("plans/readme.md", "# 社内メモ\n\nこれは計画ではありません。\n".encode())
    r = client.post("/upload?batch=1", files=[("files", ("plans.zip", buf.getvalue()))], follow_redirects=False)
    assert r.status_code == 303
    batch = r.headers["location"].rsplit("/", 1)[-1]
    wait(client)
    page = client.get(f"/batch/{batch}").text
    assert "midorigawa.txt" in page and "broken.pdf" in page and "読めません" in page
    csv_text = client.get(f"/batch/{batch}/findings.csv").content.decode("utf-8-sig")
    assert "broken.pdf" in csv_text and "unreadable" in csv_text
    xlsx = client.get(f"/batch/{batch}/findings.xlsx")
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet.freeze_panes == "A2" and sheet["A1"].value == "ファイル"
    assert any(row[0] == "broken.pdf" for row in sheet.iter_rows(min_row=2, values_only=True))


def test_path_traversal_in_a_zip_stays_in_the_workspace(client, tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("../../../../evil.txt", SYNTHETIC_PLAN.read_bytes())
        z.writestr("/etc/cron.d/evil.txt", SYNTHETIC_PLAN.read_bytes())
    upload(client, ("x.zip", buf.getvalue()))
    states = client.get("/status").json()
    assert {s["name"] for s in states} == {"evil.txt"}
    assert all(s["status"] == "done" for s in states)
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert written and all(client.data_dir in p.parents for p in written)
    assert not (tmp_path / "evil.txt").exists() and not Path("/etc/cron.d/evil.txt").exists()


def test_oversized_upload_is_refused_with_a_message(client):
    r = client.post("/upload", files=[("files", ("big.txt", b"x" * 2_100_000))])
    assert r.status_code == 413 and "上限" in r.text
    assert client.get("/status").json() == []


def test_non_plan_and_corrupt_pdf_get_a_message_not_a_trace(client):
    upload(client, ("memo.txt", "今日の会議のメモです。\n特に決まったことはありません。\n".encode()),
           ("broken.pdf", b"%PDF-1.4\n" + b"\x00garbage" * 50 + b"\n%%EOF\n"))
    states = {s["name"]: s for s in client.get("/status").json()}
    assert states["memo.txt"]["status"] == "error" and "計画" in states["memo.txt"]["error"]
    assert states["broken.pdf"]["status"] == "error" and "PDF" in states["broken.pdf"]["error"]
    page = client.get("/").text
    assert "Traceback" not in page and "読めません" in page


def test_unknown_document_and_hostile_ids_are_not_found(client):
    for path in ("/doc/../../etc/passwd/0", "/doc/AAAAAAAAAAAAAAAAAAAAAAAA/0", "/doc/x/0/download/exe",
                 "/batch/..%2f..%2f"):
        r = client.get(path)
        assert r.status_code == 404, path
        assert "Traceback" not in r.text


def test_values_from_a_document_are_escaped(client):
    hostile = json.loads(client.get("/status").text or "[]")  # empty workspace
    assert hostile == []
    text = SYNTHETIC_PLAN.read_text(encoding="utf-8")
    name = '<img src=x onerror=alert(1)>.txt'
    [entry] = upload(client, (name, text.encode()))
    page = client.get("/").text
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;.txt" in page
    assert entry


def test_a_token_is_required_when_one_is_set(tmp_path):
    app = create_app(tmp_path / "data", token="s3cret-token", nlp=False)
    with TestClient(app) as c:
        assert c.get("/").status_code == 403
        assert c.get("/?token=wrong").status_code == 403
        ok = c.get("/?token=s3cret-token")
        assert ok.status_code == 200
        assert c.get("/").status_code == 200  # the token is kept in a cookie after the first visit


def test_each_browser_gets_its_own_workspace(tmp_path):
    app = create_app(tmp_path / "data", nlp=False)
    with TestClient(app) as a, TestClient(app) as b:
        upload(a, ("midorigawa.txt", SYNTHETIC_PLAN.read_bytes()))
        assert len(a.get("/status").json()) == 1
        assert b.get("/status").json() == []


def test_delete_removes_the_files(client):
    [entry] = upload(client, ("midorigawa.txt", SYNTHETIC_PLAN.read_bytes()))
    assert any(client.data_dir.rglob("source.bin"))
    client.post(f"/delete/{entry}")
    assert client.get("/status").json() == []
    assert not any(client.data_dir.rglob("source.bin"))


def test_serve_refuses_to_start_open_to_the_network_without_a_token(monkeypatch):
    from hattatsu.serve import is_loopback

    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.0.2.10")


def test_every_html_page_shares_one_layout(client, tmp_path):
    """The web pages, check's HTML report and the committee report extend one base layout."""
    from hattatsu.check import Selection, check_paths
    from hattatsu.extract import read_documents
    from hattatsu.report import render_html, render_report

    head = (ROOT_LAYOUT.read_text(encoding="utf-8").split("<title>")[0]).strip()
    page = client.get("/").text
    check_page = render_html(check_paths([SYNTHETIC_PLAN], Selection(), ReadOptions(nlp=False), jobs=1))
    committee = render_report([d for d in read_documents(EVALUATION, ReadOptions(nlp=False))])
    for html in (page, check_page, committee):
        assert html.startswith(head)


def test_uploaded_yaml_is_loaded_with_the_file_limits(client):
    """An uploaded YAML goes through the same bounded loader as a file: an alias bomb is refused."""
    lines = ['a0: &a0 ["x"]'] + [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    upload(client, ("bomb.yaml", "\n".join(lines).encode()))
    [state] = client.get("/status").json()
    assert state["status"] == "error" and "別名" in state["error"]


def test_a_number_no_plan_holds_is_refused_on_its_field(client):
    """The model's own limit (±10^15) is what the form enforces, with its message on the field."""
    [entry] = upload(client, ("midorigawa.txt", SYNTHETIC_PLAN.read_bytes()))
    doc = client.get(f"/doc/{entry}/0/download/json").json()
    field = next(f"items[{i}].targets[{j}].values.{y}" for i, item in enumerate(doc["items"])
                 for j, t in enumerate(item["targets"]) for y in t["values"])
    r = client.post(f"/doc/{entry}/0/edit", data={field: "1" + "0" * 17})
    assert r.status_code == 422 and "数値が大きすぎます" in r.text
    assert client.get(f"/doc/{entry}/0/download/json").json() == doc
