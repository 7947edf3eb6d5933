"""The `hattatsu` command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .atomic import write_atomic
from .errors import InputError
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
def extract(files: tuple[Path, ...], output: Path | None, fmt: str, password: str | None, max_pages: int) -> None:
    """Read plans and evaluation reports (text, PDF, Word) into contract JSON/YAML."""
    from .extract import extract_file  # the extractor loads only on this path
    from .extract.readers import ReadOptions

    options = ReadOptions(password=password, max_pages=max_pages)

    to_dir = output is not None and (output.is_dir() or len(files) > 1 or str(output).endswith(("/", "\\")))
    stems = [f.stem for f in files]
    failed = 0
    chunks: list[str] = []
    for f in files:
        try:
            docs = extract_file(f, options)
        except InputError as e:
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


@main.command("schema")
@click.argument("kind", type=click.Choice(["plan", "evaluation"]), default="plan")
def schema_cmd(kind: str) -> None:
    """Print the JSON Schema of a plan or an evaluation document."""
    click.echo(json.dumps(schema(kind), ensure_ascii=False, indent=2))


if __name__ == "__main__":  # pragma: no cover
    main()
