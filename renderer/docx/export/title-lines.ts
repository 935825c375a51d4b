// Splits a long 标题 into lines at meaning boundaries (GB/T 9704 §7.3.1: 回行时要做到词意完整，排列对称，
// 长短适宜，间距恰当; the shape is a 梯形 or 菱形). A 2号 line holds 20 characters of the 156 mm 版心; lines are
// kept to 19 because digits and spaces in the fonts that stand in for 小标宋 are wider than half a character.
import { textWidth } from '../../core/text-width'

/** 442 pt / 22 pt = 20, less one for proportional digits (LibreOffice wrapped a 20-unit line on Noto CJK). */
export const TITLE_CHARS_PER_LINE = 19

interface Break {
  /** Index in the title where the next line starts. */
  readonly at: number
  /** 0 for a strong boundary (a space the writer typed, before 关于, after an issuing body), higher is worse. */
  readonly cost: number
}

const ISSUER_END = /(委员会|人民政府|办公室|办事处|党工委)$/u

/** Where a line may end, with how much meaning the break cuts. */
function breaks(title: string): Break[] {
  const out: Break[] = []
  for (let i = 1; i < title.length; i++) {
    const before = title.slice(0, i)
    const rest = title.slice(i)
    if (/\s$/u.test(before) || /^\s/u.test(rest)) {
      // A space between two Chinese words separates names (中共XX镇委员会 XX镇人民政府); one next to a digit
      // (2023 年) is only spacing and must not become a line end.
      if (/[^\s\u0020-\u024f]\s$/u.test(before) && /^[^\s\u0020-\u024f]/u.test(rest))
        out.push({ at: i, cost: 0 })
      continue
    }
    if (rest.startsWith('关于')) out.push({ at: i, cost: 0 })
    else if (ISSUER_END.test(before)) out.push({ at: i, cost: 1 })
    else if (/的$/u.test(before) || /^(法治政府建设|推进|年度报告|工作报告|情况的报告|情况报告)/u.test(rest))
      out.push({ at: i, cost: 3 })
    else if (/\d年$/u.test(before) && !rest.startsWith('度')) out.push({ at: i, cost: 4 })
  }
  return out
}

function lineText(title: string, from: number, to: number): string {
  return title.slice(from, to).trim()
}

/** The title as lines: one line when it fits, else the split with the fewest lines, best boundaries and most even lengths. */
export function titleLines(title: string, perLine: number = TITLE_CHARS_PER_LINE): string[] {
  const text = title.replace(/\s+/gu, ' ').trim()
  if (textWidth(text) <= perLine) return [text]
  const points = [{ at: 0, cost: 0 }, ...breaks(text), { at: text.length, cost: 0 }]
  // best[i]: cheapest split of text[0, points[i].at) into lines, as [cost, previous index]
  const best: { cost: number; lines: number; prev: number }[] = points.map(() => ({
    cost: Infinity,
    lines: 0,
    prev: -1,
  }))
  best[0] = { cost: 0, lines: 0, prev: -1 }
  const ideal = textWidth(text) / Math.ceil(textWidth(text) / perLine)
  for (let j = 1; j < points.length; j++) {
    for (let i = 0; i < j; i++) {
      const from = best[i]
      if (from === undefined || from.cost === Infinity) continue
      const width = textWidth(lineText(text, points[i]?.at ?? 0, points[j]?.at ?? 0))
      if (width > perLine || width === 0) continue
      const cost = from.cost + 100 + (points[j]?.cost ?? 0) * 4 + (width - ideal) ** 2
      if (cost < (best[j]?.cost ?? Infinity)) best[j] = { cost, lines: from.lines + 1, prev: i }
    }
  }
  if ((best[points.length - 1]?.cost ?? Infinity) === Infinity) return hardWrap(text, perLine)
  const lines: string[] = []
  for (let j = points.length - 1; j > 0;) {
    const i = best[j]?.prev ?? 0
    lines.unshift(lineText(text, points[i]?.at ?? 0, points[j]?.at ?? 0))
    j = i
  }
  return lines
}

/** No boundary works (a title of one very long word): cut at the line width. */
function hardWrap(text: string, perLine: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const char of text) {
    if (textWidth(line + char) > perLine) {
      lines.push(line.trim())
      line = ''
    }
    line += char
  }
  if (line.trim() !== '') lines.push(line.trim())
  return lines
}
