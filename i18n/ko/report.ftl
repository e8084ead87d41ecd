# 보고서 형식: 요약과 레이블.

report-findings = 발견 사항 { $count }건
report-rules = 규칙 { $count }개
report-summary = { $findings }(심각 { $critical }, 높음 { $high }, 중간 { $medium }, 낮음 { $low }), { $rules } 실행, { $skipped }개 건너뜀
report-summary-suppressed = { $findings }(심각 { $critical }, 높음 { $high }, 중간 { $medium }, 낮음 { $low }), 억제 { $suppressed }건, { $rules } 실행, { $skipped }개 건너뜀

# 텍스트: 발견 사항 제목 줄 아래의 줄과 발견 사항 뒤의 줄.
text-id = id: { $id }
text-path = 경로: { $path }
text-fix = 수정: { $fix }
text-suppressed = 억제됨({ $reason }): { $finding }
text-unused-suppression = 사용되지 않은 억제: { $name }

# Markdown: 표 머리글, 억제된 발견 사항 표시, 섹션 레이블, 사용되지 않은 억제.
md-columns = | 심각도 | 코드 | 발견 사항 | 경로 |
md-suppressed-mark = {" "}(억제됨)
md-id = ID
md-severity = 심각도
md-finding = 발견 사항
md-path = 경로
md-why = 이유
md-fix = 수정 방법
md-suppressed = 억제됨
md-unused-suppressions = 사용되지 않은 억제: { $names }
