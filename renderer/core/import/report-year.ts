// The year a report is about. The title says it (2023年法治政府建设年度报告); failing that the
// date (reports are signed from December to March, so January 2024 means 2023), then the
// opening sentence (2023年，我镇……), then the earliest year in a heading.
import { parseDateText } from '../date-text'
import { blockText, type Block, type ReportMeta } from '../report'

const yearPattern = /((?:19|20)\d{2})\s*年/

function firstYear(text: string | null): number | null {
  if (text === null) return null
  const match = yearPattern.exec(text)
  return match === null ? null : Number(match[1])
}

/** Reports are due by 1 March; one dated October or later is an end-of-year report on the same year. */
function yearFromDate(dateText: string | null): number | null {
  const date = dateText === null ? null : parseDateText(dateText)
  if (date === null) return null
  return date.month >= 10 ? date.year : date.year - 1
}

export function inferReportYear(
  meta: Pick<ReportMeta, 'title' | 'dateText' | 'reportYear'>,
  body: readonly Block[],
): number | null {
  if (meta.reportYear !== null) return meta.reportYear
  const fromTitle = firstYear(meta.title)
  if (fromTitle !== null) return fromTitle
  const fromDate = yearFromDate(meta.dateText)
  if (fromDate !== null) return fromDate
  const opening = body.find((block) => block.kind === 'paragraph')
  const openingMatch =
    opening === undefined ? null : /^((?:19|20)\d{2})\s*年(?:度|以来)?[，,]/.exec(blockText(opening))
  if (openingMatch !== null) return Number(openingMatch[1])
  const headingYears = body
    .filter((block) => block.kind === 'heading')
    .map((block) => firstYear(blockText(block)))
    .filter((year): year is number => year !== null)
  return headingYears.length > 0 ? Math.min(...headingYears) : null
}
