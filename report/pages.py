"""One Jinja2 environment for every HTML page hattatsu writes (autoescaped: what comes from a
document is text, never markup). The pages share ``templates/layout.html``; the web page
(``hattatsu serve``) extends the same layout."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

TEMPLATES = Path(__file__).parent / "templates"


@cache
def environment():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    return Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True),
                       undefined=StrictUndefined, trim_blocks=False)


def render_page(name: str, **context: Any) -> str:
    return environment().get_template(name).render(**context)
