"""Normalisation every parser uses: width, digits, era dates, numbers, contacts.

All functions are pure and cheap; none imports anything heavy.
"""

from __future__ import annotations

import calendar
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

# Dashes that stand for "no value" in a cell, after NFKC.
_EMPTY_MARKS = {"", "-", "−", "–", "—", "―", "ー", "‐", "--", "―――", "…", "/", "ｰ"}
_NO_NUMBER_WORDS = ("未実施", "未定", "随時", "実施なし", "なし", "無し", "該当なし", "-")

_ERA_BASE = {"令和": 2018, "平成": 1988, "昭和": 1925, "R": 2018, "H": 1988, "S": 1925}
_ERA = r"(令和|平成|昭和|R|H|S)"


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_CIRCLED_SPLIT = re.compile(f"([{_CIRCLED}■□●○◆◇※〒])")
_CIRCLED_MARK = re.compile(f"[{_CIRCLED}■□●○◆◇※〒]")


# WAVE DASH and FULLWIDTH TILDE are one character to a reader: Windows code page 932
# and PDF fonts map the same glyph to either. Likewise the minus signs. Zero-width
# characters (ZERO WIDTH SPACE, (NON-)JOINER, WORD JOINER, a BOM inside the text) that web
# pages and converters leave are nothing to a reader: they would split a heading's words.
# Text copied from a PDF may give a kanji as a CJK radicals supplement form (⻑ for 長), which
# NFKC leaves alone (it maps Kangxi radicals ⽀ ⼯ and compatibility ideographs itself).
_RADICAL_FORMS = dict(zip("⺝⺟⺠⺩⻄⻆⻑⻗⻘⻝⻟⻣⻤⻨⻩⻫⻭⻯⻲⺼⻁",
                          "月母民王西角長雨青食飠骨鬼麦黄斉歯竜亀月虎", strict=True))
_SAME_DASHES = str.maketrans({"\u301c": "\uff5e", "\u2212": "\uff0d", "\u200b": None, "\u200c": None,
                              "\u200d": None, "\u2060": None, "\ufeff": None, **_RADICAL_FORMS})
_SAME_DASH_CHARS = re.compile("[" + "".join(chr(c) for c in _SAME_DASHES) + "]")


# Lines are short and recur: a parser reads the same line many times (its key, its text, a
# table row as a line), so the normalised forms of short texts are remembered (bounded).
_REMEMBERED_CHARS = 400
_CACHE_SIZE = 16384


def nfkc(text: str) -> str:
    """NFKC (full-width digits and letters to half width, half-width kana to full).

    Circled numbers and the marks plans number or flag things with (①, ■, ※, 〒)
    are kept: plain NFKC would turn ① into 1.
    """
    if text.isascii():
        return text
    return _nfkc_line(text) if len(text) <= _REMEMBERED_CHARS else _nfkc(text)


def _nfkc(text: str) -> str:
    if _SAME_DASH_CHARS.search(text):
        text = text.translate(_SAME_DASHES)
    if not _CIRCLED_MARK.search(text):
        return unicodedata.normalize("NFKC", text)
    parts = _CIRCLED_SPLIT.split(text)
    return "".join(p if i % 2 else unicodedata.normalize("NFKC", p) for i, p in enumerate(parts))


_nfkc_line = lru_cache(maxsize=_CACHE_SIZE)(_nfkc)


def forget_lines() -> None:
    """Empty the memory of normalised lines (a reader starting a new document)."""
    _nfkc_line.cache_clear()
    _compact_line.cache_clear()


_CJK = "[\u3041-\u3096\u30a1-\u30fa\u30fc\u3005\u4e00-\u9fff\u2e80-\u2fdf\uf900-\ufaff]"  # ー and 々 too (佐 々 木)
# Characters spaced out one by one (「連 絡 先」「氏  名：」, a PDF's letter-spaced label): three or more,
# or two before a colon; one may be followed by its note in brackets (「実 施 者 名（法人番号）」).
# Words a space separates (「山田 花子」) are left alone.
_SPACED_OUT = re.compile(rf"(?<![^\s■□●◆・:：(（【\t、,，])"
                         rf"({_CJK}(?:[ \u3000]+{_CJK}){{2,}}|{_CJK}[ \u3000]+{_CJK}(?=[:：]))"
                         rf"(?=$|[\s:：)）】(（、,，])")


def join_spaced_letters(text: str, word: Callable[[str], str] | None = None) -> str:
    """「連 絡 先：」 → 「連絡先：」: characters a PDF spaced out, written together again; ``word``
    gives what each joined word is replaced with (the entity finder splits a title off a name)."""
    if " " not in text and "\u3000" not in text:
        return text
    return _SPACED_OUT.sub(lambda m: (word or str)(re.sub(r"[ \u3000]+", "", m.group(1))), text)


_WHITE = re.compile(r"\s+")


def compact(text: str) -> str:
    """NFKC and every white space removed: for matching headings, dates and labels."""
    return _compact_line(text) if len(text) <= _REMEMBERED_CHARS else _WHITE.sub("", nfkc(text))


@lru_cache(maxsize=_CACHE_SIZE)
def _compact_line(text: str) -> str:
    return _WHITE.sub("", nfkc(text))


def display_width(text: str) -> int:
    """Columns a terminal gives text: two for wide and full-width characters (East Asian
    width W or F), one for the rest."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, width: int) -> str:
    """text followed by spaces up to width display columns (see display_width)."""
    return text + " " * max(0, width - display_width(text))


def wrap(text: str, columns: int) -> list[str]:
    """text in lines of at most columns display columns (see display_width); none for no text."""
    lines, line = [], ""
    for ch in text:
        if line and display_width(line + ch) > columns:
            lines.append(line)
            line = ""
        line += ch
    return [*lines, line] if line else lines


_BLANKS = re.compile(r"[ \t\u3000]+")


def clean_text(text: str) -> str:
    """NFKC, runs of white space folded to one space, ends stripped."""
    return _BLANKS.sub(" ", nfkc(text)).strip()


# Convention (the form's labels as plans set them apart, in the 概要 and the sheets alike): a mark before the label
# (「■実施者名」「◆調達方法」, a web page's or a re-typed plan's) or the label in lenticular brackets (「【実施期間】」
# 「【調達方法】」, f1's and l2's habit), the bracket closed or left open.
LABEL_MARKS = "■□◆◇●○▼▽▶▷"


def label_pattern(words: str) -> str:
    """The regex of a label (`words`, a regex; its groups kept) as plans set it apart (see above): in 【】, after a
    mark, or both (「【■実施者名】」); white space between them allowed (a line's NFKC text) or none (its key)."""
    return rf"(?:【\s*)?(?:[{LABEL_MARKS}]\s*)?(?:{words})(?:\s*】)?"


def era_year(era: str, year: str) -> int:
    """Western year of an era year: ('令和', '8') → 2026; '元' counts as 1."""
    n = 1 if year == "元" else int(year)
    return _ERA_BASE[era.upper() if len(era) == 1 else era] + n


# 令和8年（2026年）3月27日: the Western year in brackets after the era year is allowed
_DATE_RE = re.compile(_ERA + r"(\d+|元)年(?:[(（](?:19|20)\d{2}年[)）])?(\d{1,2})月(\d{1,2})日")
_WDATE_RE = re.compile(r"((?:19|20)\d{2})[年/.-](\d{1,2})[月/.-](\d{1,2})日?")
# H27.4.1, R2/4/1: an era letter with dots or slashes (older plans and tables)
_EDATE_RE = re.compile(r"(?<![A-Za-z])([RHS])(\d{1,2}|元)[./](\d{1,2})[./](\d{1,2})(?!\d)")


def parse_date(text: str) -> date | None:
    """The first date in text: 令和8年4月1日, R8年4月1日, 2026年4月1日, 2026/4/1."""
    dates = find_dates(text)
    return dates[0] if dates else None


def find_dates(text: str) -> list[date]:
    """Every era or Western date in text, in order. Era years are not capped at the era's
    end: 平成36年3月31日 (written before the era changed) is 2024-03-31."""
    s = compact(text)
    found: list[tuple[int, date]] = []
    for rx in (_DATE_RE, _EDATE_RE):
        for m in rx.finditer(s):
            d = _safe_date(era_year(m.group(1), m.group(2)), int(m.group(3)), int(m.group(4)))
            if d:
                found.append((m.start(), d))
    for m in _WDATE_RE.finditer(s):
        d = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            found.append((m.start(), d))
    return [d for _, d in sorted(found, key=lambda p: p[0])]


_MONTH_RE = re.compile(_ERA + r"(\d+|元)年(\d{1,2})月(?!\d{1,2}日)|((?:19|20)\d{2})年(\d{1,2})月(?!\d{1,2}日)")
_PERIOD_FY_RE = re.compile(_ERA + r"(\d+|元)年度|((?:19|20)\d{2})年度")


def find_period(text: str) -> tuple[date | None, date | None]:
    """(start, end) of a period as plans write it: two dates (令和8年4月1日～令和13年3月31日);
    else two months (平成27年4月～平成32年3月: the first day to the last); else two fiscal
    years (平成27年度～平成31年度: 4/1 of the first to 3/31 after the last)."""
    dates = find_dates(text)
    if len(dates) >= 2:
        return dates[0], dates[1]
    s = compact(text)
    months = [(era_year(m[1], m[2]), int(m[3])) if m[1] else (int(m[4]), int(m[5])) for m in _MONTH_RE.finditer(s)]
    months = [(y, mo) for y, mo in months if 1 <= mo <= 12]
    if not dates and len(months) >= 2:
        (y0, m0), (y1, m1) = months[:2]
        return date(y0, m0, 1), date(y1, m1, calendar.monthrange(y1, m1)[1])
    years = [era_year(m[1], m[2]) if m[1] else int(m[3]) for m in _PERIOD_FY_RE.finditer(s)]
    if not dates and len(years) >= 2:
        return date(years[0], 4, 1), date(years[1] + 1, 3, 31)
    return (dates[0], None) if dates else (None, None)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


_FY_RE = re.compile(_ERA + r"(\d{1,2}|元)年度?")
_WFY_RE = re.compile(r"((?:19|20)\d{2})年度")


def fiscal_year(text: str) -> int | None:
    """The fiscal year named by a column or label: 令和8年度 → 2026, R7年度 → 2025."""
    s = compact(text)
    if m := _FY_RE.search(s) or _LETTER_FY_RE.fullmatch(s):  # (「R8」 alone holds no western year)
        return era_year(m.group(1), m.group(2))
    if m := _WFY_RE.search(s) or _WESTERN_ERA_FY_RE.fullmatch(s):
        return int(m.group(1))
    m = _BARE_FY_RE.fullmatch(s)
    return bare_fiscal_year(int(m.group(1))) if m else None


# Convention (目標 tables of older plans): year headers without their era, 「29年度」…「33年度」. The era
# is the one the plan's years were in: 平成 from 20 (the first plans were 平成26年度; 平成 continued
# past 31 in plans written before the era changed), 令和 below it (令和20年度 is 2038).
_BARE_FY_RE = re.compile(r"(\d{1,2})年度")
_LETTER_FY_RE = re.compile(r"([RH])(\d{1,2})")  # 「R8」: a table's year header without 年度
# 「2025(R7)」: the western year with the era's in brackets (a table's header; the bracket tells it from an amount)
_WESTERN_ERA_FY_RE = re.compile(r"((?:19|20)\d{2})(?:年度)?[(（](?:R|H|令和|平成)(?:\d{1,2}|元)(?:年度)?[)）]")


def bare_fiscal_year(n: int) -> int:
    """The fiscal year of a year number printed without its era: 29 → 2017, 8 → 2026."""
    return era_year("平成" if n >= 20 else "令和", str(n))


# A fiscal year's label as a table's header or a line names it, as a regex for running text (NFKC; white
# space allowed inside, as a PDF copy spaces 「令和 8 年度」): 「令和8年度」「R8年度」, 「R8」「H29」 (the era's
# letter and the year alone, a table's header cells, convention of Word tables), 「2026年度」, 「29年度」
# (without its era, _BARE_FY_RE), 「2025(R7)」 (_WESTERN_ERA_FY_RE). fiscal_year gives the year it names.
FISCAL_YEAR_LABEL = (r"(?:(?:令和|平成|昭和|R|H|S)\s*(?:\d{1,2}|元)\s*年度|[RH]\s*\d{1,2}|(?:19|20)\d{2}\s*年度"
                     r"|(?:19|20)\d{2}(?:\s*年度)?\s*[(（](?:R|H|令和|平成)\s*(?:\d{1,2}|元)(?:\s*年度)?\s*[)）]"
                     r"|\d{1,2}\s*年度)")
_FISCAL_YEAR_LABEL_RE = re.compile(FISCAL_YEAR_LABEL)
# A year as a row typed on one line labels its figure (j3, o3: 「…　現行 1回／R9 2回／令和10 3回」), or a header
# its column: a fiscal year's label with its 年度 shortened to 年 or left out — 「令和10」「R9年」「9年」「2027」
# 「2027(R9)」 — or whole (「令和9年度」「9年度」), spaced as a PDF copy spaces it 「令和 9 年度」; a regex without
# groups.
YEAR_AS_WRITTEN = (r"(?:(?:令和|平成|R|H)\s*\d{1,2}(?:\s*年度?)?|\d{1,2}\s*年度?"
                   r"|(?:19|20)\d{2}(?:\s*年度?)?(?:\s*[(（](?:令和|平成|R|H)\s*\d{1,2}(?:\s*年度?)?[)）])?)")


def is_fiscal_year_label(text: str) -> bool:
    """True for a header cell that names one fiscal year and nothing else (FISCAL_YEAR_LABEL)."""
    return bool(_FISCAL_YEAR_LABEL_RE.fullmatch(compact(text)))


def fiscal_year_label(fy: int) -> str:
    """The Japanese name of a fiscal year: 2026 → 令和8年度 (2019 is 令和元年度)."""
    if fy >= 2019:
        return f"令和{fy - 2018 if fy > 2019 else '元'}年度"
    return f"平成{fy - 1988}年度"


def japanese_date(d: date) -> str:
    """令和9年4月1日 for 2027-04-01."""
    if d < date(2019, 5, 1):
        return f"平成{d.year - 1988}年{d.month}月{d.day}日"
    return f"令和{d.year - 2018 if d.year > 2019 else '元'}年{d.month}月{d.day}日"


def japanese_year_month(ym: str) -> str:
    """令和8年12月 for '2026-12' (the YYYY-MM of 別表2's as-of date)."""
    year, month = (int(x) for x in ym.split("-"))
    return japanese_date(date(year, month, 1)).removesuffix("1日")


def fiscal_year_of(d: date) -> int:
    """The fiscal year (starting 4/1) that a date falls in."""
    return d.year if d.month >= 4 else d.year - 1


def fiscal_years_between(start: date, end: date) -> list[int]:
    """Fiscal years covered by a period."""
    return list(range(fiscal_year_of(start), fiscal_year_of(end) + 1))


def year_month(text: str) -> str | None:
    """YYYY-MM of 令和7年12月 (as in 「令和7年12月現在」)."""
    s = compact(text)
    m = re.search(_ERA + r"(\d+|元)年(\d{1,2})月", s)
    if m:
        return f"{era_year(m.group(1), m.group(2)):04d}-{int(m.group(3)):02d}"
    m = re.search(r"((?:19|20)\d{2})年(\d{1,2})月", s)
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}" if m else None


@dataclass(frozen=True)
class Quantity:
    """A number read from a cell, with its unit and the text it came from."""

    value: int | float | None
    unit: str | None
    raw: str


_QTY_RE = re.compile(
    r"^(?P<pre>約|概ね|およそ|延べ|延|計|合計|年|月|毎月|各)?\s*"
    r"(?P<sign>[▲△-])?(?P<num>\d[\d,]*(?:\.\d+)?)\s*"
    r"(?P<unit>[^\d\s※()（）]*?)\s*(?P<post>以上|以下|未満|超|程度|前後|まで|〜|~)?"
    r"\s*(?:[※*]\s*\d*)?\s*(?:[(（][^)）]*[)）])?$"
)


MAX_QUANTITY = 10**15  # beyond any count, share or amount of a plan: the model's limit too (model.MAX_NUMBER)


def to_number(text: str) -> int | float | None:
    """「1,000」 → 1000, 「2.5」 → 2.5: an int when the number is whole; None for a number no
    count, share or amount of a plan reaches (beyond ±MAX_QUANTITY, as the model refuses it:
    「10^20件」 in prose is a typo or a hostile file, and the reader keeps the text instead)."""
    value = float(text.replace(",", ""))
    if not abs(value) <= MAX_QUANTITY:
        return None
    return int(value) if value.is_integer() else value


def number_text(value: float | None, unit: str | None = None, grouping: bool = False) -> str:
    """A number as a form prints it: 4 → '4回', 1500 → '1,500' (grouping), None → ''."""
    if value is None:
        return ""
    if float(value).is_integer():
        text = f"{int(value):,}" if grouping else str(int(value))
    else:
        text = f"{value:,}" if grouping else f"{value:g}"
    return text + (unit or "")


def parse_quantity(cell: str | None) -> Quantity:
    """A cell as a number and unit: '18,000' → 18000, '50者' → (50, '者'), '—' → None.

    '約300社' gives 300 社; '4回' gives 4 回; '3%' gives 3 %; a cell that holds
    no number ('-', '—', '未実施', '随時', empty) gives value None; the raw text
    is kept as it was.
    """
    raw = "" if cell is None else str(cell).strip()
    s = re.sub(r"\s+", " ", nfkc(raw)).strip()
    if s.replace(" ", "") in _EMPTY_MARKS or any(s == w for w in _NO_NUMBER_WORDS):
        return Quantity(None, None, raw)
    m = _QTY_RE.match(s)
    if not m:
        return Quantity(None, None, raw)
    value = to_number(m.group("num"))
    if value is None:  # 10^20 件 is not a count or an amount of a plan
        return Quantity(None, None, raw)
    if m.group("sign"):
        value = -value
    unit = m.group("unit") or None
    if unit:
        unit = unit.strip("/／").strip() or None
        if unit and not re.fullmatch(r"[%％a-zA-Z\u3040-\u30ff\u4e00-\u9fff/／・]+", unit):
            return Quantity(None, None, raw)
    return Quantity(value, unit, raw)


def says_value(raw: str | None, value: float | None) -> bool:
    """Whether a cell's text still says its number: the number parse_quantity reads from it
    (NFKC, full-width digits, commas, 約/以上, ▲ for minus) equals value, or the text holds no
    number it can read (「-」「未実施」, empty) and value is None. The extractor takes every value
    from its raw this way, so an unedited document always agrees with itself."""
    said = parse_quantity(raw).value
    if said is None or value is None:
        return said is None and value is None
    return math.isclose(said, value, rel_tol=1e-12, abs_tol=1e-12)


def is_value_cell(cell: str) -> bool:
    """True when a cell holds a number or an explicit no-value mark."""
    q = parse_quantity(cell)
    if q.value is not None:
        return True
    s = compact(cell)
    return s in _EMPTY_MARKS or s in _NO_NUMBER_WORDS


# --- contacts --------------------------------------------------------------

_PHONE_RE = re.compile(r"0\d{1,4}-\d{1,4}-\d{3,4}")
_POSTAL_RE = re.compile(r"〒?\s*(\d{3})\s*[-‐－ー]\s*(\d{4})")
# Lengths bounded as RFC 5321 bounds them (64 before @, 253 after): unbounded, a long run of
# letters without an @ made the search quadratic.
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9.\-]{1,253}\.[A-Za-z]{2,24}")


def phone_number(text: str) -> str | None:
    """The first phone-like number in text, hyphenated as written."""
    s = re.sub(r"(?<=\d)\s+(?=[\d-])|(?<=-)\s+", "", nfkc(text))
    m = _PHONE_RE.search(s)
    return m.group(0) if m else None


def is_valid_phone(phone: str) -> bool:
    """A Japanese fixed, mobile or free-dial number: 10 or 11 digits starting with 0."""
    s = nfkc(phone)
    if not re.fullmatch(r"0[\d-]+\d", s) or "--" in s:
        return False
    digits = s.replace("-", "")
    return len(digits) in (10, 11)


def postal_code(text: str) -> str | None:
    """The first postal code in text as NNN-NNNN."""
    m = _POSTAL_RE.search(nfkc(text))
    return f"{m.group(1)}-{m.group(2)}" if m else None


def is_valid_postal_code(code: str) -> bool:
    return bool(re.fullmatch(r"\d{3}-\d{4}", nfkc(code)))


def email_address(text: str) -> str | None:
    if "@" not in text and "＠" not in text:
        return None
    m = _EMAIL_RE.search(nfkc(text))
    return m.group(0).rstrip(".") if m else None


def is_valid_email(addr: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", addr))


# --- identifiers -------------------------------------------------------------


def corporate_number_check_digit(twelve: str) -> int:
    """Check digit of a 法人番号 for its twelve base digits.

    9 − (Σ digit × weight mod 9), weights 1, 2, 1, 2 … from the rightmost digit.
    """
    total = sum(int(d) * (1 if i % 2 == 0 else 2) for i, d in enumerate(reversed(twelve)))
    return 9 - total % 9


def is_valid_corporate_number(number: str) -> bool:
    """A 13-digit 法人番号 whose first digit is its check digit."""
    s = nfkc(number)
    return bool(re.fullmatch(r"\d{13}", s)) and int(s[0]) == corporate_number_check_digit(s[1:])


def local_gov_code_check_digit(five: str) -> int:
    """Check digit of a 地方公共団体コード: 11 − (Σ d × 6,5,4,3,2 mod 11), mod 10."""
    total = sum(int(d) * w for d, w in zip(five, (6, 5, 4, 3, 2), strict=True))
    return (11 - total % 11) % 10


def is_valid_local_gov_code(code: str) -> bool:
    s = nfkc(code)
    return bool(re.fullmatch(r"\d{6}", s)) and int(s[5]) == local_gov_code_check_digit(s[:5])


# --- numbering --------------------------------------------------------------


def circled_number(ch: str) -> int | None:
    """① → 1 … ⑳ → 20."""
    i = _CIRCLED.find(ch)
    return i + 1 if i >= 0 else None


def circled(n: int) -> str:
    """① for 1 … ⑳ for 20; 「(21)」 beyond."""
    return _CIRCLED[n - 1] if 1 <= n <= len(_CIRCLED) else f"({n})"


def leading_circled(text: str) -> int | None:
    """The circled number a label starts with, if any."""
    s = text.lstrip(" -・*#\u3000")
    return circled_number(s[0]) if s else None


_WESTERN_FY = re.compile(r"((?:19|20)\d{2})(?:年度?)?")
_ERA_FY = re.compile(r"(令和|平成|R|H)(\d{1,2}|元)(?:年度?)?")


def parse_fiscal_year(text: str) -> int:
    """A fiscal year as users type it: 2031, R13, r13, 令和13, 令和13年度 (full-width digits too);
    ValueError with a message in Japanese otherwise."""
    s = compact(str(text)).upper()
    if m := _WESTERN_FY.fullmatch(s):
        year = int(m.group(1))
    elif m := _ERA_FY.fullmatch(s):
        year = era_year(m.group(1), m.group(2))
    else:
        raise ValueError(f"「{text}」を年度として読めません（2031、R13、令和13年度 のように書いてください）")
    if not 2000 <= year <= 2100:
        raise ValueError(f"「{text}」（{year} 年度）は範囲外です（2000～2100 年度）")
    return year
