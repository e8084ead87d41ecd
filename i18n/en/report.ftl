# Report formats: summaries and labels.

report-findings = { $count ->
    [one] { $count } finding
   *[other] { $count } findings
}
report-rules = { $count ->
    [one] { $count } rule
   *[other] { $count } rules
}
report-summary = { $findings } ({ $critical } critical, { $high } high, { $medium } medium, { $low } low), { $rules } run, { $skipped } skipped
report-summary-suppressed = { $findings } ({ $critical } critical, { $high } high, { $medium } medium, { $low } low), { $suppressed } suppressed, { $rules } run, { $skipped } skipped

# Text: the lines under a finding's headline, and after the findings.
text-id = id: { $id }
text-path = path: { $path }
text-fix = fix: { $fix }
text-suppressed = suppressed ({ $reason }): { $finding }
text-unused-suppression = unused suppression: { $name }

# Markdown: the table's header row, the mark of a suppressed finding,
# each section's labels, the unused suppressions.
md-columns = | Severity | Code | Finding | Path |
md-suppressed-mark = {" "}(suppressed)
md-id = Id
md-severity = Severity
md-finding = Finding
md-path = Path
md-why = Why
md-fix = Fix
md-suppressed = Suppressed
md-unused-suppressions = Unused suppressions: { $names }
