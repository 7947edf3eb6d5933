"""Which documents a file holds: a plan is known by its content, whatever mark heads its headings."""

from __future__ import annotations

import pytest

from hattatsu.extract.blocks import Line
from hattatsu.extract.documents import split_documents

_PLAN_LINES = ["実施者名（法人番号）：みどり川商工会", "実施期間：令和9年4月1日～令和14年3月31日",
               "1．目標", "法定経営指導員：1名", "必要な資金の額"]


@pytest.mark.parametrize("start", ["▼経営発達支援計画の概要", "◆経営発達支援計画の概要",
                                   "■（別表1）経営発達支援事業の内容", "◆1．目標", "（別表1）",
                                   "経営発達支援計画の概要"])
def test_a_plan_is_read_whatever_mark_heads_its_first_heading(start):
    # convention: a web CMS page (▼ before a sheet, ◆ before a heading), a styled Word file (■)
    docs = split_documents([Line("鷺ノ浦商工会｜経営発達支援計画"), Line("ホーム ＞ 商工会について"), Line(start)]
                           + [Line(t) for t in _PLAN_LINES])
    assert [kind for kind, _ in docs] == ["plan"]
    assert docs[0][1][0].text == start  # the plan begins at its first heading, the page's breadcrumb before it


@pytest.mark.parametrize("lines", [
    ["# README", "▼経営発達支援計画の概要", "このフォルダには計画の雛形があります。"],  # a README: a title, no plan
    ["拝啓", "◆1．目標", "別添のとおり提出します。", "敬具"],  # a cover letter
])
def test_a_mark_before_a_title_does_not_make_a_readme_a_plan(lines):
    assert split_documents([Line(t) for t in lines]) == []
