"""The `hattatsu` command line: help texts and messages in Japanese, exit status 2 for any
input or output that cannot be used (never a traceback), 1 only for error findings of check."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from .atomic import OutputError, refuse_outputs, write_atomic
from .cli_japanese import CONTEXT, FiscalYear, Main, fail, option, usage
from .errors import DataError, HattatsuError, InputError, internal_error
from .serialize import dumps, schema


def _write(path: Path, data: bytes | str, force: bool) -> None:
    """Write an output, or exit 2 with the reason (exists, read-only folder …)."""
    try:
        write_atomic(path, data, overwrite=force)
    except OutputError as e:
        fail(str(e))
        sys.exit(2)


def _refuse(outputs: list[Path], inputs: list[Path], force: bool) -> None:
    """Exit 2, before any work, when an output is an input, or exists and --force was not given."""
    try:
        refuse_outputs(outputs, inputs, force)
    except OutputError as e:
        fail(str(e))
        sys.exit(2)


INPUT = click.Path(path_type=Path, readable=False)  # unreadable files are one failed file, not a usage error
OUTPUT = click.Path(path_type=Path)
FORCE_HELP = "出力先にファイルがあっても上書きします（入力ファイルはどの場合も上書きしません）。"
MAX_PAGES_HELP = "これより多いページの PDF は読みません（長すぎる・壊れた PDF から守るため）。"
NO_NLP_HELP = "日本語の言語モデル（GiNZA）を使わず、規則だけで読みます（速い）。"
PASSWORD_HELP = "暗号化された PDF を開くパスワード。"


@click.group(cls=Main, context_settings=CONTEXT)
@click.version_option(package_name="hattatsu", help="版を表示して終了します。", message="%(prog)s %(version)s")
def main() -> None:
    """経営発達支援計画（商工会・商工会議所）の道具です。

    \b
    計画と評価委員会報告を読み取り（extract）、点検し（check）、様式の Word を作り（generate）、
    次期計画を下書きし（draft）、実績を一覧にし（report）、データセットに書き出します（export）。
    ブラウザの画面もあります（serve）。

    \b
    終了状態: 0 問題なし、1 check がエラーの指摘を見つけた、2 読めない入力・書けない出力・使い方の誤り。
    各コマンドの説明: hattatsu コマンド -h
    """


@main.command(short_help="計画・評価報告（テキスト・PDF・Word）を JSON/YAML に読み取ります。")
@click.argument("files", metavar="ファイル...", nargs=-1, required=True, type=INPUT)
@option("-o", "--output", type=click.Path(), metavar="FILE|DIR",  # a str: Path() would drop a final /
        help="出力先。入力が 1 つならファイル（OUT.json）、あるフォルダか / で終わる名前ならフォルダ"
             "（文書ごとに 1 ファイル）。入力が複数のときはフォルダだけです。省略すると標準出力。")
@option("--format", "fmt", type=click.Choice(["json", "yaml"]), default="json", show_default=True,
        help="出力の形式（format）: json か yaml。")
@option("--password", metavar="PASSWORD", help=PASSWORD_HELP)
@option("--max-pages", type=click.IntRange(min=1), default=300, show_default=True, metavar="N",
        help=MAX_PAGES_HELP)
@option("--no-nlp", is_flag=True, help=NO_NLP_HELP)
@option("--force", is_flag=True, help=FORCE_HELP)
def extract(files: tuple[Path, ...], output: str | None, fmt: str, password: str | None, max_pages: int,
            no_nlp: bool, force: bool) -> None:
    """経営発達支援計画と評価委員会報告（テキスト・PDF・Word）を契約の JSON/YAML に読み取ります。

    \b
    -o の規則: 入力が 1 つなら -o はファイル名です（フォルダがあればその中へ）。
    入力が複数なら -o はフォルダ（なければ作ります）で、NAME.json、両方を含むファイルは
    NAME.plan.json と NAME.evaluation.json を書きます。入力が複数で -o が .json/.yaml の
    ファイル名なら使い方の誤りです。既存のファイルは --force がなければ上書きせず、
    入力ファイルと同じ出力は常に断ります。

    \b
    終了状態: 0 すべて読めた、2 読めないファイルがあった（ほかのファイルは読んで書き出します）
    または使い方の誤り・書けない出力。
    """
    from .extract import extract_file  # the extractor loads only on this path
    from .extract.readers import PdfAccess, ReadOptions

    options = ReadOptions(nlp=not no_nlp, pdf=PdfAccess(password=password, max_pages=max_pages))
    to_dir = _output_is_folder(output, len(files))
    out = Path(output) if output is not None else None
    if out is not None and not to_dir:
        _refuse([out], list(files), force)
    stems = [f.stem for f in files]
    failed = 0
    chunks: list[str] = []
    for f in files:
        try:
            docs = extract_file(f, options)
            if out is None:
                chunks.append(dumps(docs if len(docs) > 1 else docs[0], fmt))
            elif to_dir:
                base = f.name if stems.count(f.stem) > 1 else f.stem  # plan.txt and plan.pdf side by side
                outs = [(out / f"{base}{f'.{d.kind}' if len(docs) > 1 else ''}.{fmt}", d) for d in docs]
                refuse_outputs([t for t, _ in outs], files, force)
                for target, d in outs:
                    write_atomic(target, dumps(d, fmt), overwrite=force)
            else:
                write_atomic(out, dumps(docs if len(docs) > 1 else docs[0], fmt), overwrite=force)
        except HattatsuError as e:
            fail(str(e))
            failed += 1
        except Exception as e:  # one file must not stop a batch: report it and go on
            if os.environ.get("HATTATSU_DEBUG"):
                raise
            fail(f"{f}: {internal_error(e)}")
            failed += 1
    if chunks:
        sys.stdout.write(("---\n" if fmt == "yaml" else "").join(chunks))
    if failed:
        sys.exit(2)


def _output_is_folder(name: str | None, inputs: int) -> bool:
    """extract's -o: a folder when it is one or ends in /, or when several inputs are given;
    several inputs and a file (or a file-like name such as out.json) is a usage error."""
    if name is None:
        return False
    output = Path(name)
    if output.is_dir() or name.endswith(("/", os.sep)):
        return True
    if inputs == 1:
        return False
    if output.exists():
        usage(f"-o {output}: フォルダではありません（入力が複数のときは -o にフォルダを指定します）")
    from .extract import DATA_SUFFIXES as data_suffixes

    if output.suffix.lower() in data_suffixes:
        usage(f"-o {output}: 入力が複数のときは -o にフォルダを指定します（{output.suffix} のファイル名は使えません。"
               "フォルダとして作るなら末尾に / を付けてください）")
    return True


@main.command(short_help="計画・評価報告を規則で点検し、指摘を報告します。")
@click.argument("paths", metavar="パス...", nargs=-1, required=True, type=INPUT)
@option("--format", "fmt", type=click.Choice(["text", "json", "csv", "html"]), default="text",
        show_default=True, help="報告の形式（format）: text、json、csv（Excel 用 BOM 付き）、html。")
@option("-o", "--output", type=OUTPUT, metavar="FILE",
        help="報告を書くファイル（フォルダは不可）。省略すると標準出力。")
@option("-j", "--jobs", type=click.IntRange(min=1), metavar="N",
        help="並行して点検するファイル数（既定: CPU のコア数）。")
@option("--select", multiple=True, metavar="RULE",
        help="この規則だけを使います（繰り返し可。ALL ですべて）。規則の一覧: hattatsu rules")
@option("--ignore", multiple=True, metavar="RULE", help="この規則を使いません（繰り返し可）。")
@option("--password", metavar="PASSWORD", help=PASSWORD_HELP)
@option("--max-pages", type=click.IntRange(min=1), default=300, show_default=True, metavar="N",
        help=MAX_PAGES_HELP)
@option("--plan", "plan_path", type=INPUT, metavar="PLAN",
        help="評価報告の目標と照らし合わせる計画（計画のファイルか、その JSON/YAML）。")
@option("--no-nlp", is_flag=True, help=NO_NLP_HELP)
@option("--force", is_flag=True, help=FORCE_HELP)
def check(paths: tuple[Path, ...], fmt: str, output: Path | None, jobs: int | None, select: tuple[str, ...],
          ignore: tuple[str, ...], password: str | None, max_pages: int, plan_path: Path | None,
          no_nlp: bool, force: bool) -> None:
    """パス（ファイルかフォルダ）の計画と評価委員会報告を点検し、指摘を報告します。

    \b
    フォルダは下の階層まで .txt・.md・.pdf・.docx を探します（隠しフォルダと build・dist・
    *.egg-info・venv・node_modules などは探しません）。.json/.yaml は名前を指定したときに読みます。
    フォルダで見つけた計画でないファイル（README など）は飛ばします。
    規則の設定: pyproject.toml の [tool.hattatsu] か hattatsu.toml。
    -o はファイル名です。既存のファイルは --force がなければ上書きせず、入力と同じ出力は常に断ります。

    \b
    終了状態: 0 エラーの指摘なし、1 エラーの指摘あり、2 読めないファイルがあった
    （ほかのファイルは点検します）または使い方の誤り・書けない出力。
    """
    from .check import check_paths, find_config, load_selection
    from .extract.readers import PdfAccess, ReadOptions

    options = ReadOptions(nlp=not no_nlp, pdf=PdfAccess(password=password, max_pages=max_pages))
    inputs = list(paths) + ([plan_path] if plan_path else [])
    if output:
        _refuse([output], inputs, force)
    try:
        selection = load_selection(find_config(paths[0])).merged(select, ignore)
        plan = _read_plan(plan_path, options) if plan_path else None
    except HattatsuError as e:
        fail(str(e))
        sys.exit(2)
    report = check_paths(list(paths), selection, options, jobs, plan=plan)
    for f in report.files:
        if f.error:
            fail(f"{f.path}: {f.error}")
    data: str | bytes
    if fmt == "json":
        data = report.model_dump_json(indent=2) + "\n"
    elif fmt == "csv":
        from .report import render_csv

        data = render_csv(report)
    elif fmt == "html":
        from .report import render_html

        data = render_html(report)
    else:
        from .report import render_text

        data = render_text(report)
    if output:
        _refuse([output], [Path(f.path) for f in report.files], force=True)  # a file found in a folder
        _write(output, data, force)
    elif isinstance(data, bytes):
        sys.stdout.buffer.write(data)
    else:
        sys.stdout.write(data)
    sys.exit(report.exit_status)


GENERATED = {".docx": "Word", ".pdf": "PDF"}


@main.command(short_help="計画の JSON/YAML から様式（概要・別表1～4）の Word か PDF を作ります。")
@click.argument("data", metavar="データ", type=INPUT)
@option("-o", "--output", type=OUTPUT, required=True, metavar="OUT.docx|OUT.pdf",
        help="書き出すファイル。拡張子で形式が決まります: .docx は Word、.pdf は PDF（LibreOffice で印刷）。")
@option("--template", "template_dir", type=click.Path(path_type=Path, file_okay=False, exists=True), metavar="DIR",
        help="自前のテンプレートのフォルダ（summary.docx、beppyo1.docx … beppyo4.docx）。安全な環境で埋めます。")
@option("--pdf", is_flag=True, help="Word に加えて、同じ名前の .pdf も LibreOffice で書きます。")
@option("--force", is_flag=True, help=FORCE_HELP)
def generate(data: Path, output: Path, template_dir: Path | None, pdf: bool, force: bool) -> None:
    """計画のデータ（extract か draft が書いた JSON/YAML）から、様式の概要と別表1～4 を作ります。

    \b
    -o の拡張子で形式が決まります: OUT.docx は Word、OUT.pdf は PDF だけ（LibreOffice が必要）。
    --pdf を付けると OUT.docx と OUT.pdf の両方を書きます。-o はファイル名です。
    既存のファイルは --force がなければ上書きせず、入力と同じ出力は常に断ります。

    \b
    終了状態: 0 書けた、2 データが契約に合わない・計画でない・書けない出力・使い方の誤り（何も書きません）。
    """
    suffix = output.suffix.lower()
    if suffix not in GENERATED:
        usage(f"-o {output}: 拡張子 {output.suffix or '（なし）'} の形式は作れません"
               "（.docx か .pdf を指定してください）")
    docx_out = output if suffix == ".docx" else None
    pdf_out = output.with_suffix(".pdf") if (pdf or suffix == ".pdf") else None
    outputs = [p for p in (docx_out, pdf_out) if p is not None]
    templates = [p for p in template_dir.iterdir() if p.is_file()] if template_dir else []
    _refuse(outputs, [data, *templates], force)
    try:
        if pdf_out:
            from .generate.libreoffice import require

            require()
        plan = load_plan_data(data)
        from .model import Plan

        if not isinstance(plan, Plan):
            raise InputError(str(data), "評価委員会報告のデータです（様式は計画から作ります）。generate には"
                                        "計画のデータ（extract か draft が書いた JSON/YAML）を指定してください")
        from .generate import render_plan

        docx, warnings = render_plan(plan, template_dir)
    except DataError as e:
        fail(f"{e.path}: データが契約に合いません")
        for problem in e.problems:
            click.echo(f"  {problem}", err=True)
        sys.exit(2)
    except HattatsuError as e:
        fail(str(e))
        sys.exit(2)
    for w in warnings:
        fail(f"警告: {w}")
    printed: bytes | None = None
    if pdf_out:
        import tempfile

        from .generate.libreoffice import to_pdf

        with tempfile.TemporaryDirectory(prefix="hattatsu-") as tmp:
            draft = Path(tmp) / pdf_out.with_suffix(".docx").name
            draft.write_bytes(docx)
            try:
                printed = to_pdf(draft, Path(tmp)).read_bytes()
            except HattatsuError as e:
                fail(str(e))
                sys.exit(2)
    if docx_out:
        _write(docx_out, docx, force)
    if pdf_out and printed is not None:
        _write(pdf_out, printed, force)
    click.echo("\n".join(str(p) for p in outputs))


@main.command(short_help="計画（と評価報告）から次期 5 か年計画の下書きを YAML で作ります。")
@click.argument("plan_path", metavar="計画", type=INPUT)
@option("--evaluation", "evaluations", multiple=True, type=INPUT, metavar="EVAL",
        help="評価委員会報告（繰り返し可）。最新の実績を「現行」の値にします。")
@option("--start-fy", type=FiscalYear(), required=True, metavar="YEAR",
        help="新しい計画の最初の年度: 2031、R13、令和13、令和13年度 のどれでも（全角数字も可）。")
@option("-o", "--output", type=OUTPUT, required=True, metavar="NEW.yaml",
        help="書き出す YAML のファイル名（確かめる所にコメントが付きます）。")
@option("--force", is_flag=True, help=FORCE_HELP)
def draft(plan_path: Path, evaluations: tuple[Path, ...], start_fy: int, output: Path, force: bool) -> None:
    """計画（と評価委員会報告）から、次期 5 か年の計画の下書きをコメント付き YAML で作ります。

    \b
    計画は元のファイル（テキスト・PDF・Word）か、その JSON/YAML（文書 1 つだけ）です。
    -o はファイル名です。既存のファイルは --force がなければ上書きせず、入力と同じ出力は常に断ります。

    \b
    終了状態: 0 書けた、2 読めない入力・書けない出力・使い方の誤り（何も書きません）。
    """
    from .draft import draft_plan, dump_commented

    _refuse([output], [plan_path, *evaluations], force)
    try:
        plan = _read_plan(plan_path)
        reports = _read_evaluations(evaluations)
        new, comments = draft_plan(plan, reports, start_fy)
    except HattatsuError as e:
        fail(str(e))
        sys.exit(2)
    except ValueError as e:
        fail(f"{plan_path}: {e}")
        sys.exit(2)
    head = (f"# 経営発達支援計画の下書き（{start_fy}–{start_fy + 4} 年度）: {plan_path} から作成。\n"
            "# コメントの付いた項目を確かめてから hattatsu generate でWordにしてください。\n")
    _write(output, head + dump_commented(new.model_dump(mode="json"), comments), force)
    click.echo(str(output))


@main.command(short_help="評価報告の目標と実績を、項目・年度ごとの HTML 1 ページにします。")
@click.argument("evaluations", metavar="評価報告...", nargs=-1, required=True, type=INPUT)
@option("--plan", "plan_path", type=INPUT, metavar="PLAN",
        help="目標を並べて示す計画（計画のファイルか、その JSON/YAML）。")
@option("-o", "--output", type=OUTPUT, required=True, metavar="OUT.html", help="書き出す HTML のファイル名。")
@option("--force", is_flag=True, help=FORCE_HELP)
def report(evaluations: tuple[Path, ...], plan_path: Path | None, output: Path, force: bool) -> None:
    """評価委員会報告の目標と実績を、項目・年度ごとにグラフ付きの HTML 1 ページにします（委員会向け）。

    \b
    -o はファイル名です。既存のファイルは --force がなければ上書きせず、入力と同じ出力は常に断ります。

    \b
    終了状態: 0 書けた、2 読めない入力・書けない出力・使い方の誤り（何も書きません）。
    """
    from .report import render_report

    _refuse([output], [*evaluations, *([plan_path] if plan_path else [])], force)
    try:
        reports = _read_evaluations(evaluations)
        plan = _read_plan(plan_path) if plan_path else None
    except HattatsuError as e:
        fail(str(e))
        sys.exit(2)
    _write(output, render_report(reports, plan), force)
    click.echo(str(output))


def _read_evaluations(paths: tuple[Path, ...]) -> list:
    """The evaluation reports in report files (text, PDF, Word) or their JSON/YAML."""
    from .extract import read_documents
    from .model import Evaluation

    reports = []
    for path in paths:
        found = [d for d in read_documents(path) if isinstance(d, Evaluation)]
        if not found:
            raise InputError(str(path), "評価報告が含まれていません")
        reports.extend(found)
    return reports


def _read_plan(path: Path, options=None):
    """The plan in a plan file (text, PDF, Word) or in extracted JSON/YAML."""
    from .extract import DATA_SUFFIXES as data_suffixes
    from .extract import read_documents
    from .model import Plan

    if path.suffix.lower() in data_suffixes:
        plan = load_plan_data(path)
    else:
        plan = next((d for d in read_documents(path, options) if isinstance(d, Plan)), None)
    if not isinstance(plan, Plan):
        raise InputError(str(path), "計画が含まれていません")
    return plan


def load_plan_data(path: Path):
    """The plan of a JSON/YAML (a plain document is taken as it is): several plans are refused,
    and other documents beside the plan (a report extracted with it) are named, never dropped
    silently."""
    from .serialize import load_document

    skipped: list[str] = []
    doc = load_document(path, kind="plan", single=True, skipped=skipped)
    if skipped:
        fail(f"警告: {path}: 計画のほかに入っている文書（{'、'.join(skipped)}）は使いません")
    return doc


@main.command("rules", short_help="check の規則の一覧（ID・重さ・節・様式の版・内容）を表示します。")
@option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
        help="一覧の形式（format）: text か json。")
def rules_cmd(fmt: str) -> None:
    """check の規則の一覧: ID、重さ（severity）、節、様式の版、何を確かめるか。"""
    from .check import RULES

    if fmt == "json":
        click.echo(json.dumps([{"rule": r.id, "severity": r.severity, "section": r.section, "kind": r.kind,
                                "description": r.description, "versions": list(r.versions)}
                               for r in RULES.values()], ensure_ascii=False, indent=2))
        return
    from .form_versions import FORM_VERSIONS
    from .normalize import display_width, pad
    from .sections import SEVERITY_NAMES, kind_name, section_name

    def versions(r) -> str:
        return "すべて" if len(r.versions) == len(FORM_VERSIONS) else "・".join(r.versions)

    rows = [("ルール", "重要度", "文書", "箇所", "様式の版", "内容")] + [
        (r.id, SEVERITY_NAMES[r.severity], kind_name(r.kind), section_name(r.section), versions(r), r.description)
        for r in RULES.values()]
    widths = [max(display_width(row[i]) for row in rows) for i in range(5)]
    for row in rows:
        click.echo("  ".join(pad(cell, w) for cell, w in zip(row, widths, strict=False)) + "  " + row[5])


@main.command("schema", short_help="計画か評価報告の JSON Schema を表示します。")
@click.argument("kind", metavar="[plan|evaluation]", type=click.Choice(["plan", "evaluation"]), default="plan")
def schema_cmd(kind: str) -> None:
    """計画（plan、既定）か評価委員会報告（evaluation）の JSON Schema を表示します。"""
    click.echo(json.dumps(schema(kind), ensure_ascii=False, indent=2))


# --- hattatsu export (issue 13): one self-contained block ---------------------------------

@main.command("export", short_help="計画と評価報告を 1 つのデータセット（Excel・SQLite・Parquet・CSV）に書き出します。")
@click.argument("paths", metavar="PATH...", nargs=-1, required=True, type=click.Path(path_type=Path))
@option("-o", "--output", type=click.Path(path_type=Path), required=True,
        help="書き出し先: OUT.xlsx（表ごとのシート）、OUT.sqlite（既存なら追加）、"
             "OUT.parquet / OUT.csv（表ごとのファイルを入れるフォルダ）。")
@option("--format", "fmt", metavar="FORMAT", help="形式を拡張子によらず指定（xlsx, sqlite, parquet, csv）。")
@option("--check", "with_check", is_flag=True, help="check の指摘も findings 表に入れる。")
@option("-j", "--jobs", type=click.IntRange(min=1), help="並行して読むファイル数（既定: 全コア）。")
@option("--force", is_flag=True, help="既存の出力を上書きする（SQLite は追加せずに作り直す）。")
@option("--password", help="暗号化された PDF を開くパスワード。")
@option("--max-pages", type=click.IntRange(min=1), default=300, show_default=True,
        help="これより長い PDF は読まない。")
@option("--no-nlp", is_flag=True, help="規則だけで読む（日本語 NLP モデルを読み込まない）。")
def export_cmd(paths: tuple[Path, ...], output: Path, fmt: str | None, with_check: bool, jobs: int | None,
               force: bool, password: str | None, max_pages: int, no_nlp: bool) -> None:
    """計画と評価報告を1つのデータセットに書き出す（Excel・SQLite・Parquet・CSV）。

    \b
    PATH: 計画・評価報告のファイル（テキスト・PDF・Word）、extract が書いた JSON/YAML、
          またはフォルダ（check と同じく中の計画を探す）。
    表:   documents, targets, funding, funding_sources, people, partners, evaluations,
          findings（--check のとき）。列の一覧は README の「hattatsu export」。
    既存の SQLite には追加し、同じファイル（内容のハッシュが同じ）の文書は置き換える。
    読めないファイルは理由を表示して飛ばし、ほかの文書を書き出したうえで終了コード 2。
    """
    from .export import format_of, formats, prepare_output, read_paths, write_dataset
    from .extract.readers import PdfAccess, ReadOptions

    fmt = fmt or format_of(output)
    if fmt not in formats():
        known = ", ".join(f"{name} ({' '.join(m.SUFFIXES)})" for name, m in formats().items())
        fail(f"{output}: 書き出す形式がわかりません（{known}。または --format）")
        sys.exit(2)
    try:
        prepare_output(output, fmt, force)  # refuse before reading anything
        selection = None
        if with_check:
            from .check import find_config, load_selection

            selection = load_selection(find_config(paths[0]))
    except FileExistsError:
        fail(f"{output}: すでにあります（上書きするには --force）")
        sys.exit(2)
    except InputError as e:
        fail(str(e))
        sys.exit(2)
    options = ReadOptions(nlp=not no_nlp, pdf=PdfAccess(password=password, max_pages=max_pages))
    dataset = read_paths(list(paths), options, jobs, selection)
    for line in dataset.errors:
        fail(line)
    for line in dataset.notes:
        fail(f"注意: {line}")
    if not dataset.documents:
        fail("読める計画・評価報告がないので、何も書き出しません")
        sys.exit(2)
    try:
        write_dataset(dataset, output, fmt, force)
    except FileExistsError:
        fail(f"{output}: すでにあります（上書きするには --force）")
        sys.exit(2)
    except (InputError, ValueError) as e:
        fail(str(e) if isinstance(e, InputError) else f"{output}: {e}")
        sys.exit(2)
    except OSError as e:  # a full disk, a folder without write permission: the previous output stays
        fail(f"{output}: 書き込めません（{e.strerror or e}）")
        sys.exit(2)
    counts = "、".join(f"{name} {len(rows)} 行" for name, rows in dataset.rows.items() if rows)
    click.echo(f"{output}: 文書 {dataset.documents} 件（{counts}）")
    if dataset.errors:
        sys.exit(2)


@main.command("serve", short_help="ブラウザで使う画面を起動します。")
@option("--host", default="127.0.0.1", show_default=True,
        help="待ち受けるアドレス。127.0.0.1 以外ではトークンが必要です。")
@option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="ポート番号。")
@option("--data", "data_dir", type=click.Path(path_type=Path, file_okay=False),
        help="作業場所のフォルダ（アップロードと読み取り結果を置きます）。既定: ~/.local/share/hattatsu")
@option("--token", help="アクセス用のトークン（127.0.0.1 以外で待ち受けるとき。省略すると作ります）。")
def serve_cmd(host: str, port: int, data_dir: Path | None, token: str | None) -> None:
    """ブラウザで使う画面を起動します（計画を開く・検査・修正・Word 出力・下書き・一括検査）。"""
    from .serve import default_data_dir, run

    run(host, port, data_dir or default_data_dir(), token, echo=click.echo)


if __name__ == "__main__":  # pragma: no cover
    main()
