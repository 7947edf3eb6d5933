"""別表1 rows flattened to a line, read back as rows (extract/nlp/indicator_rows.py): no parser needed."""

from __future__ import annotations

from hattatsu.extract.nlp.indicator_rows import table_row


def test_a_row_gets_its_unit_on_each_cell_and_loses_its_labels():
    assert table_row("事業計画策定件数(件)\t現行 12\t令和8年度 15\t令和9年度 18") == "事業計画策定件数 15件、18件"
    assert table_row("創業支援件数 現状 3件 H27 5件 H28 6件") == "創業支援件数 5件、6件"
    assert table_row("商談会参加事業者数｜者｜現行 4｜R8 5｜R9 6") == "商談会参加事業者数 5者、6者"
    assert table_row("需要動向調査件数(件) 現行 - 10 10 (5年間合計 20)") == "需要動向調査件数 10件、10件、累計20件"
    assert table_row("経営状況分析の目標 R8:40者 R9:45者 計85者") == "経営状況分析 40者、45者、累計85者"
    assert table_row("事業計画策定件数 H27 10件 H28 12件(現状7件)") == "事業計画策定件数 10件、12件"


def test_what_is_no_row_is_left_as_it_was():
    for text in ("個別相談会参加事業者数 2 4 者",  # one number spread out to its cell's width
                 "巡回訪問件数 400 450 500",  # no unit anywhere: left to the name finder's bare cells
                 "経営分析件数 30件 事業計画策定件数 15件",  # two names
                 "経営分析件数 30件",  # one value
                 "商談件数 10件 20社"):  # two units
        assert table_row(text) == text


def test_marks_and_labels_no_name_holds():
    from hattatsu.extract.nlp.indicator_labels import strip_marks

    assert strip_marks("―事業承継診断件数 年24件") == "事業承継診断件数 年24件"
    assert strip_marks("経営分析件数―年間30件") == "経営分析件数：年間30件"
    assert strip_marks("(ア) 経営状況分析の実施件数 年間 40件") == "経営状況分析の実施件数 年間 40件"
    assert strip_marks("No.7 【KPI】事業承継診断実施件数:各年度20件") == "【KPI】事業承継診断実施件数:各年度20件"
    assert strip_marks("目標II-3 観光客入込数 年間80万人") == "観光客入込数 年間80万人"
    assert strip_marks("Q 経営分析件数の目標は? A 年間20件です。") == "経営分析件数： 年間20件です。"
    for text in ("KGI：域内調達率 令和12年度 35.0%", "M&Aマッチング件数―", "アンケート回収率 80%"):
        assert strip_marks(text) == text


def test_a_header_row_before_the_row_and_a_unit_cell_set_apart_by_spaces():
    assert table_row("項目現行令和7年度令和8年度令和9年度 経営分析件数 件 － 30 35") == "経営分析件数 30件、35件"
    assert table_row("項目 単位 R7 R8 R9 合計 創業支援件数 件 5 6 11") == "創業支援件数 5件、6件、累計11件"
    assert table_row("⑥ 調査結果の提供先数 社 100 100") == "⑥ 調査結果の提供先数 100社、100社"
    assert table_row("3 調査結果の提供先数 社 100 120") == "調査結果の提供先数 100社、120社"


def test_a_header_run_together_and_a_row_with_no_unit():
    assert table_row("現行R8R9R10 経営分析件数 30 35 40 45") == "経営分析件数 35 40 45"
    assert table_row("R8 R9 R10 創業者数 3人 4人 5人") == "創業者数 3人、4人、5人"


def test_the_kind_and_letter_of_an_indicator_and_goal_numbers_left_alone():
    from hattatsu.extract.nlp.indicator_labels import strip_marks

    assert strip_marks("成果指標(A) 新規取引件数 年間15件") == "新規取引件数 年間15件"
    assert strip_marks("評価指標B 創業者数 5人") == "創業者数 5人"
    for text in ("目標 30件を目指す", "目標2 30件", "事業5件"):
        assert strip_marks(text) == text


def test_six_unlabelled_cells_are_the_current_column_and_five_years():
    assert table_row("経営分析件数(件) | 12 | 20 | 20 | 25 | 25 | 30") == "経営分析件数 20件、20件、25件、25件、30件"
    assert table_row("経営分析件数｜20件｜25件｜25件｜30件｜30件｜30件") == "経営分析件数 25件、25件、30件、30件、30件"
    assert table_row("経営分析事業者数(者) 30 35 40") == "経営分析事業者数 30者、35者、40者"  # (three: all targets)


def test_rates_inside_a_name_unit_labels_empty_cells_and_one_labelled_cell():
    """Session 9: 「売上高3%以上増加事業者数」 keeps its rate; 「（単位：者）」 gives the unit; 未実施 (no label) is
    an empty 現行 cell; one value will do under 現行/目標 labels when the name's bracket gives the unit; 「（各年度）」
    per year."""
    assert table_row("付加価値額10%以上増加事業者数(者) 未実施 3 4 4") == "付加価値額10%以上増加事業者数 3者、4者、4者"
    assert table_row("経常利益が5%以上増加した事業者数(単位:社) 現行 - R8 2 R9 3") == \
        "経常利益が5%以上増加した事業者数 2社、3社"
    assert table_row("販路開拓支援件数(件) 現行 8 目標 12(各年度)") == "販路開拓支援件数 年間12件"
    # (no bracket: one value is no row)
    assert table_row("販路開拓支援件数 現行 8件 目標 12件") == "販路開拓支援件数 現行 8件 目標 12件"


def test_a_total_column_a_name_after_its_cells_years_across_an_era_and_rows_under_one_unit():
    """Six bare cells whose last is the sum of the five before: the five years and the plan's total (no 現行);
    「R7:20件 R8:22件（創業相談件数）」: the name after the cells; 「H30 … H31 … R2 …」: years running on across the
    era are all targets; 「（単位：回） A 3 3 B 12 12」: two rows under one unit."""
    assert table_row("創業支援件数(件) | 4 | 5 | 5 | 6 | 6 | 26") == "創業支援件数 4件、5件、5件、6件、6件、累計26件"
    assert table_row("創業支援件数(件) | 4 | 5 | 5 | 6 | 6 | 7") == "創業支援件数 5件、5件、6件、6件、7件"
    assert table_row("R7年度:30件 R8年度:35件(経営分析件数)") == "経営分析件数 30件、35件"
    assert table_row("巡回訪問件数 H30年度 200回 H31年度 210回 R2年度 220回") == "巡回訪問件数 200回、210回、220回"
    assert table_row("巡回訪問件数 H27年度 150回 R8年度 220回 R9年度 230回") == "巡回訪問件数 220回、230回"
    assert table_row("(単位:回) 創業塾 2 2 2 経営セミナー 4 4 5") == "創業塾 2回、2回、2回 経営セミナー 4回、4回、5回"


def test_a_goal_word_before_the_unit_of_a_line_and_a_dash_after_genko():
    from hattatsu.extract.nlp.indicator_labels import strip_marks

    assert strip_marks("目標(単位:件) 経営分析 30 35") == "(単位:件) 経営分析 30 35"
    assert strip_marks("創業者数(人) 現行 ― R8 3") == "創業者数(人) 現行 ― R8 3"
    assert strip_marks("KPI(3) 経営分析件数 30件") == "経営分析件数 30件"


def test_labels_glued_to_their_cells_and_a_total_in_a_bracket_glued_to_the_last():
    assert table_row("経営分析件数(件) 現状:15 目標:R8 20 R9 22") == "経営分析件数 20件、22件"
    assert table_row("創業者数(単位:人)現行:- R8:2 R9:3") == "創業者数 2人、3人"
    assert table_row("個別相談会の開催回数 R7年度:6回 R8年度:8回(累計14回)") == \
        "個別相談会の開催回数 6回、8回、累計14回"


def test_a_sheet_row_with_no_labels_and_bars_closing_a_row():
    """「X（件） 600 652 108.7%」: target, result and the rate one is of the other — the target alone (a third cell that
    is no such rate leaves the line as it was); bars before the first and after the last cell close the row."""
    assert table_row("経営分析件数(件)\t40\t38\t95.0%") == "経営分析件数 40件"
    assert table_row("経営分析件数(件) 40 38 80.0%") == "経営分析件数(件) 40 38 80.0%"
    assert table_row("|創業者数|1人|2人|2人|3人|3人|3人|") == "創業者数 2人、2人、3人、3人、3人"


def test_a_unit_in_the_last_cell_and_a_unit_per_firm():
    assert table_row("創業者数|現行3|R8 4|R9 5|人") == "創業者数 4人、5人"
    assert table_row("|商談件数(件/社)|-|2|2|3|") == "商談件数 2件、2件、3件"
