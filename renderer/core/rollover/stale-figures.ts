// Where the figures are in a line of last year's text: counts and amounts with their units
// (41场次, 10余次, 273.6万余元, 100%), dates (2023年12月4日, 3月18日) and mentions of last year's
// report year (2023年度). Each is a fact the new report must restate, so rollover marks it stale.
// Numbers inside 《》 are part of a document's name and never a figure (《…2021—2025年规划》).

export interface FigureSpan {
  /** Offsets into the text, end exclusive. */
  readonly start: number
  readonly end: number
}

// Longest units first, so 人次 wins over 人 and 场次 over 场.
const UNITS = [
  '人次',
  '场次',
  '万元',
  '亿元',
  '余元',
  '件',
  '次',
  '人',
  '场',
  '个',
  '家',
  '份',
  '条',
  '起',
  '宗',
  '项',
  '期',
  '名',
  '户',
  '篇',
  '批',
  '元',
  '%',
  '％',
]
const COUNT = `\\d+(?:\\.\\d+)?(?:余|多)?(?:万|亿)?(?:余|多)?(?:${UNITS.join('|')})`
const DATE = '\\d{4}\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日'

function titleRanges(text: string): FigureSpan[] {
  return [...text.matchAll(/《[^《》]*》/g)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }))
}

/** Figure spans in reading order; `year` (last year's report year) adds its bare mentions (2023年, 2023 年度). */
export function staleFigureSpans(text: string, year: number | null): FigureSpan[] {
  const sources = [DATE, COUNT]
  if (year !== null) sources.push(`${String(year)}\\s*年度?`)
  const pattern = new RegExp(`(?<![\\d.])(?:${sources.join('|')})`, 'g')
  const titles = titleRanges(text)
  const spans: FigureSpan[] = []
  for (const match of text.matchAll(pattern)) {
    const start = match.index
    const end = start + match[0].length
    if (titles.some((title) => start >= title.start && start < title.end)) continue
    spans.push({ start, end })
  }
  return spans
}
