"""Contact blocks (連絡先) in the 概要 and 別表2: organisation, address, phone, fax, e-mail."""

from __future__ import annotations

import re
from itertools import pairwise

from hattatsu.model import Contact
from hattatsu.normalize import clean_text, email_address, nfkc, phone_number, postal_code

_FAX = re.compile(r"(?:FAX|ファックス|ファクス)\s*(?:番号)?\s*[:：]?\s*([0-9][0-9\-\s]{8,14}\d)", re.I)
_PHONE = re.compile(r"(?:電\s*話|TEL|ＴＥＬ|Tel)\s*(?:番号)?\s*[:：]?\s*([0-9][0-9\-\s]{8,14}\d)", re.I)
_URL = re.compile(r"(?:URL\s*[:：]?\s*)?https?://\S+", re.I)
_POSTAL_ADDR = re.compile(r"〒\s*\d{3}\s*[-‐－ー]\s*\d{4}\s*(?P<addr>[^\n]*)")
_ADDR_STOP = re.compile(r"\s*(?:電\s*話|TEL|FAX|メール|E-?mail|e-mail|URL|https?:)", re.I)
_LABELS = re.compile(
    r"(?:住所|所在地|電話番号|電話|TEL|FAX\s*番号|FAX|メールアドレス|E-?mail|URL|連絡先)\s*[:：]?", re.I
)
_ORG_SUFFIX = re.compile(r"^(.*?(?:商工会議所|商工会))(.*)$")
_GOV_SUFFIX = re.compile(r"^(.{1,6}?[都道府県市区町村])(.*)$")
_URL_OR_EMAIL = re.compile(_URL.pattern + r"|[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", re.I)
# A mail address or URL wrapped in a narrow 連絡先 cell (a PDF of the Word form breaks it at a hyphen or
# a dot: 「office@gtakasaki-」「sci.or.jp」): joined when the break falls at a hyphen, dot, slash or @ (the
# line ends in one or the next begins with one) and the next line goes on with the rest of a domain.
# A whole address on the next line (「info@a.jp」「www.b.jp」) stays apart.
_CUT_ADDRESS = re.compile(r"((?:[A-Za-z0-9._%+\-]+@|https?://|www\.)[A-Za-z0-9._/\-]*?)"
                          r"(?:(?<=[-./_@])[ \t]*\n[ \t]*|[ \t]*\n[ \t]*(?=[-.]))"
                          r"(?=[A-Za-z0-9.\-]*\.[A-Za-z]{2,}(?![A-Za-z0-9]))", re.I)
_HEADER_ONLY = {"商工会議所", "商工会", "関係市町村", "商工会/商工会議所", "市町村"}


def split_organization(text: str) -> tuple[str | None, str | None]:
    """'金沢商工会議所 企業経営アシストセンター' → ('金沢商工会議所', '企業経営アシストセンター')."""
    s = clean_text(text).strip(" 【】[]")
    if not s:
        return None, None
    m = _ORG_SUFFIX.match(s) or _GOV_SUFFIX.match(s)
    if not m:
        return s, None
    dept = m.group(2).strip(" ・") or None
    return m.group(1).strip(), dept


def parse_contact(text: str) -> Contact:
    """One contact from its text, labels and line breaks in any order."""
    s = _CUT_ADDRESS.sub(r"\1", nfkc(text))
    fax = _FAX.search(s)
    phone = _PHONE.search(s)
    email = email_address(s)
    url = _URL.search(s)
    addr_m = _POSTAL_ADDR.search(s)
    address = None
    if addr_m:
        address = _ADDR_STOP.split(addr_m.group("addr"))[0]
        address = clean_text(address) or None
    rest = s
    for span in (addr_m, fax, phone, url):
        if span:
            rest = rest.replace(span.group(0), "\n")
    if email:
        rest = rest.replace(email, "\n")
    rest = _LABELS.sub("\n", rest)
    org = dept = None
    for piece in re.split(r"\n|(?<=】)", rest):
        # each body after its number or a mark (convention: the published 概要's 「○春日井商工会議所 …」)
        piece = re.sub(r"^\s*[①-⑳○◯●◎■□◆◇]\s*", "", piece).strip(" :：/／・【】")
        if not piece or piece in _HEADER_ONLY or not re.search(r"[\u4e00-\u9fff]", piece):
            continue
        org, dept = split_organization(piece)
        break
    return Contact(
        organization=org,
        department=dept,
        postal_code=postal_code(s) if addr_m else None,
        address=address,
        phone=_digits(phone.group(1)) if phone else None,
        fax=_digits(fax.group(1)) if fax else None,
        email=email,
        url=re.sub(r"^URL\s*[:：]?\s*", "", url.group(0), flags=re.I) if url else None,
    )


def _digits(number: str) -> str | None:
    return phone_number(number) or re.sub(r"\s+", "", number)


def split_inline_contacts(text: str) -> list[str]:
    """A run of contacts written one after another: split after each e-mail or URL
    that precedes the next postal code."""
    s = nfkc(text)
    marks = [m.start() for m in re.finditer("〒", s)]
    if len(marks) <= 1:
        return [s]
    cuts = [0]
    for prev, nxt in pairwise(marks):
        between = s[prev:nxt]
        ends = [m.end() for m in _URL_OR_EMAIL.finditer(between)]
        if ends:
            cuts.append(prev + max(ends))
        else:
            nl = s.rfind("\n", prev, nxt)
            cuts.append(nl + 1 if nl >= 0 else nxt)
    cuts.append(len(s))
    return [s[a:b] for a, b in pairwise(cuts) if s[a:b].strip()]
