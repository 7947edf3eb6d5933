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
def extract(files: tuple[Path, ...], output: Path | None, fmt: str) -> None:
    """Read plans and evaluation reports (text, PDF, Word) into contract JSON/YAML."""
    from .extract import extract_file  # the extractor loads only on this path

    to_dir = output is not None and (output.is_dir() or len(files) > 1 or str(output).endswith(("/", "\\")))
    failed = 0
    chunks: list[str] = []
    for f in files:
        try:
            docs = extract_file(f)
        except InputError as e:
            _fail(str(e))
            failed += 1
            continue
        if output is None:
            chunks.append(dumps(docs if len(docs) > 1 else docs[0], fmt))
        elif to_dir:
            for d in docs:
                suffix = f".{d.kind}" if len(docs) > 1 else ""
                write_atomic(output / f"{f.stem}{suffix}.{fmt}", dumps(d, fmt))
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
