"""Bad PDF and Word input: one clear line naming the file, exit status 2, nothing written,
the other files still processed."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from click.testing import CliRunner

from hattatsu.cli import main
from tests.build_documents import docx_to_pdf, scan_pdf
from tests.conftest import SYNTHETIC_PLAN


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def _refused(path, reason: str, *options, tmp_path) -> None:
    """The file is refused with a message naming it and the reason; the output is not written."""
    out = tmp_path / "out.json"
    r = run("extract", path, "-o", out, *options)
    assert r.exit_code == 2, r.output
    assert r.exception is None or isinstance(r.exception, SystemExit)
    [message] = r.stderr.strip().splitlines()
    assert message.startswith(f"hattatsu: {path}: ") and reason in message, message
    assert not out.exists()


@pytest.fixture(scope="module")
def encrypted_pdf(built_docx, tmp_path_factory):
    if not built_docx:
        pytest.skip("no synthetic plan")
    from shutil import which

    if not (which("soffice") or which("libreoffice")):
        pytest.skip("LibreOffice is not installed (.ci/run installs it)")
    return docx_to_pdf(next(iter(built_docx.values())), tmp_path_factory.mktemp("enc"), password="himitsu")


def test_encrypted_pdf_asks_for_a_password(encrypted_pdf, tmp_path):
    _refused(encrypted_pdf, "暗号化された PDF です（--password", tmp_path=tmp_path)
    _refused(encrypted_pdf, "パスワードが違います", "--password", "wrong", tmp_path=tmp_path)


def test_encrypted_pdf_opens_with_its_password(encrypted_pdf, tmp_path):
    out = tmp_path / "plan.json"
    r = run("extract", encrypted_pdf, "--password", "himitsu", "-o", out)
    assert r.exit_code == 0, r.output
    assert json.loads(out.read_text())["organization"]["legal_advisors"][0]["name"] == "山田 花子"


def test_scan_without_text_layer_says_ocr(tmp_path):
    _refused(scan_pdf(tmp_path / "scan.pdf"), "OCR をかけてください", tmp_path=tmp_path)


def test_truncated_pdf(built_pdf, tmp_path):
    data = next(iter(built_pdf.values())).read_bytes()
    bad = tmp_path / "cut.pdf"
    bad.write_bytes(data[: len(data) // 2])
    _refused(bad, "途中で切れています", tmp_path=tmp_path)


def test_corrupt_pdf(tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\n1 0 obj <</Type/Catalog/Pages 9 0 R>> endobj\ngarbage\n%%EOF\n")
    _refused(bad, "PDF", tmp_path=tmp_path)


def test_pdf_over_the_page_limit(built_pdf, tmp_path):
    _refused(next(iter(built_pdf.values())), "上限 5 ページを超えています", "--max-pages", "5", tmp_path=tmp_path)


def test_truncated_docx(built_docx, tmp_path):
    data = next(iter(built_docx.values())).read_bytes()
    bad = tmp_path / "cut.docx"
    bad.write_bytes(data[: len(data) // 2])
    _refused(bad, "DOCX が壊れているか途中で切れています", tmp_path=tmp_path)


def _zip(path, files: dict[str, bytes]):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, body in files.items():
            z.writestr(name, body)
    path.write_bytes(buf.getvalue())
    return path


def test_renamed_zip_is_not_a_docx(tmp_path):
    bad = _zip(tmp_path / "plan.docx", {"readme.txt": b"hello"})
    _refused(bad, "Word 文書（.docx）ではない ZIP", tmp_path=tmp_path)


def test_renamed_excel_book_is_named(tmp_path):
    _refused(_zip(tmp_path / "plan.docx", {"xl/workbook.xml": b"<workbook/>"}), "Excel ブック", tmp_path=tmp_path)


def test_legacy_or_encrypted_word(tmp_path):
    bad = tmp_path / "plan.docx"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    _refused(bad, "旧形式（.doc）", tmp_path=tmp_path)


def test_entities_in_docx_xml_are_not_expanded(built_docx, tmp_path):
    src = next(iter(built_docx.values()))
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    xml = (f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY l0 "lol">{laughs}]>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           "<w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>").encode()
    files = {n: zipfile.ZipFile(src).read(n) for n in zipfile.ZipFile(src).namelist()}
    files["word/document.xml"] = xml
    bad = _zip(tmp_path / "laughs.docx", files)
    r = run("extract", bad)
    assert r.exit_code == 2 and "lol" not in r.output
    assert r.stderr.startswith(f"hattatsu: {bad}: ")


def test_other_files_are_still_processed(built_docx, tmp_path):
    word = next(iter(built_docx.values()))
    bad = tmp_path / "cut.docx"
    bad.write_bytes(word.read_bytes()[:1000])
    outdir = tmp_path / "out"
    outdir.mkdir()
    r = run("extract", bad, SYNTHETIC_PLAN, word, "-o", outdir)
    assert r.exit_code == 2
    # the text and the Word file share a stem: each keeps its own output
    assert sorted(p.name for p in outdir.iterdir()) == sorted([f"{SYNTHETIC_PLAN.name}.json", f"{word.name}.json"])
    assert r.stderr.strip() == f"hattatsu: {bad}: DOCX が壊れているか途中で切れています（ZIP として開けません）"


def test_an_existing_output_is_left_alone_on_failure(tmp_path):
    out = tmp_path / "out.json"
    out.write_text("previous")
    bad = tmp_path / "cut.pdf"
    bad.write_bytes(b"%PDF-1.4\n")
    assert run("extract", bad, "-o", out).exit_code == 2
    assert out.read_text() == "previous"
