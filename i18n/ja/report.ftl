# レポート形式: 要約とラベル。

report-findings = 検出結果 { $count } 件
report-rules = ルール { $count } 件
report-summary = { $findings } (重大 { $critical }、高 { $high }、中 { $medium }、低 { $low })、{ $rules }を実行、{ $skipped } 件をスキップ
report-summary-suppressed = { $findings } (重大 { $critical }、高 { $high }、中 { $medium }、低 { $low })、抑制 { $suppressed } 件、{ $rules }を実行、{ $skipped } 件をスキップ

# テキスト: 検出結果の見出し行の下の行と、検出結果の後の行。
text-id = id: { $id }
text-path = 経路: { $path }
text-fix = 修正: { $fix }
text-suppressed = 抑制 ({ $reason }): { $finding }
text-unused-suppression = 未使用の抑制: { $name }

# Markdown: 表の見出し行、抑制された検出結果の印、セクションのラベル、未使用の抑制。
md-columns = | 重要度 | コード | 検出結果 | 経路 |
md-suppressed-mark = {" "}(抑制)
md-id = ID
md-severity = 重要度
md-finding = 検出結果
md-path = 経路
md-why = 理由
md-fix = 修正方法
md-suppressed = 抑制
md-unused-suppressions = 未使用の抑制: { $names }
