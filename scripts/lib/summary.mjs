// Totals across runners: vitest prints "Tests  3 failed | 40 passed (43)" per package (prefixed by
// turbo), Playwright prints "  12 passed (30.1s)" / "  1 failed" / "  2 skipped".
const ANSI = /\x1b\[[0-9;]*m/g

export function summarize(output) {
  const lines = []
  let passed = 0
  let failed = 0
  let pw = { passed: 0, failed: 0, flaky: 0, seen: false }
  for (const raw of output.replace(ANSI, '').split('\n')) {
    const vitest = raw.match(/^(?:(\S+):test: )?\s*Tests\s+(.*\((\d+)\))\s*$/)
    if (vitest) {
      const body = vitest[2]
      const p = Number(body.match(/(\d+) passed/)?.[1] ?? 0)
      const f = Number(body.match(/(\d+) failed/)?.[1] ?? 0)
      passed += p
      failed += f
      lines.push(`${vitest[1] ?? 'vitest'}: ${p} passed, ${f} failed`)
      continue
    }
    const playwright = raw.match(/^\s+(\d+) (passed|failed|flaky)(?: \([^)]*\))?\s*$/)
    if (playwright) {
      pw.seen = true
      pw[playwright[2]] += Number(playwright[1])
    }
  }
  if (pw.seen) {
    passed += pw.passed + pw.flaky
    failed += pw.failed
    lines.push(`browser (playwright): ${pw.passed + pw.flaky} passed, ${pw.failed} failed`)
  }
  return { passed, failed, lines }
}
