"""Issue 15, the command line: nothing lost (no output over an input or over an existing file,
nothing written on failure), nothing crashes (one Japanese line, exit 2), help in Japanese.
Every test runs the real command as a user would."""

from __future__ import annotations

import errno
import os
import re
import shutil
import stat
import threading
import tomllib
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from hattatsu import atomic
from hattatsu.cli import main
from tests.conftest import CORPUS, ROOT, SYNTHETIC_PLAN

SYNTHETIC_EVALUATION = CORPUS / "midorigawa-society_evaluation_R9.txt"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def run(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env, prog_name="hattatsu")


def snapshot(*paths: Path) -> dict[Path, tuple[bytes, int]]:
    """The bytes and mtime of each file, to show nothing was changed."""
    return {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in paths}


def clean_refusal(r, *words: str) -> None:
    """Exit 2, one message naming the problem, no traceback."""
    assert r.exit_code == 2, r.output
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    assert "Traceback" not in r.output
    for w in words:
        assert w in r.stderr, r.stderr


@pytest.fixture(scope="module")
def plan_json(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("data") / "plan.json"
    assert run("extract", SYNTHETIC_PLAN, "--no-nlp", "-o", path).exit_code == 0
    return path


@pytest.fixture(scope="module")
def evaluation_json(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("data") / "evaluation.json"
    assert run("extract", SYNTHETIC_EVALUATION, "--no-nlp", "-o", path).exit_code == 0
    return path


def copy(src: Path, dest: Path) -> Path:
    shutil.copyfile(src, dest)
    return dest


# 1. No output over an input, none over an existing file without --force; check and rename one step

def test_extract_never_writes_over_its_input(tmp_path):
    plan = copy(SYNTHETIC_PLAN, tmp_path / "plan.txt")
    before = snapshot(plan)
    for extra in ([], ["--force"]):
        r = run("extract", plan, "--no-nlp", "-o", plan, *extra)
        clean_refusal(r, f"{plan}: 入力ファイルと同じです")
    # the same file by another name: a relative path through a sub folder
    (tmp_path / "sub").mkdir()
    r = run("extract", plan, "--no-nlp", "-o", tmp_path / "sub" / ".." / "plan.txt", "--force")
    clean_refusal(r, "入力ファイルと同じです")
    assert snapshot(plan) == before


def test_extract_into_a_folder_never_writes_over_an_input(tmp_path):
    """Format is told from content, so a plan may be named plan.json: -o its own folder would
    write plan.json over it."""
    plan = copy(SYNTHETIC_PLAN, tmp_path / "plan.json")
    other = copy(SYNTHETIC_PLAN, tmp_path / "other.txt")
    before = snapshot(plan)
    r = run("extract", plan, other, "--no-nlp", "-o", tmp_path, "--force")
    clean_refusal(r, f"{plan}: 入力ファイルと同じです")
    assert snapshot(plan) == before
    assert (tmp_path / "other.json").exists()  # the other file of the batch still written


def test_extract_and_check_keep_an_existing_output_unless_force(tmp_path):
    for command in (["extract", SYNTHETIC_PLAN, "--no-nlp"], ["check", SYNTHETIC_PLAN, "--no-nlp"]):
        out = tmp_path / "out.txt"
        out.write_text("mine", encoding="utf-8")
        before = snapshot(out)
        clean_refusal(run(*command, "-o", out), f"{out}: すでにあります（上書きするには --force）")
        assert snapshot(out) == before
        r = run(*command, "-o", out, "--force")
        assert r.exit_code in (0, 1), r.output
        assert out.read_text(encoding="utf-8") != "mine"
        out.unlink()


def test_extract_into_a_folder_keeps_existing_files_unless_force(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    kept = out / f"{SYNTHETIC_PLAN.stem}.json"
    kept.write_text("mine", encoding="utf-8")
    before = snapshot(kept)
    r = run("extract", SYNTHETIC_PLAN, SYNTHETIC_EVALUATION, "--no-nlp", "-o", out)
    clean_refusal(r, f"{kept}: すでにあります")
    assert snapshot(kept) == before
    assert (out / f"{SYNTHETIC_EVALUATION.stem}.json").exists()  # the other file goes on
    assert run("extract", SYNTHETIC_PLAN, "--no-nlp", "-o", out, "--force").exit_code == 0
    assert kept.read_text(encoding="utf-8").startswith("{")


def test_check_never_writes_its_report_over_a_file_it_checks(tmp_path):
    plan = copy(SYNTHETIC_PLAN, tmp_path / "plan.txt")
    before = snapshot(plan)
    clean_refusal(run("check", plan, "--no-nlp", "-o", plan, "--force"), "入力ファイルと同じです")
    # found in a folder rather than named
    clean_refusal(run("check", tmp_path, "--no-nlp", "-j", 1, "-o", plan, "--force"), "入力ファイルと同じです")
    # the plan given with --plan
    clean_refusal(run("check", SYNTHETIC_EVALUATION, "--no-nlp", "--plan", plan, "-o", plan, "--force"),
                  "入力ファイルと同じです")
    assert snapshot(plan) == before


def test_generate_draft_and_report_never_write_over_an_input(tmp_path, plan_json, evaluation_json):
    data = copy(plan_json, tmp_path / "plan.yaml")
    evaluation = copy(evaluation_json, tmp_path / "evaluation.json")
    templates = tmp_path / "tpl"
    templates.mkdir()
    import docx

    document = docx.Document()
    document.add_paragraph("{{ period.text }}")
    document.save(templates / "beppyo1.docx")
    before = snapshot(data, evaluation, templates / "beppyo1.docx")
    clean_refusal(run("generate", data, "--template", templates, "-o", templates / "beppyo1.docx", "--force"),
                  "入力ファイルと同じです")
    clean_refusal(run("draft", data, "--start-fy", 2032, "-o", data, "--force"), "入力ファイルと同じです")
    clean_refusal(run("draft", data, "--evaluation", evaluation, "--start-fy", 2032, "-o", evaluation, "--force"),
                  "入力ファイルと同じです")
    clean_refusal(run("report", evaluation, "-o", evaluation, "--force"), "入力ファイルと同じです")
    clean_refusal(run("report", evaluation, "--plan", data, "-o", data, "--force"), "入力ファイルと同じです")
    assert snapshot(data, evaluation, templates / "beppyo1.docx") == before


def test_a_name_taken_while_writing_is_not_overwritten(tmp_path, monkeypatch):
    """The existence check and the rename are one step: a file that appears after any early
    check (another run finishing first) is still not overwritten."""
    target = tmp_path / "out.json"
    target.write_text("the other run", encoding="utf-8")
    monkeypatch.setattr(atomic.os.path, "lexists", lambda p: False)  # as if checked before it appeared
    with pytest.raises(atomic.OutputError, match="すでにあります"):
        atomic.write_atomic(target, "this run", overwrite=False)
    assert target.read_text(encoding="utf-8") == "the other run"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temporary file left


def test_concurrent_writers_one_wins(tmp_path):
    target = tmp_path / "out.json"
    results: list[str] = []
    start = threading.Barrier(8)

    def write(n: int) -> None:
        start.wait()
        try:
            atomic.write_atomic(target, f"writer {n}" * 10000, overwrite=False)
            results.append(f"writer {n}")
        except atomic.OutputError:
            results.append("refused")

    threads = [threading.Thread(target=write, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    winners = [r for r in results if r != "refused"]
    assert len(winners) == 1 and target.read_text() == winners[0] * 10000
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_without_hard_links_the_name_is_still_claimed_once(tmp_path, monkeypatch):
    def no_links(src, dst):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(atomic.os, "link", no_links)
    target = tmp_path / "out.json"
    atomic.write_atomic(target, "first", overwrite=False)
    assert target.read_text() == "first"
    monkeypatch.setattr(atomic.os.path, "lexists", lambda p: False)
    with pytest.raises(atomic.OutputError, match="すでにあります"):
        atomic.write_atomic(target, "second", overwrite=False)
    assert target.read_text() == "first" and [p.name for p in tmp_path.iterdir()] == ["out.json"]


# 3. generate: the output's suffix decides the format

def test_generate_refuses_an_unknown_suffix(tmp_path, plan_json):
    for name in ("plan.odt", "plan", "plan.doc"):
        out = tmp_path / name
        clean_refusal(run("generate", plan_json, "-o", out), f"-o {out}: 拡張子", ".docx か .pdf")
        assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")),
                    reason="LibreOffice is not installed (.ci/run installs it)")
def test_generate_to_pdf_writes_only_the_pdf(tmp_path, plan_json):
    out = tmp_path / "plan.pdf"
    r = run("generate", plan_json, "-o", out)
    assert r.exit_code == 0, r.output
    assert out.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]


def test_generate_to_pdf_without_libreoffice_writes_nothing(tmp_path, plan_json, monkeypatch):
    from hattatsu.generate import libreoffice

    libreoffice.soffice.cache_clear()
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.setattr(libreoffice, "Path", lambda *a: tmp_path / "none")
    r = run("generate", plan_json, "-o", tmp_path / "plan.pdf")
    libreoffice.soffice.cache_clear()
    clean_refusal(r, "LibreOffice が見つかりません")
    assert list(tmp_path.iterdir()) == []


# 10. A read-only output folder: one Japanese line naming the path, exit 2

@pytest.fixture
def read_only(tmp_path, monkeypatch):
    """A folder nobody may write in. Root ignores permissions, so there the refusal the
    system would give everyone else is made for that folder."""
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    if IS_ROOT:
        real_mkstemp, real_mkdir = atomic.tempfile.mkstemp, Path.mkdir

        def mkstemp(*args, dir=None, **kwargs):
            if dir is not None and Path(dir).resolve().is_relative_to(folder.resolve()):
                raise PermissionError(errno.EACCES, "Permission denied", str(dir))
            return real_mkstemp(*args, dir=dir, **kwargs)

        def mkdir(self, *args, **kwargs):
            if self.resolve().is_relative_to(folder.resolve()) and not self.exists():
                raise PermissionError(errno.EACCES, "Permission denied", str(self))
            return real_mkdir(self, *args, **kwargs)

        monkeypatch.setattr(atomic.tempfile, "mkstemp", mkstemp)
        monkeypatch.setattr(Path, "mkdir", mkdir)
    yield folder
    folder.chmod(stat.S_IRWXU)


def test_read_only_folder_is_a_clean_refusal_for_every_command(read_only, plan_json, evaluation_json):
    written = "書き込めません（書き込む権限がありません"
    cases = [
        (["extract", SYNTHETIC_PLAN, "--no-nlp", "-o", read_only / "plan.json"], read_only / "plan.json"),
        (["extract", SYNTHETIC_PLAN, "--no-nlp", "-o", f"{read_only}/sub/"], read_only / "sub"),
        (["check", SYNTHETIC_PLAN, "--no-nlp", "-o", read_only / "report.txt"], read_only / "report.txt"),
        (["generate", plan_json, "-o", read_only / "plan.docx"], read_only / "plan.docx"),
        (["draft", plan_json, "--start-fy", 2032, "-o", read_only / "next.yaml"], read_only / "next.yaml"),
        (["report", evaluation_json, "-o", read_only / "report.html"], read_only / "report.html"),
    ]
    for args, path in cases:
        r = run(*args)
        clean_refusal(r, written)
        assert f"hattatsu: {path}" in r.stderr, r.stderr
    assert list(read_only.iterdir()) == []


# 13. generate given an evaluation report

def test_generate_given_an_evaluation_says_it_needs_a_plan(tmp_path, evaluation_json):
    out = tmp_path / "out.docx"
    clean_refusal(run("generate", evaluation_json, "-o", out), f"{evaluation_json}: 評価委員会報告のデータです",
                  "計画のデータ")
    assert not out.exists()


# 14. An unreadable file is one failed file: the others are still processed

@pytest.fixture
def locked(tmp_path, monkeypatch):
    """A plan nobody may read (chmod 000). Root reads it anyway, so there reading it is
    refused as the system refuses everyone else."""
    path = copy(SYNTHETIC_PLAN, tmp_path / "locked.txt")
    path.chmod(0)
    if IS_ROOT:
        real_access, real_read = os.access, Path.read_bytes
        monkeypatch.setattr(os, "access", lambda p, mode, *a, **k: False if Path(p) == path
                            else real_access(p, mode, *a, **k))

        def read_bytes(self):
            if self == path:
                raise PermissionError(errno.EACCES, "Permission denied", str(self))
            return real_read(self)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
    yield path
    path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_extract_goes_on_after_unreadable_files(tmp_path, locked):
    good = copy(SYNTHETIC_PLAN, tmp_path / "good.txt")
    good2 = copy(SYNTHETIC_EVALUATION, tmp_path / "good2.txt")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    out = tmp_path / "out"
    r = run("extract", good, locked, folder, tmp_path / "missing.txt", good2, "--no-nlp", "-o", out)
    clean_refusal(r, f"{locked}: 読み込めません（読む権限がありません）", f"{folder}: フォルダです",
                  "missing.txt: ファイルが見つかりません")
    assert sorted(p.name for p in out.iterdir()) == ["good.json", "good2.json"]


def test_check_goes_on_after_unreadable_files(tmp_path, locked):
    good = copy(SYNTHETIC_PLAN, tmp_path / "good.txt")
    r = run("check", good, locked, tmp_path / "missing.txt", "--no-nlp", "-j", 1, "--format", "json")
    clean_refusal(r, f"{locked}: 読み込めません（読む権限がありません）")
    import json

    files = {Path(f["path"]).name: f for f in json.loads(r.stdout)["files"]}
    assert files["good.txt"]["kind"] == "plan" and files["good.txt"]["error"] is None
    assert files["locked.txt"]["error"] and files["missing.txt"]["error"]


def test_check_reports_a_folder_it_cannot_open(tmp_path, monkeypatch):
    """A subfolder nobody may list is named with its reason, not skipped in silence; the
    plans beside it are still checked. Root lists it anyway, so there listing it is refused
    as the system refuses everyone else."""
    top = tmp_path / "plans"
    locked = top / "closed"
    locked.mkdir(parents=True)
    copy(SYNTHETIC_PLAN, top / "good.txt")
    copy(SYNTHETIC_PLAN, locked / "hidden.txt")
    locked.chmod(0)
    if IS_ROOT:
        real_scandir, real_access = os.scandir, os.access

        def scandir(path="."):
            if Path(path) == locked:
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real_scandir(path)

        monkeypatch.setattr(os, "scandir", scandir)
        monkeypatch.setattr(os, "access", lambda p, mode, *a, **k: False if Path(p) == locked
                            else real_access(p, mode, *a, **k))
    try:
        r = run("check", top, "--no-nlp", "-j", 1, "--format", "json")
    finally:
        locked.chmod(stat.S_IRWXU)
    clean_refusal(r, f"{locked}: フォルダを開けません（読む権限がありません）")
    import json

    files = {Path(f["path"]).name: f for f in json.loads(r.stdout)["files"]}
    assert set(files) == {"good.txt", "closed"}
    assert files["good.txt"]["kind"] == "plan" and files["good.txt"]["error"] is None
    assert files["closed"]["error"] == "フォルダを開けません（読む権限がありません）"


# 15. A document without plan or report content is not a plan; build folders are not searched

def test_a_readme_is_not_an_evaluation_report():
    readme = ROOT / "README.md"
    for command in ("extract", "check"):
        clean_refusal(run(command, readme, "--no-nlp"), f"{readme}: 経営発達支援計画でも評価委員会報告でもありません")


def test_words_of_a_report_without_its_parts_are_not_a_report(tmp_path):
    """The words a report uses (評価委員会, 実施状況, 経営発達支援) in a cover letter: no table,
    no grading, no members — not a report; the real report beside it still is."""
    letter = tmp_path / "letter.txt"
    letter.write_text("経営発達支援計画 評価委員会のご案内\n\n事業評価の実施状況をご報告します。\n"
                      "評価結果は追ってお送りします。\n", encoding="utf-8")
    clean_refusal(run("extract", letter, "--no-nlp"), "経営発達支援計画でも評価委員会報告でもありません")
    r = run("extract", SYNTHETIC_EVALUATION, "--no-nlp")
    assert r.exit_code == 0 and '"kind": "evaluation"' in r.stdout


def test_check_a_checkout_skips_build_and_hidden_folders(tmp_path):
    checkout = tmp_path / "checkout"
    for folder in ("plans", "build/lib", "dist", "hattatsu.egg-info", ".venv/lib", "venv", "node_modules/x",
                   "__pycache__", ".git"):
        (checkout / folder).mkdir(parents=True)
        copy(SYNTHETIC_PLAN, checkout / folder / "copy.txt")
    copy(SYNTHETIC_PLAN, checkout / "plans" / "plan.txt")
    (checkout / "plans" / "copy.txt").unlink()
    r = run("check", checkout, "--no-nlp", "-j", 1, "--format", "json")
    assert r.exit_code in (0, 1), r.output
    import json

    assert [Path(f["path"]).relative_to(checkout).as_posix() for f in json.loads(r.stdout)["files"]] == [
        "plans/plan.txt"]


# 16. Several inputs and a file-like -o

def test_several_inputs_and_a_file_name_is_a_usage_error(tmp_path):
    for name in ("single.json", "single.yaml", "single.YML"):
        out = tmp_path / name
        r = run("extract", SYNTHETIC_PLAN, SYNTHETIC_EVALUATION, "--no-nlp", "-o", out)
        clean_refusal(r, f"-o {out}: 入力が複数のときは -o にフォルダを指定します")
        assert not out.exists()
    existing = tmp_path / "existing"
    existing.write_text("mine")
    before = snapshot(existing)
    clean_refusal(run("extract", SYNTHETIC_PLAN, SYNTHETIC_EVALUATION, "--no-nlp", "-o", existing),
                  "フォルダではありません")
    assert snapshot(existing) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["existing"]
    # a name without a data suffix, or ending in /, is a folder to make
    for name in ("outdir", "out.json/"):
        r = run("extract", SYNTHETIC_PLAN, SYNTHETIC_EVALUATION, "--no-nlp", "-o", f"{tmp_path}/{name}")
        assert r.exit_code == 0, r.output
        assert len(list((tmp_path / name.rstrip("/")).iterdir())) == 2


# 18. Several documents in one YAML

def test_several_plans_in_one_yaml_are_refused_and_a_report_beside_the_plan_is_named(
        tmp_path, plan_json, evaluation_json):
    plan = yaml.safe_load(plan_json.read_text(encoding="utf-8"))
    evaluation = yaml.safe_load(evaluation_json.read_text(encoding="utf-8"))
    plans = tmp_path / "plans.yaml"
    plans.write_text(yaml.safe_dump_all([plan, evaluation, plan], allow_unicode=True), encoding="utf-8")
    out, drafted = tmp_path / "out.docx", tmp_path / "next.yaml"
    clean_refusal(run("generate", plans, "-o", out), f"{plans}: 3 つの文書（plan、evaluation、plan）", "決められません")
    clean_refusal(run("draft", plans, "--start-fy", 2032, "-o", drafted), "3 つの文書（plan、evaluation、plan）")
    assert not out.exists() and not drafted.exists()
    # what extract writes for a file holding a report and its plan: the plan is used, the report named
    both = tmp_path / "both.yaml"
    both.write_text(yaml.safe_dump_all([evaluation, plan], allow_unicode=True), encoding="utf-8")
    for r in (run("generate", both, "-o", out), run("draft", both, "--start-fy", 2032, "-o", drafted)):
        assert r.exit_code == 0, r.output
        assert f"警告: {both}: 計画のほかに入っている文書（evaluation）は使いません" in r.stderr
    assert out.exists() and drafted.exists()


# 19. Help in Japanese, command list whole, every option described

COMMANDS = sorted(main.commands)


def test_command_list_is_not_cut():
    r = run("--help")
    assert r.exit_code == 0
    listed = dict(re.findall(r"^  (\w+)\s{2,}(.+)$", r.stdout.split("コマンド:")[1], re.M))
    assert sorted(listed) == COMMANDS and {"extract", "check", "generate", "draft", "report"} <= set(listed)
    for name, text in listed.items():
        assert text == main.commands[name].short_help and text.endswith("。"), (name, text)
        assert "..." not in text


@pytest.mark.parametrize("command", COMMANDS)
def test_help_is_japanese_and_describes_every_option(command):
    r = run(command, "-h")
    assert r.exit_code == 0
    text = r.stdout
    assert text.startswith(f"使い方: hattatsu {command}")
    for english in ("Usage:", "Options:", "Show this message", "[default:", "[required]"):
        assert english not in text, english
    rows = re.findall(r"^  (-[^\n]*?)(?:\s{2,}(\S.*))?$", text.split("オプション:")[1], re.M)
    assert rows
    for spec, description in rows:
        assert description and re.search(r"[ぁ-んァ-ン一-龥]", description), spec
    if command in ("extract", "check", "generate", "draft", "report"):
        assert "終了状態: 0" in text and "2 " in text
        assert "-o" in text and ("フォルダ" in text or "ファイル名" in text)
    if command in ("extract", "check"):
        assert re.search(r"--format \S+\s+出力の形式|--format \S+\s+報告の形式", text)
        assert re.search(r"--max-pages N\s+これより多いページ", text)


def test_usage_errors_are_japanese():
    r = run("extract")
    clean_refusal(r, "ファイル... を指定してください")
    r = run("extract", SYNTHETIC_PLAN, "--bogus")
    clean_refusal(r, "--bogus というオプションはありません")
    assert "Error" not in r.stderr
    r = run("--bogus")
    clean_refusal(r, "hattatsu: --bogus というオプションはありません")
    assert "Error" not in r.stderr
    clean_refusal(run("nosuch"), "nosuch というコマンドはありません")


# 20. draft --start-fy as users write the year

@pytest.mark.parametrize("year", ["2031", "R13", "r13", "令和13", "令和13年度", "２０３１", "Ｒ１３", "令和１３年度"])
def test_start_fy_accepts_era_years(tmp_path, plan_json, year):
    out = tmp_path / "next.yaml"
    r = run("draft", plan_json, "--start-fy", year, "-o", out)
    assert r.exit_code == 0, r.output
    assert out.read_text(encoding="utf-8").startswith("# 経営発達支援計画の下書き（2031–2035 年度）")


@pytest.mark.parametrize("year", ["R13x", "令和", "13", "1999", "平成"])
def test_start_fy_refuses_others_in_japanese(tmp_path, plan_json, year):
    out = tmp_path / "next.yaml"
    r = run("draft", plan_json, "--start-fy", year, "-o", out)
    clean_refusal(r, "--start-fy の値が正しくありません", f"「{year}」")
    assert "Invalid value" not in r.stderr and not out.exists()


# Unexpected exceptions: 内部エラー for that file, the others go on, exit 2, never 1

@pytest.fixture
def crash_on_boom(monkeypatch):
    """Building the plan of any file named boom*.txt fails as a bug would."""
    from hattatsu.extract import api

    real = api.build_plan

    def build_plan(blocks, source, *args, **kwargs):
        if Path(source.path).name.startswith("boom"):
            raise ZeroDivisionError("division by zero")
        return real(blocks, source, *args, **kwargs)

    monkeypatch.setattr(api, "build_plan", build_plan)


def test_extract_reports_an_internal_error_and_goes_on(tmp_path, crash_on_boom):
    boom = copy(SYNTHETIC_PLAN, tmp_path / "boom.txt")
    out = tmp_path / "out"
    r = run("extract", boom, SYNTHETIC_PLAN, "--no-nlp", "-o", out)
    clean_refusal(r, f"{boom}: 内部エラー（ZeroDivisionError: division by zero）", "報告してください")
    assert [p.name for p in out.iterdir()] == [f"{SYNTHETIC_PLAN.stem}.json"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_check_reports_an_internal_error_and_goes_on(tmp_path, crash_on_boom, jobs):
    copy(SYNTHETIC_PLAN, tmp_path / "boom.txt")
    copy(SYNTHETIC_PLAN, tmp_path / "plan.txt")
    r = run("check", tmp_path, "--no-nlp", "-j", jobs, "--format", "json")
    clean_refusal(r, "boom.txt: 内部エラー（ZeroDivisionError")
    import json

    files = {Path(f["path"]).name: f for f in json.loads(r.stdout)["files"]}
    assert files["plan.txt"]["kind"] == "plan" and files["boom.txt"]["error"].startswith("内部エラー")


def test_an_uncaught_exception_is_one_line_unless_debugging(tmp_path, plan_json, monkeypatch):
    import hattatsu.generate

    def render_plan(*args, **kwargs):
        raise KeyError("beppyo9")

    monkeypatch.setattr(hattatsu.generate, "render_plan", render_plan)
    out = tmp_path / "out.docx"
    r = run("generate", plan_json, "-o", out, env={"HATTATSU_DEBUG": ""})
    clean_refusal(r, "hattatsu: 内部エラー（KeyError: 'beppyo9'）", "HATTATSU_DEBUG=1")
    assert len(r.stderr.strip().splitlines()) == 1 and not out.exists()
    r = run("generate", plan_json, "-o", out, env={"HATTATSU_DEBUG": "1"})
    assert isinstance(r.exception, KeyError)  # developers get the traceback


# 24. Packaging and the README

def test_license_is_an_spdx_expression():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["license"] == "MIT"
    assert any(re.fullmatch(r"setuptools>=(7[7-9]|[89]\d)", r) for r in project["build-system"]["requires"])


def test_readme_test_block_activates_the_venv_first():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"Tests.*?```sh\n(.*?)```", readme, re.S).group(1)
    lines = block.strip().splitlines()
    activate = next(i for i, ln in enumerate(lines) if ". .venv/bin/activate" in ln or "source .venv" in ln)
    assert activate < next(i for i, ln in enumerate(lines) if "pytest" in ln)
