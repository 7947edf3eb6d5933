"""Seeded mutations of plans, reports and data files, and running one through the commands.

Shared by tests/test_fuzz.py (a few hundred cases in the suite) and benchmarks/fuzz.py
(thousands). Seeds: the synthetic plans and reports in corpus/, the real ones in
../shared/corpus when present, a Word file, a PDF and the plan's JSON and YAML. Each case is
one seed with a few mutations drawn from what broken converters and hostile senders produce.
"""

from __future__ import annotations

import io
import random
import time
import traceback
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tests.hostile import bomb_entry, deflated, docx_bytes, flate_bomb, paragraph, pdf_bytes, raw_zip

ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"


@dataclass
class Seed:
    name: str
    kind: str  # text, docx, pdf, json, yaml
    data: bytes


@dataclass
class Case:
    name: str
    suffix: str
    data: bytes
    mutations: list[str] = field(default_factory=list)


@dataclass
class Outcome:
    case: str
    status: str  # "0", "1", "2", "traceback", "memory"
    seconds: float
    detail: str = ""


def seeds(shared: bool = True) -> list[Seed]:
    """The inputs every case starts from."""
    from hattatsu.extract import extract_file
    from hattatsu.extract.readers import ReadOptions
    from hattatsu.serialize import dumps

    texts = sorted((ROOT / "corpus").glob("*.txt"))
    if shared and SHARED_CORPUS.is_dir():
        texts += sorted(SHARED_CORPUS.glob("*.txt"))
    out = [Seed(p.name, "text", p.read_bytes()) for p in texts]
    plan_path = ROOT / "corpus" / "midorigawa-society_plan_R9-R13.txt"
    plan = extract_file(plan_path, ReadOptions(nlp=False, entities=False))[0]
    out.append(Seed("plan.json", "json", dumps(plan, "json").encode()))
    out.append(Seed("plan.yaml", "yaml", dumps(plan, "yaml").encode()))
    lines = plan_path.read_text(encoding="utf-8").splitlines()
    out.append(Seed("plan.docx", "docx", _plan_docx(lines)))
    out.append(Seed("plan.pdf", "pdf", pdf_bytes(_pdf_content(lines[:40]))))
    return out


def _plan_docx(lines: list[str]) -> bytes:
    """The plan's lines as Word paragraphs, tab rows as a table with spans."""
    from xml.sax.saxutils import escape

    body = []
    for line in lines:
        if "\t" in line:
            cells = "".join(f"<w:tc><w:tcPr/>{paragraph(escape(c))}</w:tc>" for c in line.split("\t"))
            body.append(f'<w:tbl><w:tblPr/><w:tblGrid>{"<w:gridCol/>" * line.count(chr(9))}<w:gridCol/>'
                        f"</w:tblGrid><w:tr>{cells}</w:tr></w:tbl>")
        elif line.strip():
            body.append(paragraph(escape(line)))
    return docx_bytes("".join(body))


def _pdf_content(lines: list[str]) -> bytes:
    ascii_lines = [ln.encode("ascii", "replace").decode().replace("(", "[").replace(")", "]") for ln in lines]
    return b"BT /F1 10 Tf 40 800 Td 12 TL " + b" ".join(f"({ln[:90]}) '".encode() for ln in ascii_lines) + b" ET"


# mutations ------------------------------------------------------------------------------------

_SNIPPETS = [
    "評価［51.4.1％ → C］", "評価［.％ → B］", "合計 , 件 ,件", "合計 1,2,,3件 4..5件", "9" * 5000 + "件",
    "1e309", "NaN", "\u200b経営\u200b発達\u200b支援\u200b事業", "\ufeff", "<table><tr><td colspan=999999999>x",
    "<td rowspan=400000000>", "\t" * 500, "①" * 300, "令和99999999年度", "R100000000年", "平成元年13月45日",
    "(" * 2000, "（1）" * 500, "%%EOF", "\x00", "\f\f\f", "目標値\t" + "\t".join(["9" * 400] * 5),
    "- 21 -", "経営発達支援事業の目標\n" * 50, "**" * 1000, "電話 " + "0" * 300, "〒" + "1" * 300,
    "a" * 100_000, "令和8年4月1日～令和3年3月31日", "1." * 2000,
]


def _text_mutations(text: str, rng: random.Random, applied: list[str]) -> str:
    lines = text.split("\n")
    for _ in range(rng.randint(1, 4)):
        op = rng.choice(["snippet", "delete", "duplicate", "shuffle", "crop", "flipchar", "joinlines", "tabs"])
        applied.append(op)
        if not lines:
            lines = [""]
        i = rng.randrange(len(lines))
        if op == "snippet":
            s = rng.choice(_SNIPPETS)
            lines[i] = lines[i][: rng.randint(0, len(lines[i]))] + s + lines[i]
        elif op == "delete":
            del lines[i: i + rng.randint(1, 40)]
        elif op == "duplicate":
            lines[i:i] = lines[i: i + rng.randint(1, 20)] * rng.randint(2, 5)
        elif op == "shuffle":
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "crop":
            lines = lines[i: i + rng.randint(5, 400)]
        elif op == "flipchar":
            line = lines[i]
            if line:
                k = rng.randrange(len(line))
                lines[i] = line[:k] + chr(rng.choice([0x30 + rng.randrange(10), 0xFF10, 0x3000, 0x2212, 0xFFFD,
                                                     rng.randrange(0x20, 0x3000)])) + line[k + 1:]
        elif op == "joinlines":
            lines[i: i + 2] = ["".join(lines[i: i + 2])]
        elif op == "tabs":
            lines[i] = lines[i].replace(" ", "\t").replace("　", "\t")
    return "\n".join(lines)


def _byte_mutations(data: bytes, rng: random.Random, applied: list[str]) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 3)):
        op = rng.choice(["flip", "truncate", "insert", "junk"])
        applied.append(f"bytes:{op}")
        if not buf:
            break
        i = rng.randrange(len(buf))
        if op == "flip":
            buf[i] = rng.randrange(256)
        elif op == "truncate":
            del buf[max(1, i):]
        elif op == "insert":
            buf[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif op == "junk":
            buf += bytes(rng.randrange(256) for _ in range(rng.randint(1, 4000)))
    return bytes(buf)


def _encode(text: str, rng: random.Random, applied: list[str]) -> bytes:
    codec = rng.choices(["utf-8", "utf-8-sig", "cp932", "euc_jp", "utf-16", "utf-32"], [60, 8, 12, 6, 4, 2])[0]
    applied.append(f"encode:{codec}")
    return text.encode(codec, errors="replace")


def _docx_mutations(seed: Seed, rng: random.Random, applied: list[str]) -> bytes:
    z = zipfile.ZipFile(io.BytesIO(seed.data))
    files = {n: z.read(n) for n in z.namelist()}
    xml = files["word/document.xml"].decode()
    op = rng.choice(["span", "before", "vmerge", "attr", "xmlbyte", "bytes", "bomb", "crc", "text"])
    applied.append(f"docx:{op}")
    if op == "span":
        span = rng.choice(["400000000", "0", "-5", "abc", "3"])
        xml = xml.replace("<w:tcPr/>", f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>', rng.randint(1, 50))
    elif op == "before":
        xml = xml.replace("<w:tr>", f'<w:tr><w:trPr><w:gridBefore w:val="{rng.choice(["400000000", "x", "2"])}"/>'
                                    "</w:trPr>", rng.randint(1, 20))
    elif op == "vmerge":
        xml = xml.replace("<w:tcPr/>", '<w:tcPr><w:vMerge w:val="continue"/></w:tcPr>', rng.randint(1, 200))
    elif op == "attr":
        level = rng.choice(["0", "99999", "x", "-1"])
        xml = xml.replace("<w:p>", f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr>'
                                   "</w:pPr>", rng.randint(1, 30))
    elif op == "xmlbyte":
        k = rng.randrange(len(xml))
        xml = xml[:k] + rng.choice(["<", "&", "\x00", "]]>", "&lol;", ""]) + xml[k + 1:]
    elif op == "text":
        xml = xml.replace("<w:t>", "<w:t>" + rng.choice(_SNIPPETS).replace("<", "&lt;").replace("&", "&amp;")
                          .replace("\x00", ""), rng.randint(1, 5))
    files["word/document.xml"] = xml.encode()
    if op == "bomb":
        entries = [(n, *deflated(b)) for n, b in files.items() if n != "word/document.xml"]
        size = rng.choice([150, 300, 1200]) * 1024 * 1024
        return raw_zip([*entries, ("word/document.xml", bomb_entry(size), size, 0)])
    if op == "crc":
        return raw_zip([(n, d, s, c ^ rng.randrange(1, 1 << 16)) for n, (d, s, c) in
                        ((n, deflated(b)) for n, b in files.items())])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for n, b in files.items():
            zo.writestr(n, b)
    data = out.getvalue()
    return _byte_mutations(data, rng, applied) if op == "bytes" else data


def _pdf_mutations(seed: Seed, rng: random.Random, applied: list[str]) -> bytes:
    op = rng.choice(["bytes", "bomb", "junk", "cut", "objs"])
    applied.append(f"pdf:{op}")
    if op == "bomb":
        size = rng.choice([40, 200, 1024]) * 1024 * 1024
        return pdf_bytes(flate_bomb(size), filtered=True)
    if op == "junk":
        return seed.data + bytes(rng.randrange(256) for _ in range(rng.randint(1, 20_000)))
    if op == "cut":
        return seed.data[: rng.randrange(len(seed.data))]
    if op == "objs":
        return seed.data.replace(b"/Count 1", rng.choice([b"/Count 999999999", b"/Count -1", b"/Count x"]))
    return _byte_mutations(seed.data, rng, applied)


def _number_literal(rng: random.Random, yaml: bool) -> str:
    return rng.choice(["1e309", "-1e309", "1" + "0" * 400, "9" * rng.choice([30, 5000, 100_000]), "1e16", "-0",
                       "0.1", "\"12\"", "true", "null", "[]", "{}"] +
                      ([".inf", ".nan", "-.inf", "0x7fffffff", "1_000"] if yaml else ["NaN", "Infinity", "-Infinity"]))


def _data_mutations(seed: Seed, rng: random.Random, applied: list[str]) -> bytes:
    text = seed.data.decode()
    op = rng.choice(["number", "number", "deep", "alias", "delete", "bytes", "type"])
    applied.append(f"data:{op}")
    yaml = seed.kind == "yaml"
    if op == "number":
        import re

        numbers = list(re.finditer(r"(?<=[:\s\[])-?\d+(?:\.\d+)?(?=[,\s\]}])", text))
        for m in rng.sample(numbers, min(len(numbers), rng.randint(1, 3)))[::-1]:
            text = text[: m.start()] + _number_literal(rng, yaml) + text[m.end():]
    elif op == "deep":
        n = rng.choice([70, 1000, 100_000])
        text = ("x: " + "[" * n + "]" * n) if yaml else ("[" * n + "]" * n)
    elif op == "alias" and yaml:
        levels = "".join(f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]\n" for i in range(1, 9))
        text = text + "\nl0: &l0 [x, x, x, x, x, x, x, x, x, x]\n" + levels
    elif op == "delete":
        lines = text.split("\n")
        i = rng.randrange(len(lines))
        del lines[i: i + rng.randint(1, 30)]
        text = "\n".join(lines)
    elif op == "type":
        text = text.replace('"items"' if not yaml else "items:", '"items_"' if not yaml else "items_:", 1) \
            if rng.random() < 0.5 else text.replace("[", "{", 1)
    else:
        return _byte_mutations(seed.data, rng, applied)
    return text.encode()


def make_case(seed: Seed, rng: random.Random, n: int) -> Case:
    applied: list[str] = []
    if seed.kind == "text":
        text = seed.data.decode("utf-8", errors="replace")
        data = _encode(_text_mutations(text, rng, applied), rng, applied)
        if rng.random() < 0.1:
            data = _byte_mutations(data, rng, applied)
        suffix = ".txt"
    elif seed.kind == "docx":
        data, suffix = _docx_mutations(seed, rng, applied), ".docx"
    elif seed.kind == "pdf":
        data, suffix = _pdf_mutations(seed, rng, applied), ".pdf"
    else:
        data, suffix = _data_mutations(seed, rng, applied), f".{seed.kind}"
    return Case(f"{n:05d}-{seed.name}", suffix, data, applied)


def iter_cases(count: int, seed: int = 15, shared: bool = True) -> Iterator[Case]:
    """`count` cases, made one at a time, the same ones for the same seed; seeds are taken in turn."""
    rng = random.Random(seed)
    base = seeds(shared)
    for n in range(count):
        yield make_case(base[n % len(base)], rng, n)


def cases(count: int, seed: int = 15, shared: bool = True) -> list[Case]:
    return list(iter_cases(count, seed, shared))


# running --------------------------------------------------------------------------------------

def run_case(case: Case, folder: Path, generate: bool = False) -> Outcome:
    """The case through extract (or loading, for data files), check's rules, draft and, when
    asked, generate — in this process. InputError is exit 2, an error finding exit 1."""
    from hattatsu.errors import InputError

    path = folder / f"{case.name}{case.suffix}"
    path.write_bytes(case.data)
    start = time.perf_counter()
    try:
        status = _run(path, generate)
    except InputError:
        status = "2"
    except MemoryError:
        return Outcome(case.name, "memory", time.perf_counter() - start, " ".join(case.mutations))
    except Exception:
        return Outcome(case.name, "traceback", time.perf_counter() - start,
                       " ".join(case.mutations) + "\n" + traceback.format_exc(limit=-6))
    finally:
        unchanged = path.read_bytes() == case.data
        path.unlink()
    if not unchanged:
        return Outcome(case.name, "traceback", time.perf_counter() - start, "the input file was changed")
    return Outcome(case.name, status, time.perf_counter() - start)


def _run(path: Path, generate: bool) -> str:
    from hattatsu.check import Selection
    from hattatsu.check.batch import check_document, read_documents
    from hattatsu.extract.readers import ReadOptions
    from hattatsu.model import Plan

    docs = read_documents(path, ReadOptions(nlp=False))
    status = "0"
    for doc in docs:
        report = check_document(doc, Selection(), str(path))
        if not report.ok:
            status = "1"
        if isinstance(doc, Plan):
            from hattatsu.draft import draft_plan

            try:
                draft_plan(doc, [], 2031)
            except ValueError:  # draft's own refusal (the CLI reports it, exit 2)
                status = "2"
            if generate:
                from hattatsu.generate import render_plan

                render_plan(doc)
    return status


def summarise(outcomes: list[Outcome], slow: float) -> dict[str, int]:
    counts: dict[str, int] = {}
    for o in outcomes:
        counts[f"exit {o.status}" if o.status.isdigit() else o.status] = \
            counts.get(f"exit {o.status}" if o.status.isdigit() else o.status, 0) + 1
    counts[f"slower than {slow:g} s"] = sum(1 for o in outcomes if o.seconds > slow)
    return counts


