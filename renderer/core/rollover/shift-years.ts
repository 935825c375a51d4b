// Moves the years of a title or heading on to the new report: last year's report year becomes this
// year's (2023 → 2024) and last year's "next year" becomes next year (2024年工作思路 → 2025年…).
// Earlier years name past events and stay; so do years in 《》 (document names) and in ranges
// (2021—2025年), which name a plan period, not the report's year.

const RANGE = /[—–\-~～至到]/

export function shiftYears(text: string, fromYear: number, toYear: number): string {
  const delta = toYear - fromYear
  if (delta === 0) return text
  let depth = 0
  let out = ''
  let index = 0
  while (index < text.length) {
    const char = text[index] ?? ''
    if (char === '《') depth += 1
    if (char === '》') depth = Math.max(0, depth - 1)
    const match = depth === 0 ? /^(\d{4})(\s*年)/.exec(text.slice(index)) : null
    const before = text[index - 1] ?? ''
    if (match === null || /\d/.test(before)) {
      out += char
      index += 1
      continue
    }
    const year = Number(match[1])
    const after = text.slice(index + match[0].length)
    const inRange = RANGE.test(before) || /^[—–\-~～至到]\s*\d{4}/.test(after)
    const shifted = !inRange && (year === fromYear || year === fromYear + 1) ? year + delta : year
    out += `${String(shifted)}${match[2] ?? ''}`
    index += match[0].length
  }
  return out
}
