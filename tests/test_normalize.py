import re
from datetime import date

import pytest

from hattatsu.normalize import (
    FISCAL_YEAR_LABEL,
    YEAR_AS_WRITTEN,
    clean_text,
    corporate_number_check_digit,
    email_address,
    find_dates,
    fiscal_year,
    fiscal_years_between,
    is_fiscal_year_label,
    is_valid_corporate_number,
    is_valid_email,
    is_valid_local_gov_code,
    is_valid_phone,
    is_valid_postal_code,
    label_pattern,
    leading_circled,
    local_gov_code_check_digit,
    nfkc,
    parse_date,
    parse_quantity,
    phone_number,
    postal_code,
    year_month,
)


@pytest.mark.parametrize(
    ("cell", "value", "unit"),
    [
        ("18,000", 18000, None),
        ("50者", 50, "者"),
        ("4回", 4, "回"),
        ("約300社", 300, "社"),
        ("４５０社", 450, "社"),
        ("3%", 3, "%"),
        ("2 以上", 2, None),
        ("75※１", 75, None),
        ("▲2,435", -2435, None),
        ("10.5%", 10.5, "%"),
        ("1,261件/回", 1261, "件/回"),
        ("0", 0, None),
        ("—", None, None),
        ("-", None, None),
        ("－", None, None),
        ("―", None, None),
        ("未実施", None, None),
        ("随時", None, None),
        ("", None, None),
        ("HP掲載", None, None),
    ],
)
def test_parse_quantity(cell, value, unit):
    q = parse_quantity(cell)
    assert (q.value, q.unit) == (value, unit)
    assert q.raw == cell


@pytest.mark.parametrize(
    ("text", "fy"),
    [("令和8年度", 2026), ("令和 8 年度", 2026), ("R7 年度", 2025), ("Ｒ５年度", 2023), ("令和元年度", 2019),
     ("平成28年度", 2016), ("2026年度", 2026)],
)
def test_fiscal_year(text, fy):
    assert fiscal_year(text) == fy


def test_era_dates():
    assert parse_date("令和8年4月1日") == date(2026, 4, 1)
    assert parse_date("令和 13 年 3 月 31 日") == date(2031, 3, 31)
    assert parse_date("平成28年7月1日") == date(2016, 7, 1)
    assert find_dates("（令和５年４月１日～令和８年３月３１日）") == [date(2023, 4, 1), date(2026, 3, 31)]
    assert fiscal_years_between(date(2026, 4, 1), date(2031, 3, 31)) == [2026, 2027, 2028, 2029, 2030]
    assert year_month("(令和 7 年 1 2 月現在)") == "2025-12"


def test_width_and_circled_numbers():
    assert nfkc("４５０社　ｶﾀｶﾅ") == "450社 カタカナ"
    assert nfkc("①（１）") == "①(1)"  # plain NFKC would turn ① into 1
    assert leading_circled("③DX推進セミナー") == 3
    assert clean_text("  令和\u3000８年度  ") == "令和 8年度"


def test_corporate_number_check_digit():
    # real numbers from the corpus 概要 sheets
    assert is_valid_corporate_number("5220005002171")
    assert is_valid_corporate_number("8070005002894")
    assert corporate_number_check_digit("220005002171") == 5
    assert not is_valid_corporate_number("6220005002171")
    assert not is_valid_corporate_number("522000500217")


def test_local_gov_code_check_digit():
    assert is_valid_local_gov_code("172014")  # 金沢市
    assert is_valid_local_gov_code("102024")  # 高崎市
    assert local_gov_code_check_digit("17201") == 4
    assert not is_valid_local_gov_code("172015")
    assert not is_valid_local_gov_code("17201")


def test_contacts():
    assert phone_number("電話：048-228-2220（直通）") == "048-228-2220"
    assert phone_number("TEL 027-373-0237") == "027-373-0237"
    assert is_valid_phone("076-263-1161")
    assert not is_valid_phone("076-263-116")
    assert postal_code("〒920-8639 石川県") == "920-8639"
    assert is_valid_postal_code("920-8639") and not is_valid_postal_code("9208-639")
    assert email_address("メールアドレス：keiei@kanazawa-cci.or.jp") == "keiei@kanazawa-cci.or.jp"
    assert is_valid_email("100.01000@city.kawaguchi.saitama.jp")
    assert not is_valid_email("keiei@kanazawa")


@pytest.mark.parametrize(("text", "joined"), [
    ("■連 絡 先：金沢商工会議所", "■連絡先：金沢商工会議所"),  # letter-spaced label copied from a PDF
    ("■氏  名：高田 成智", "■氏名：高田 成智"),  # two characters before a colon
    ("実 施 期 間", "実施期間"),
    ("実 施 者 名（法人番号） ひかり市商工会", "実施者名（法人番号） ひかり市商工会"),  # a label and its note
    ("高田 成智", "高田 成智"),  # a name: words, not spaced-out characters
    ("林 修", "林 修"),  # two single characters without a colon stay apart
    ("誰 が 小規模事業者の持続的発展を願う", "誰 が 小規模事業者の持続的発展を願う"),
])
def test_join_spaced_letters(text: str, joined: str) -> None:
    from hattatsu.normalize import join_spaced_letters

    assert join_spaced_letters(text) == joined


@pytest.mark.parametrize("text, matched", [
    ("調達方法", True), ("【調達方法】", True), ("◆調達方法", True), ("【■調達方法】", True),
    ("【 ■ 調達方法 】", True), ("【調達方法", True),  # the bracket left open (a line cut after the label)
    ("※調達方法", False), ("（調達方法）", False), ("調達の方法", False),
])
def test_label_pattern(text: str, matched: bool) -> None:
    """A label set apart by a mark or lenticular brackets, both optional; other brackets are the caller's."""
    assert bool(re.fullmatch(label_pattern("調達方法"), nfkc(text))) is matched


def test_fiscal_year_labels_in_running_text() -> None:
    """FISCAL_YEAR_LABEL finds in a line what is_fiscal_year_label takes as a cell, spaced as a PDF copy spaces it."""
    text = nfkc("必要な資金の額　令和 8 年度・R9 年度・2028(R10)・11年度　各300千円、令和元年度以降 なし")
    found = re.findall(FISCAL_YEAR_LABEL, text)
    assert found == ["令和 8 年度", "R9 年度", "2028(R10)", "11年度", "令和元年度"]
    assert [fiscal_year(y) for y in found] == [2026, 2027, 2028, 2029, 2019]
    assert all(is_fiscal_year_label(y) for y in found) and not is_fiscal_year_label("令和8年")


@pytest.mark.parametrize("label, written", [
    ("令和10", True), ("R9年", True), ("9年", True), ("2027", True), ("2027(R9)", True), ("令和 9 年度", True),
    ("2027（令和9年度）", True), ("9", False), ("現行", False), ("2027(見込)", False),
])
def test_year_as_written(label: str, written: bool) -> None:
    """A year as a one-line row labels its figure: with its 年度 shortened or left out (not a bare small number)."""
    assert bool(re.fullmatch(YEAR_AS_WRITTEN, label)) is written
