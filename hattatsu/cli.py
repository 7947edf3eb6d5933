"""The `hattatsu` command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .atomic import write_atomic
from .errors import DataError, HattatsuError, InputError
from .serialize import dumps, schema


def _fail(msg: str) -> None:
    click.echo(f"hattatsu: {msg}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="hattatsu")
def main() -> None:
    """経営発達支援計画 toolkit: extract, check and generate plan submissions."""


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Output file (one input) or directory (one file per document).")
@click.option("--format", "fmt", type=click.Choice(["json", "yaml"]), default="json", show_default=True)
@click.option("--password", help="Password that opens encrypted PDFs.")
@click.option("--max-pages", type=click.IntRange(min=1), default=300, show_default=True,
              help="Refuse PDFs with more pages than this.")
@click.option("--no-nlp", is_flag=True, help="Rules only: do not load the Japanese NLP model.")
def extract(files: tuple[Path, ...], output: Path | None, fmt: str, password: str | None, max_pages: int,
            no_nlp: bool) -> None:
    """Read plans and evaluation reports (text, PDF, Word) into contract JSON/YAML."""
    from .extract import extract_file  # the extractor loads only on this path
    from .extract.readers import PdfAccess, ReadOptions

    options = ReadOptions(nlp=not no_nlp, pdf=PdfAccess(password=password, max_pages=max_pages))

    to_dir = output is not None and (output.is_dir() or len(files) > 1 or str(output).endswith(("/", "\\")))
    stems = [f.stem for f in files]
    failed = 0
    chunks: list[str] = []
    for f in files:
        try:
            docs = extract_file(f, options)
        except HattatsuError as e:
            _fail(str(e))
            failed += 1
            continue
        if output is None:
            chunks.append(dumps(docs if len(docs) > 1 else docs[0], fmt))
        elif to_dir:
            base = f.name if stems.count(f.stem) > 1 else f.stem  # plan.txt and plan.pdf side by side
            for d in docs:
                suffix = f".{d.kind}" if len(docs) > 1 else ""
                write_atomic(output / f"{base}{suffix}.{fmt}", dumps(d, fmt))
        else:
            write_atomic(output, dumps(docs if len(docs) > 1 else docs[0], fmt))
    if chunks:
        sys.stdout.write(("---\n" if fmt == "yaml" else "").join(chunks))
    if failed:
        sys.exit(2)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "csv", "html"]), default="text",
              show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help="Write the report here.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Files checked in parallel (default: all cores).")
@click.option("--select", multiple=True, metavar="RULE", help="Run only these rules (repeatable; ALL for all).")
@click.option("--ignore", multiple=True, metavar="RULE", help="Skip these rules (repeatable).")
@click.option("--password", help="Password that opens encrypted PDFs.")
@click.option("--max-pages", type=click.IntRange(min=1), default=300, show_default=True)
@click.option("--plan", "plan_path", type=click.Path(path_type=Path),
              help="The plan that evaluation reports are compared with (plan file or its JSON/YAML).")
@click.option("--no-nlp", is_flag=True, help="Rules only: do not load the Japanese NLP model.")
def check(paths: tuple[Path, ...], fmt: str, output: Path | None, jobs: int | None, select: tuple[str, ...],
          ignore: tuple[str, ...], password: str | None, max_pages: int, plan_path: Path | None,
          no_nlp: bool) -> None:
    """Check plans under PATHs (folders searched for .txt, .md, .pdf, .docx) and report findings.

    Exit status: 0 no error finding, 1 an error finding, 2 a file that could not be read.
    Rules are configured by [tool.hattatsu] in pyproject.toml or by hattatsu.toml.
    """
    from .check import check_paths, find_config, load_selection
    from .extract.readers import PdfAccess, ReadOptions

    options = ReadOptions(nlp=not no_nlp, pdf=PdfAccess(password=password, max_pages=max_pages))
    try:
        selection = load_selection(find_config(paths[0])).merged(select, ignore)
        plan = _read_plan(plan_path, options) if plan_path else None
    except HattatsuError as e:
        _fail(str(e))
        sys.exit(2)
    report = check_paths(list(paths), selection, options, jobs, plan=plan)
    for f in report.files:
        if f.error:
            _fail(f"{f.path}: {f.error}")
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
        write_atomic(output, data)
    elif isinstance(data, bytes):
        sys.stdout.buffer.write(data)
    else:
        sys.stdout.write(data)
    sys.exit(report.exit_status)


@main.command()
@click.argument("data", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), required=True,
              help="The Word file to write (OUT.docx).")
@click.option("--template", "template_dir", type=click.Path(path_type=Path, file_okay=False, exists=True),
              help="Folder of your own templates (summary.docx, beppyo1.docx … beppyo4.docx), rendered sandboxed.")
@click.option("--pdf", is_flag=True, help="Also write OUT.pdf with LibreOffice.")
@click.option("--force", is_flag=True, help="Overwrite existing output files.")
def generate(data: Path, output: Path, template_dir: Path | None, pdf: bool, force: bool) -> None:
    """Fill the forms 概要 and 別表1–4 from a plan (the JSON/YAML extract or draft writes)."""
    from .serialize import load_document

    _refuse_existing([output] + ([output.with_suffix(".pdf")] if pdf else []), force)
    try:
        if pdf:
            from .generate.libreoffice import require

            require()
        plan = load_document(data, kind="plan")
        from .generate import render_plan

        docx, warnings = render_plan(plan, template_dir)
    except DataError as e:
        _fail(f"{e.path}: データが契約に合いません")
        for problem in e.problems:
            click.echo(f"  {problem}", err=True)
        sys.exit(2)
    except HattatsuError as e:
        _fail(str(e))
        sys.exit(2)
    for w in warnings:
        _fail(f"警告: {w}")
    if pdf:
        import tempfile

        from .generate.libreoffice import to_pdf

        with tempfile.TemporaryDirectory(prefix="hattatsu-") as tmp:
            draft = Path(tmp) / output.with_suffix(".docx").name
            draft.write_bytes(docx)
            try:
                printed = to_pdf(draft, Path(tmp))
            except HattatsuError as e:
                _fail(str(e))
                sys.exit(2)
            write_atomic(output, docx, overwrite=force)
            write_atomic(output.with_suffix(".pdf"), printed.read_bytes(), overwrite=force)
    else:
        write_atomic(output, docx, overwrite=force)
    click.echo(str(output) + (f"\n{output.with_suffix('.pdf')}" if pdf else ""))


@main.command()
@click.argument("plan_path", metavar="PLAN", type=click.Path(path_type=Path))
@click.option("--evaluation", "evaluations", multiple=True, type=click.Path(path_type=Path),
              help="Evaluation report(s) whose latest actuals become the 現行 column (repeatable).")
@click.option("--start-fy", type=click.IntRange(2000, 2100), required=True,
              help="First fiscal year of the new plan (2031 for 令和13年度).")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), required=True,
              help="The YAML to write (with comments on what to check).")
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
def draft(plan_path: Path, evaluations: tuple[Path, ...], start_fy: int, output: Path, force: bool) -> None:
    """Draft the next five-year plan from PLAN (and its evaluation reports) as commented YAML."""
    from .draft import draft_plan, dump_commented

    _refuse_existing([output], force)
    try:
        plan = _read_plan(plan_path)
        reports = _read_evaluations(evaluations)
        new, comments = draft_plan(plan, reports, start_fy)
    except HattatsuError as e:
        _fail(str(e))
        sys.exit(2)
    except ValueError as e:
        _fail(f"{plan_path}: {e}")
        sys.exit(2)
    head = (f"# 経営発達支援計画の下書き（{start_fy}–{start_fy + 4} 年度）: {plan_path} から作成。\n"
            "# コメントの付いた項目を確かめてから hattatsu generate でWordにしてください。\n")
    write_atomic(output, head + dump_commented(new.model_dump(mode="json"), comments), overwrite=force)
    click.echo(str(output))


@main.command()
@click.argument("evaluations", metavar="EVAL...", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--plan", "plan_path", type=click.Path(path_type=Path), help="The plan whose targets to show beside.")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), required=True,
              help="The HTML page to write.")
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
def report(evaluations: tuple[Path, ...], plan_path: Path | None, output: Path, force: bool) -> None:
    """One HTML page of targets and actuals by item and year, with charts, for the committee."""
    from .report import render_report

    _refuse_existing([output], force)
    try:
        reports = _read_evaluations(evaluations)
        plan = _read_plan(plan_path) if plan_path else None
    except HattatsuError as e:
        _fail(str(e))
        sys.exit(2)
    write_atomic(output, render_report(reports, plan), overwrite=force)
    click.echo(str(output))


def _refuse_existing(outputs: list[Path], force: bool) -> None:
    """Exit 2, before any work, when an output exists and --force was not given."""
    existing = [str(t) for t in outputs if t.exists()]
    if existing and not force:
        _fail(f"{', '.join(existing)}: すでにあります（上書きするには --force）")
        sys.exit(2)


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
    from .extract import read_documents
    from .model import Plan

    plan = next((d for d in read_documents(path, options) if isinstance(d, Plan)), None)
    if plan is None:
        raise InputError(str(path), "計画が含まれていません")
    return plan


@main.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules_cmd(fmt: str) -> None:
    """List the check rules: ID, severity, section, form versions and what each looks for."""
    from .check import RULES

    if fmt == "json":
        click.echo(json.dumps([{"rule": r.id, "severity": r.severity, "section": r.section, "kind": r.kind,
                                "description": r.description, "versions": list(r.versions)}
                               for r in RULES.values()], ensure_ascii=False, indent=2))
        return
    from .form_versions import FORM_VERSIONS
    from .normalize import display_width, pad
    from .sections import kind_name, section_name

    severity = {"error": "エラー", "warning": "警告", "info": "情報"}
    def versions(r) -> str:
        return "すべて" if len(r.versions) == len(FORM_VERSIONS) else "・".join(r.versions)

    rows = [("ルール", "重要度", "文書", "箇所", "様式の版", "内容")] + [
        (r.id, severity[r.severity], kind_name(r.kind), section_name(r.section), versions(r), r.description)
        for r in RULES.values()]
    widths = [max(display_width(row[i]) for row in rows) for i in range(5)]
    for row in rows:
        click.echo("  ".join(pad(cell, w) for cell, w in zip(row, widths, strict=False)) + "  " + row[5])


@main.command("schema")
@click.argument("kind", type=click.Choice(["plan", "evaluation"]), default="plan")
def schema_cmd(kind: str) -> None:
    """Print the JSON Schema of a plan or an evaluation document."""
    click.echo(json.dumps(schema(kind), ensure_ascii=False, indent=2))


# --- hattatsu export (issue 13): one self-contained block ---------------------------------

@main.command("export")
@click.argument("paths", metavar="PATH...", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True,
              help="書き出し先: OUT.xlsx（表ごとのシート）、OUT.sqlite（既存なら追加）、"
                   "OUT.parquet / OUT.csv（表ごとのファイルを入れるフォルダ）。")
@click.option("--format", "fmt", metavar="FORMAT", help="形式を拡張子によらず指定（xlsx, sqlite, parquet, csv）。")
@click.option("--check", "with_check", is_flag=True, help="check の指摘も findings 表に入れる。")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="並行して読むファイル数（既定: 全コア）。")
@click.option("--force", is_flag=True, help="既存の出力を上書きする（SQLite は追加せずに作り直す）。")
@click.option("--password", help="暗号化された PDF を開くパスワード。")
@click.option("--max-pages", type=click.IntRange(min=1), default=300, show_default=True,
              help="これより長い PDF は読まない。")
@click.option("--no-nlp", is_flag=True, help="規則だけで読む（日本語 NLP モデルを読み込まない）。")
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
        _fail(f"{output}: 書き出す形式がわかりません（{known}。または --format）")
        sys.exit(2)
    try:
        prepare_output(output, fmt, force)  # refuse before reading anything
        selection = None
        if with_check:
            from .check import find_config, load_selection

            selection = load_selection(find_config(paths[0]))
    except FileExistsError:
        _fail(f"{output}: すでにあります（上書きするには --force）")
        sys.exit(2)
    except InputError as e:
        _fail(str(e))
        sys.exit(2)
    options = ReadOptions(nlp=not no_nlp, pdf=PdfAccess(password=password, max_pages=max_pages))
    dataset = read_paths(list(paths), options, jobs, selection)
    for line in dataset.errors:
        _fail(line)
    for line in dataset.notes:
        _fail(f"注意: {line}")
    if not dataset.documents:
        _fail("読める計画・評価報告がないので、何も書き出しません")
        sys.exit(2)
    try:
        write_dataset(dataset, output, fmt, force)
    except FileExistsError:
        _fail(f"{output}: すでにあります（上書きするには --force）")
        sys.exit(2)
    except (InputError, ValueError) as e:
        _fail(str(e) if isinstance(e, InputError) else f"{output}: {e}")
        sys.exit(2)
    except OSError as e:  # a full disk, a folder without write permission: the previous output stays
        _fail(f"{output}: 書き込めません（{e.strerror or e}）")
        sys.exit(2)
    counts = "、".join(f"{name} {len(rows)} 行" for name, rows in dataset.rows.items() if rows)
    click.echo(f"{output}: 文書 {dataset.documents} 件（{counts}）")
    if dataset.errors:
        sys.exit(2)




@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="待ち受けるアドレス。127.0.0.1 以外ではトークンが必要です。")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="ポート番号。")
@click.option("--data", "data_dir", type=click.Path(path_type=Path, file_okay=False),
              help="作業場所のフォルダ（アップロードと読み取り結果を置きます）。既定: ~/.local/share/hattatsu")
@click.option("--token", help="アクセス用のトークン（127.0.0.1 以外で待ち受けるとき。省略すると作ります）。")
def serve_cmd(host: str, port: int, data_dir: Path | None, token: str | None) -> None:
    """ブラウザで使う画面を起動します（計画を開く・検査・修正・Word 出力・下書き・一括検査）。"""
    from .serve import default_data_dir, run

    run(host, port, data_dir or default_data_dir(), token, echo=click.echo)


if __name__ == "__main__":  # pragma: no cover
    main()
