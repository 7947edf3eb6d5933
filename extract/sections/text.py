"""Joining the lines of a section back into text, and a section's blocks as a narrative."""

from __future__ import annotations

import re

from hattatsu.normalize import nfkc

from ..blocks import STARTS_ENTRY, Block, Line, flatten

SENTENCE_END = "。！？!?」）)】》"
# a line that ends on a count (「…支援数5社」) is a complete entry, not a sentence cut by wrapping
ENDS_ON_COUNT = re.compile(r"\d\s*(社|者|件|名|人|回|日|%|％|店|先|事業者|企業)$")
_HALF_KANA = re.compile(r"[\uff61-\uff9f]+|[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+")


def tidy(text: str) -> str:
    """Display form of document text: half-width kana and full-width alphanumerics
    normalised, Japanese punctuation kept as written."""
    return _HALF_KANA.sub(lambda m: nfkc(m.group(0)), text).strip()


def join_lines(lines: list[Line]) -> str:
    """Lines as text: a line wrapped mid-sentence is joined to the one before it."""
    out: list[str] = []
    for ln in lines:
        t = tidy(ln.text.replace("\u3000", " ")).strip()
        if not t:
            continue
        if out and not out[-1].endswith(tuple(SENTENCE_END)) and not STARTS_ENTRY.match(t) \
                and ln.level is None and len(out[-1]) >= 30 and not ENDS_ON_COUNT.search(out[-1]):
            out[-1] = out[-1].rstrip() + t
        else:
            out.append(t)
    return "\n".join(out)


def blocks_text(blocks: list[Block]) -> str | None:
    """All of a section's blocks as text, or None when there is none."""
    text = join_lines(flatten(blocks))
    return text or None


def blocks_narrative(blocks: list[Block]) -> list | None:
    """A section's blocks as a narrative (headings, paragraphs, lists, tables, figures), or None
    when there is none: what every narrative field of the model is filled with."""
    from .narrative import build_narrative

    return build_narrative(blocks) or None
