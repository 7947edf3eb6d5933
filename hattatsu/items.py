"""The canonical items of 別表1 (3.–12.): key, usual title, whether the form requires it,
and title patterns that identify it whatever number a plan gives it."""

from __future__ import annotations

# (key, usual title, required, patterns any of which identifies the title)
ITEMS: list[tuple[str, str, bool, tuple[str, ...]]] = [
    ("economic_trends", "地域の経済動向調査に関すること", True, (r"経済動向",)),
    ("demand_trends", "需要動向調査に関すること", True, (r"需要動向",)),
    ("business_analysis", "経営状況の分析に関すること", True, (r"経営状況.{0,2}分析", r"経営分析に関する")),
    ("plan_formulation", "事業計画策定支援に関すること", True, (r"事業計画.{0,4}策定",)),
    ("post_plan_support", "事業計画策定後の実施支援に関すること", True, (r"策定後", r"フォローアップ")),
    ("new_demand", "新たな需要の開拓に寄与する事業に関すること", True, (r"需要の開拓", r"販路開拓")),
    ("evaluation", "事業の評価及び見直しをするための仕組みに関すること", True, (r"評価.{0,3}見直し",)),
    ("staff_development", "経営指導員等の資質向上等に関すること", True, (r"資質.{0,2}向上", r"支援能力.{0,2}向上")),
    ("knowhow_exchange", "他の支援機関との連携を通じた支援ノウハウ等の情報交換に関すること", False,
     (r"情報交換", r"ノウハウ")),
    ("regional_revitalization", "地域経済の活性化に資する取組に関すること", False,
     (r"地域経済.{0,2}活性化",)),
]

# Matching order: 事業計画策定後 must be tried before 事業計画策定.
MATCH_ORDER = sorted(ITEMS, key=lambda it: it[0] != "post_plan_support")
TITLES = {key: title for key, title, _, _ in ITEMS}
REQUIRED = [key for key, _, required, _ in ITEMS if required]
# Items of part I carry a 目標 table on the official form; 9.–12. do not.
WITH_TARGETS = ["economic_trends", "demand_trends", "business_analysis", "plan_formulation",
                "post_plan_support", "new_demand"]
NUMBER = {key: i for i, (key, _, _, _) in enumerate(ITEMS, 3)}  # the number the form gives each item

# What each item's text is about: the words its 現状と課題, 目標 and 事業内容 usually use. Read
# by the segmenter's fallback to place an item whose heading is missing.
CONTENT = {
    "economic_trends": "地域の経済動向 景況 景気動向 業況 景況調査 統計 RESAS 地域経済分析システム 産業構造 "
                       "経済センサス ビッグデータ LOBO調査 業種別 売上DI 分析結果の公表",
    "demand_trends": "需要動向 消費者 ニーズ アンケート 試食 商品 バイヤー 来場者 顧客 購買 嗜好 トレンド "
                     "市場調査 モニター 評価シート 商品改良",
    "business_analysis": "経営分析 経営状況 財務分析 決算書 SWOT分析 強み 弱み 非財務 ローカルベンチマーク "
                         "経営デザインシート 分析シート 財務指標 収益性 経営課題の抽出",
    "plan_formulation": "事業計画 事業計画策定 策定支援 セミナー 創業 事業承継 DX 経営革新計画 計画書 "
                        "持続化補助金 専門家 ブラッシュアップ 個別相談会",
    "post_plan_support": "フォローアップ 策定後 進捗状況 巡回訪問 伴走支援 実施支援 訪問頻度 四半期 "
                         "売上増加 利益率 計画の見直し 定期的な確認",
    "new_demand": "販路開拓 新たな需要 商談会 展示会 物産展 出展 ECサイト SNS 新規取引先 成約 マッチング "
                  "即売会 プレスリリース 出展支援 売上",
    "evaluation": "事業の評価 見直し 評価委員会 PDCA 外部有識者 中小企業診断士 理事会 報告 公表 "
                  "実施状況 検証 改善策 評価結果",
    "staff_development": "資質向上 研修 経営指導員 支援能力 OJT スキル 勉強会 データベース 組織内共有 "
                         "若手職員 支援ノウハウの習得 研修会への参加",
    "knowhow_exchange": "情報交換 他の支援機関 支援機関との連携 ノウハウ 金融機関 日本政策金融公庫 "
                        "連絡会議 意見交換 支援事例 連合会 定期的な会議",
    "regional_revitalization": "地域経済 活性化 まちづくり イベント 観光 祭り にぎわい 交流人口 特産品 "
                               "行政 協議会 関係団体 地域ブランド 中心市街地",
}
