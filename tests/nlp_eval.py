"""Precision, recall and F1 of the rules and of the NLP path on the hand-annotated sets in
tests/nlp_gold/, side by side, on each set's development part and test part apart:

    python tests/nlp_eval.py            # the scores
    python tests/nlp_eval.py --misses   # what the NLP path gets wrong on the dev part (never the test part)

Each annotated item has a `part`: dev (the readers were written against it) or test (written
before the reader changes it measures and never looked at while making them). The heading
ablations ("sections", "item content") run on the corpus plans, all of which were read while
writing the segmenter: they are dev only.

Indicators: a prediction is right when its name (white space aside), value and unit
equal a gold indicator of the same statement. Three paths: the rules alone, "nlp" (the path
the extractor takes: a statement the rules read with confidence is not parsed, the others are
parsed by GiNZA) and "nlp-only" (every statement parsed); the last line counts the statements
of the corpus plans that reach the parser. Entities: when its kind, normalised name and
branch (white space aside) equal a gold entity of the same line; persons and organisations
are scored apart. Affiliations: the share of gold persons the document's extraction lists at
their line with the gold affiliation (read from the whole document: rosters span lines).

Corpus text is not stored in the gold files: items point at lines of ../shared/corpus
(or carry their own text when they come from the synthetic corpus/).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import yaml

from hattatsu.items import CONTENT
from hattatsu.normalize import compact

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "nlp_gold"
CORPORA = (ROOT.parent / "shared" / "corpus", ROOT / "corpus")


@cache
def _corpus_lines(source: str) -> list[str]:
    for folder in CORPORA:
        if (folder / source).is_file():
            return (folder / source).read_text(encoding="utf-8").splitlines()
    raise FileNotFoundError(f"{source}: not in ../shared/corpus or corpus/")


def item_text(item: dict) -> str:
    """An annotated item's text: its own, or the corpus lines it points at (joined after
    stripping each) cut to its span."""
    if "text" in item:
        return item["text"]
    lines = item.get("lines", item.get("line"))
    first, last = (lines, lines) if isinstance(lines, int) else lines
    text = "".join(ln.strip() for ln in _corpus_lines(item["source"])[first - 1:last])
    if "span" in item:
        a, b = item["span"]
        text = text[a:b]
    return text


PARTS = ("dev", "test")


def load(name: str, part: str | None = None, source: str | tuple[str, ...] | None = None) -> list[dict]:
    """The annotated items of a set, or of one of its parts ("dev", "test"), or of one batch
    (``source``) or several batches (a tuple) of a part."""
    items = yaml.safe_load((GOLD / name).read_text(encoding="utf-8"))
    sources = (source,) if isinstance(source, str) else source
    return [it for it in items if (part is None or it["part"] == part) and (sources is None or it["source"] in sources)]


def _key(name: str | None, value, unit) -> tuple:
    return (compact(name or ""), float(value) if value is not None else None, unit)


def prf(gold: list[set], predicted: list[set]) -> tuple[float, float, float]:
    tp = sum(len(g & p) for g, p in zip(gold, predicted, strict=True))
    n_pred = sum(len(p) for p in predicted)
    n_gold = sum(len(g) for g in gold)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _place(item: dict) -> str:
    where = item.get("lines", item.get("line"))
    return f"{item['source']}:{where}" if where is not None else f"{item['source']}: {item['text']}"


INDICATOR_PATHS = ("rules", "nlp", "nlp-only")


def _read_indicators(path: str, texts: list[str]) -> list[list]:
    """The statements read by the rules alone ("rules"), by the path the extractor takes ("nlp":
    what the rules read with confidence, the rest parsed by GiNZA) or by GiNZA alone ("nlp-only")."""
    from hattatsu.extract.nlp.indicators import parse_statements
    from hattatsu.extract.sections.indicators import parse_statement

    if path == "rules":
        return [parse_statement(t) for t in texts]
    return parse_statements(texts, rules_first=path == "nlp")


def _indicator_sets(path: str, part: str | None = None, source: str | tuple[str, ...] | None = None
                    ) -> tuple[list[str], list[set], list[set]]:
    """(place, gold, found) per annotated statement, for a path of INDICATOR_PATHS."""
    items = load("indicators.yaml", part, source)
    texts = [item_text(it) for it in items]
    gold = [{_key(i["name"], i["value"], i.get("unit")) for i in it["indicators"]} for it in items]
    found = _read_indicators(path, texts)
    return [_place(it) for it in items], gold, [{_key(i.name, i.value, i.unit) for i in f} for f in found]


def indicator_scores(part: str | None = None, source: str | tuple[str, ...] | None = None
                     ) -> dict[str, tuple[float, float, float]]:
    """Name (white space aside), value and unit of each indicator of the statements (of one
    batch, ``source``, or of several, when given)."""
    return {path: prf(*_indicator_sets(path, part, source)[1:]) for path in INDICATOR_PATHS}


# The test part's batches, each written before the reader changes that followed it: scored
# apart as well as together. The older ones were written by this set's authors in their own
# habits; published-14n in the shapes of published plans (scored apart from the older ones too);
# blind-14u, blind-15* and blind-16t by writers who had not seen the reader (blind-15*: half of each batch is dev).
TEST_BATCHES = ("crafted-14", "crafted-14c", "published-14n", "blind-14u", "blind-15a", "blind-15b", "blind-15c",
                "blind-16t")
TEST_GROUPS = {"test:old": ("crafted-14", "crafted-14c"),  # the test part before published-14n
               "test:blind-15": ("blind-15a", "blind-15b"),  # the blind batches of session 7
               "test:before-16": TEST_BATCHES[:-1]}  # the test part as it was before blind-16t (session 8)


def indicator_attributes(part: str | None = None) -> dict[str, float]:
    """Of the gold indicators a path finds (name, value and unit right), the share whose
    comparator, direction and per are right too."""
    items = load("indicators.yaml", part)
    texts = [item_text(it) for it in items]
    out = {}
    for path in INDICATOR_PATHS:
        found = _read_indicators(path, texts)
        right = total = 0
        for it, inds in zip(items, found, strict=True):
            by_key = {_key(i.name, i.value, i.unit): i for i in inds}
            for g in it["indicators"]:
                i = by_key.get(_key(g["name"], g["value"], g.get("unit")))
                if i is not None:
                    total += 1
                    right += (i.comparator, i.direction, i.per) == (g.get("comparator"), g.get("direction"),
                                                                      g.get("per"))
        out[path] = right / total if total else 0.0
    return out


def _entity_sets(path: str, part: str | None = None, source: str | None = None
                 ) -> tuple[list[str], list[set], list[set]]:
    """(place, gold, found) per annotated line (of one source or batch), for the rules ("rules") or GiNZA ("nlp")."""
    from hattatsu.extract.nlp.entities import find_nlp
    from hattatsu.extract.sections.entities import find_in_texts, find_rules
    from hattatsu.normalize import clean_text

    items = load("entities.yaml", part, source)
    found = find_in_texts([clean_text(item_text(it)) for it in items], find_nlp if path == "nlp" else find_rules)
    return ([_place(it) for it in items],
            [{(k, compact(n), compact(b)) for k, n, b, *_ in it["entities"]} for it in items],
            [{f.key for f in names} for names in found])


def entity_scores(kind: str, part: str | None = None, source: str | None = None
                  ) -> dict[str, tuple[float, float, float]]:
    """Scores for one kind of entity ("person" or "organization"), of one source or batch when given."""
    out = {}
    for path in ("rules", "nlp"):
        _, gold, found = _entity_sets(path, part, source)
        out[path] = prf([{g for g in s if g[0] == kind} for s in gold], [{f for f in s if f[0] == kind} for s in found])
    return out


@cache
def _document_people(source: str, nlp: bool) -> dict[tuple[int, str], str]:
    """The affiliation ("" for none) of each person the extractor lists in a corpus document,
    by (line of a mention, name without white space)."""
    from hattatsu.extract.api import extract_file
    from hattatsu.extract.readers import ReadOptions

    path = next(folder / source for folder in CORPORA if (folder / source).is_file())
    return {(m.location.line, compact(e.name)): e.affiliation or ""
            for doc in extract_file(path, ReadOptions(nlp=nlp)) for e in doc.entities or []
            if e.kind == "person" for m in e.mentions if m.location}


def _text_people(text: str, nlp: bool) -> dict[tuple[int, str], str]:
    """The same for a crafted line read as a document of one line."""
    from hattatsu.extract.blocks import Line
    from hattatsu.extract.sections.entities import collect, find_rules

    if nlp:
        from hattatsu.extract.nlp.entities import find_nlp as finder
    else:
        finder = find_rules
    return {(1, compact(e.name)): e.affiliation or ""
            for e in collect([(None, Line(text, line=1))], finder) if e.kind == "person"}


def affiliation_scores(part: str | None = None) -> dict[str, tuple[int, int, int]]:
    """(right, found, gold persons) for the affiliation, on each path: a gold person counts as
    right when the document's extraction lists them at their line with the gold affiliation
    (found: listed at their line at all). The affiliation comes from the document around the
    line (a roster's rows and headings), so the whole document is extracted. Without the
    [nlp] extra only the rules' path is scored."""
    from hattatsu.extract.nlp import available

    out = {}
    for path in ("rules", "nlp") if available() else ("rules",):
        right = found = total = 0
        for it in load("entities.yaml", part):
            people = (_text_people(it["text"], path == "nlp") if "text" in it
                      else _document_people(it["source"], path == "nlp"))
            line = 1 if "text" in it else it["line"]
            for kind, name, _, *affiliation in it["entities"]:
                if kind == "person":
                    total += 1
                    found += (line, compact(name)) in people
                    right += people.get((line, compact(name))) == (affiliation or [""])[0]
        out[path] = (right, found, total)
    return out


def affiliation_misses(path: str, part: str = "dev") -> list[str]:
    """The gold persons whose affiliation a path gets wrong (or who are not found)."""
    out = []
    for it in load("entities.yaml", part):
        people = (_text_people(it["text"], path == "nlp") if "text" in it
                  else _document_people(it["source"], path == "nlp"))
        line = 1 if "text" in it else it["line"]
        for kind, name, _, *affiliation in it["entities"]:
            got = people.get((line, compact(name)), "(not found)")
            if kind == "person" and got != (affiliation or [""])[0]:
                out.append(f"{_place(it)} {name}: affiliation {got!r}, gold {(affiliation or [''])[0]!r}")
    return out


@cache
def _report_notes(source: str) -> dict[int, str]:
    """The 実施状況 text of each row of an evaluation report, by its line."""
    from hattatsu.extract.api import extract_file
    from hattatsu.extract.readers import ReadOptions

    path = next(folder / source for folder in CORPORA if (folder / source).is_file())
    [report] = [d for d in extract_file(path, ReadOptions(nlp=False)) if d.kind == "evaluation"]
    return {e.location.line: e.note or "" for e in report.entries if e.location}


def _fact(role: str, value, unit: str | None) -> tuple:
    from hattatsu.extract.sections.prose_numbers import unit_kind

    return role, float(value), unit_kind(unit or "")


def _actual_sets(path: str, part: str | None = None) -> tuple[list[str], list[set], list[set]]:
    """(place, gold, found) per annotated 実施状況 text: rules (prose_numbers) or GiNZA."""
    from hattatsu.extract.nlp.actuals import read_results
    from hattatsu.extract.sections.prose_numbers import Count, stated_actual, stated_target

    items = load("actuals.yaml", part)
    texts = [it["text"] if "text" in it else _report_notes(it["source"])[it["line"]] for it in items]
    gold = [{_fact(role, *it[role]) for role in ("actual", "target") if it[role]} for it in items]

    def facts(actual, target) -> set:
        return {_fact(role, c.value, c.unit) for role, c in (("actual", actual), ("target", target)) if c}

    if path == "nlp":
        found = [facts(r.actual, r.target) for r in read_results(texts, [it["kind"] for it in items])]
    else:
        found = []
        for it, text in zip(items, texts, strict=True):
            target = stated_target(text) if "目標" in text else None
            found.append(facts(stated_actual(text, Count(0, it["kind"], 0)), target))  # the activity's unit
    return [_place(it) for it in items], gold, found


def actual_scores(part: str | None = None) -> dict[str, tuple[float, float, float]]:
    """Actual/target facts of the report prose: rules (prose_numbers) and GiNZA side by side."""
    return {path: prf(*_actual_sets(path, part)[1:]) for path in ("rules", "nlp")}


ABLATION_PLANS = ("midorigawa-society_plan_R9-R13.txt", "kanazawa-cci_plan_R8-R12.txt",
                  "takasaki-gunma_plan_R8-R12.txt", "kawaguchi-cci_evaluation-R6_plan-R5-R7.txt")


def _plan_segments(data: bytes, path: str):
    from hattatsu.extract.documents import split_documents
    from hattatsu.extract.readers import read_blocks
    from hattatsu.extract.segment import segment

    [blocks] = [b for kind, b in split_documents(read_blocks(data, path).blocks) if kind == "plan"]
    return segment(blocks)


def heading_ablations(plans: tuple[str, ...] = ABLATION_PLANS) -> list[tuple[str, int, str, bytes]]:
    """(plan, line, key, text without that line) for every headed item of the plans: the
    item's heading line removed, as when a converter drops it or it is an image."""
    out = []
    for name in plans:
        lines = _corpus_lines(name)
        data = "\n".join(lines).encode("utf-8")
        for item in _plan_segments(data, name).items:
            if item.key and item.heading.line:
                rest = lines[:item.heading.line - 1] + lines[item.heading.line:]
                out.append((name, item.heading.line, item.key, "\n".join(rest).encode("utf-8")))
    return out


def _section_sets(path: str, plans: tuple[str, ...]) -> tuple[list[str], list[set], list[set]]:
    """(place, gold, found) per removed heading: the key of the item opened without a heading
    in the 40 lines after it."""
    from hattatsu.extract.section_content import resolve_unheaded

    places, gold, found = [], [], []
    for name, line, key, data in heading_ablations(plans):
        seg = resolve_unheaded(_plan_segments(data, name), path == "nlp")
        places.append(f"{name}:{line}")
        gold.append({key})
        found.append({i.key for i in seg.items if i.inferred and line <= i.heading.line < line + 40})
    return places, gold, found


def section_scores(plans: tuple[str, ...] = ABLATION_PLANS) -> dict[str, tuple[float, float, float]]:
    """The segmenter's fallback: each item heading removed in turn; right when an item is
    opened without a heading at that place and given the removed item's key."""
    return {path: prf(*_section_sets(path, plans)[1:]) for path in ("rules", "nlp")}


def content_scores(plans: tuple[str, ...] = ABLATION_PLANS) -> dict[str, tuple[float, float, float]]:
    """The content classifier alone: each headed item's text classified among all ten keys
    (no help from the keys the other items already have)."""
    from hattatsu.extract.section_content import classify, item_text

    items = [item for name in plans
             for item in _plan_segments("\n".join(_corpus_lines(name)).encode("utf-8"), name).items if item.key]
    gold = [{item.key} for item in items]
    out = {}
    for path, nlp in (("rules", False), ("nlp", True)):
        out[path] = prf(gold, [{classify(item_text(item), list(CONTENT), nlp)} for item in items])
    return out


def corpus_statements() -> list[str]:
    """The KGI/KPI statements of every plan of the corpora, as the NLP pass gets them."""
    from hattatsu.extract.api import extract_file
    from hattatsu.extract.readers import ReadOptions
    from hattatsu.extract.sections.goals import statement_texts
    from hattatsu.narrative import plain_text

    out = []
    for folder in CORPORA:
        for path in sorted(folder.glob("*.txt")):
            for doc in extract_file(path, ReadOptions(nlp=False)):
                goals = getattr(doc, "goals", None)
                for o in goals.objectives if goals else []:
                    kgi, kpi = statement_texts((plain_text(o.text) or "").split("\n"))
                    out += kgi + kpi
    return out


def parsed_share() -> tuple[int, int]:
    """(statements of the corpus plans, of which the parser reads) on the extractor's path."""
    from hattatsu.extract.sections.indicators import read_plain

    texts = corpus_statements()
    return len(texts), sum(read_plain(t) is None for t in texts)


def misses(places: list[str], gold: list[set], found: list[set]) -> list[str]:
    """What a reader got wrong, item by item: for looking at, not for scoring."""
    return [f"{p} missed {sorted(g - f)} extra {sorted(f - g)}"
            for p, g, f in zip(places, gold, found, strict=True) if g != f]


def main() -> None:
    print(f"{'set':<14} {'part':<19} {'n':>4} {'path':<8} {'P':>6} {'R':>6} {'F1':>6}")
    rows = []
    for part in PARTS:
        rows += [("indicators", part, len(load("indicators.yaml", part)), indicator_scores(part)),
                 ("persons", part, len(load("entities.yaml", part)), entity_scores("person", part)),
                 ("organizations", part, len(load("entities.yaml", part)), entity_scores("organization", part)),
                 ("actuals", part, len(load("actuals.yaml", part)), actual_scores(part))]
    rows += [("indicators", f"test:{batch}", len(load("indicators.yaml", "test", batch)),
              indicator_scores("test", batch)) for batch in TEST_BATCHES]
    rows += [("indicators", group, len(load("indicators.yaml", "test", batches)),
              indicator_scores("test", batches)) for group, batches in TEST_GROUPS.items()]
    plans = len(ABLATION_PLANS)
    rows += [("sections", "dev", plans, section_scores()), ("item content", "dev", plans, content_scores())]
    for name, part, n, scores in sorted(rows, key=lambda r: [x[0] for x in rows].index(r[0])):
        for path, (p, r, f) in scores.items():
            print(f"{name:<14} {part:<19} {n:>4} {path:<8} {p:>6.3f} {r:>6.3f} {f:>6.3f}")
    for part in PARTS:
        print(f"affiliations {part}: right of gold persons (of those found) "
              + ", ".join(f"{path} {r}/{n} = {r / n:.3f} ({r}/{f})" if n else f"{path} -"
                          for path, (r, f, n) in affiliation_scores(part).items()))
    for part in PARTS:
        attrs = indicator_attributes(part)
        print(f"indicators {part}: comparator, direction and per right on "
              + ", ".join(f"{path} {share:.3f}" for path, share in attrs.items()) + " of those found")
    n, parsed = parsed_share()
    print(f"corpus plans: {n} KGI/KPI statements, {parsed} parsed by GiNZA on the extractor's path"
          f" (nlp-only: {n}); the other {n - parsed} read by the rules with confidence")
    print("n: statements, lines or texts (plans for sections and item content: dev only, every corpus plan"
          " was read while writing the segmenter)")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--misses"]:  # --misses [rules|nlp]: what a path gets wrong on the dev part only
        path = (sys.argv[2:3] or ["nlp"])[0]
        print("\n".join(misses(*_indicator_sets(path, "dev")) + misses(*_actual_sets(path, "dev"))
                        + misses(*_entity_sets(path, "dev")) + affiliation_misses(path)
                        + misses(*_section_sets(path, ABLATION_PLANS))))
    else:
        main()
