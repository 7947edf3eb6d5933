"""`hattatsu serve` in a real browser (Debian's chromium driven by Playwright): the pages a
chamber's staff and a reviewer use, with screenshots to look at: in the system's temporary
folder (hattatsu-screenshots/), or where HATTATSU_SCREENSHOTS says — the README's are refreshed
with ``HATTATSU_SCREENSHOTS=docs/screenshots python -m pytest tests/test_serve_browser.py``
(a test run leaves the checkout as it was)."""

from __future__ import annotations

import io
import os
import shutil
import socket
import tempfile
import threading
import time
import zipfile
from pathlib import Path

import pytest

from tests.conftest import SYNTHETIC_PLAN

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SHOTS = Path(os.environ.get("HATTATSU_SCREENSHOTS") or Path(tempfile.gettempdir()) / "hattatsu-screenshots")
pytestmark = [
    pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the dev extra")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from hattatsu.serve import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(tmp_path_factory.mktemp("serve-data"), nlp=False)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 900}, locale="ja-JP", accept_downloads=True)
    pg = context.new_page()
    yield pg
    context.close()


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


def open_file(page, server: str, path: Path) -> None:
    page.goto(server + "/")
    page.set_input_files("#files", str(path))  # the page sends it at once, with a progress bar
    page.wait_for_selector("tr[data-status='done'], tr[data-status='error']", timeout=120_000)


def test_open_a_text_plan_and_point_at_a_value(page, server):
    open_file(page, server, SYNTHETIC_PLAN)
    shot(page, "open")
    page.click("text=計画を開く")
    page.wait_for_selector("#source-lines")
    row = page.locator("table.targets tr.located").first
    row.click()
    hit = page.locator("#source-lines li.hit")
    assert hit.count() == 1
    indicator = row.locator("th").inner_text().split("（")[0].strip()[:6]
    assert indicator and indicator in hit.inner_text()  # the marked source line holds the row's name
    shot(page, "plan-text")


def test_open_a_pdf_plan_and_see_the_value_marked_on_its_page(page, server, built_pdf, tmp_path):
    pdf = tmp_path / "midorigawa.pdf"
    pdf.write_bytes(built_pdf[SYNTHETIC_PLAN.stem].read_bytes())
    open_file(page, server, pdf)
    page.locator("tr[data-status='done'] >> text=計画を開く").last.click()
    page.wait_for_selector("#page-image")
    row = page.locator("table.targets tr.located").first
    with page.expect_response(lambda r: "/page/" in r.url and "find=" in r.url) as info:
        row.click()
    response = info.value
    assert response.status == 200 and response.headers["content-type"] == "image/png"
    page.wait_for_function("document.getElementById('page-image').complete")
    expected_page = row.get_attribute("data-page")
    assert f"/page/{expected_page}.png" in page.locator("#page-image").get_attribute("src")
    from PIL import Image

    image = Image.open(io.BytesIO(response.body())).convert("RGB")
    rgb = image.tobytes()  # r, g, b bytes per pixel (getdata is deprecated in Pillow 13)
    red = sum(1 for i in range(0, len(rgb), 3) if rgb[i] > 200 and rgb[i + 1] < 80 and rgb[i + 2] < 80)
    assert red > 50  # the frame drawn around the row's text on the page
    shot(page, "plan-pdf")


def test_edit_a_target_and_see_the_finding_then_download_word(page, server, tmp_path):
    open_file(page, server, SYNTHETIC_PLAN)
    page.locator("tr[data-status='done'] >> text=計画を開く").first.click()
    page.click("nav.tabs >> text=修正")
    first = page.locator("table.edit-table input.num[name*='.values.']").first
    name = first.get_attribute("name")
    first.fill("たくさん")
    page.click("text=保存して検査 >> nth=0")
    assert page.locator(f"input[name='{name}']").input_value() == "たくさん"
    assert "数値を入力してください" in page.locator(".has-problem .problem").first.inner_text()
    shot(page, "edit-problem")
    page.locator(f"input[name='{name}']").fill("")
    page.click("text=保存して検査 >> nth=0")
    page.wait_for_selector(".banner.good")
    page.click("text=検査結果を見る")
    assert page.locator("table.findings").count() == 1
    assert "数値のない年度" in page.locator("table.findings").inner_text()
    shot(page, "findings")
    with page.expect_download() as dl:
        page.click(".downloads >> text=Word")
    saved = tmp_path / "plan.docx"
    dl.value.save_as(saved)
    from hattatsu.extract import ReadOptions, extract_file

    [plan] = extract_file(saved, ReadOptions(nlp=False))
    assert plan.summary.implementers[0].name == "みどり川町商工会"


def test_batch_check_a_zip_with_a_broken_file(page, server, tmp_path):
    archive = tmp_path / "plans.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("midorigawa.txt", SYNTHETIC_PLAN.read_bytes())
        z.writestr("broken.pdf", b"%PDF-1.7\nbroken\n%%EOF\n")
    page.goto(server + "/batch")
    page.set_input_files("#files", str(archive))
    page.wait_for_selector("table.batch[data-poll='0']", timeout=120_000)
    text = page.locator("table.batch").inner_text()
    assert "midorigawa.txt" in text and "broken.pdf" in text and "読めません" in text
    shot(page, "batch")
    with page.expect_download() as dl:
        page.click("text=指摘を CSV で")
    assert "broken.pdf" in Path(dl.value.path()).read_bytes().decode("utf-8-sig")
