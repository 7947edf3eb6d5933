"""YAML with comments beside fields (ruamel.yaml): what `draft` writes for a person to edit.

Comments are given by the path of the field they belong to and written on the
line above it; multi-line text is written as a literal block. ruamel.yaml keeps
the comments when the file is loaded and saved again.
"""

from __future__ import annotations

import io
from typing import Any

Path = tuple[str | int, ...]


def _convert(node: Any) -> Any:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.scalarstring import LiteralScalarString

    if isinstance(node, dict):
        out = CommentedMap()
        for k, v in node.items():
            out[k] = _convert(v)
        return out
    if isinstance(node, list):
        return CommentedSeq(_convert(v) for v in node)
    if isinstance(node, str) and "\n" in node:
        return LiteralScalarString(node)
    return node


def _column(root: Any, path: Path) -> int:
    """Where the key at path starts (block style: mappings indent 2, sequence items 4)."""
    col, node = 0, root
    for key in path[:-1]:
        child = node[key]
        if isinstance(key, int):
            col += 4
        elif isinstance(child, dict):
            col += 2
        node = child
    return col + (4 if isinstance(path[-1], int) else 0)


def dump_commented(data: dict[str, Any], comments: dict[Path, str]) -> str:
    from ruamel.yaml import YAML

    root = _convert(data)
    for path, text in comments.items():
        parent = root
        for key in path[:-1]:
            parent = parent[key]
        parent.yaml_set_comment_before_after_key(path[-1], before=text, indent=_column(root, path))
    yaml = YAML()
    yaml.allow_unicode = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    buf = io.StringIO()
    yaml.dump(root, buf)
    return buf.getvalue()


def load_round_trip(text: str) -> Any:
    """The document with its comments, to edit and dump again."""
    from ruamel.yaml import YAML

    return YAML().load(text)
