// Last year's report → this year's draft (从去年的报告开始). Keeps what does not change
// from year to year (发文机关标志, 签发人, 主送, 署名, 抄送, 印发机关, the wording of the measures)
// and marks every place that needs this year's facts: years in the title and headings move on,
// 文号 gets the new year and no 序号, dates are cleared, figures carried over are marked stale, and
// last year's plans leave the next-year part for the checklist (meta.lastYear) instead of
// standing in as this year's plans.
import { docNumberAwaitingSerial, parseDocNumber } from '../doc-number'
import { limits, utf8Length } from '../limits'
import { holdsStale, type Block, type Part, type Report, type ReportMeta, type Run } from '../report'
import { serializeReportFile } from '../report-file'
import { appError, err, ok, type Result } from '../result'
import { lastYearReference, NEXT_YEAR_PART } from './last-year-reference'
import { markStaleRuns, markStaleText } from './mark-stale-runs'
import { shiftYears } from './shift-years'

/** A column of row numbers: 序号, 编号, 序. */
const ORDINAL_HEADER = /^\s*(?:序号|编号|序)\s*$/u

const MIN_YEAR = 1949
const MAX_YEAR = 2200

/** Runs of a text already marked (a draft rolled over again keeps its marks), or freshly marked. */
function rollText(text: string, marked: readonly Run[] | undefined, fromYear: number): Run[] {
  return marked === undefined ? markStaleText(text, fromYear) : markStaleRuns(marked, fromYear)
}

/**
 * The header row names the columns: a bare number there is no figure, but last year's year is (2023年件数 heads
 * last year's counts), so the header is read like a sentence. The figures are in the rows under it, except in a
 * 序号 column, whose 1, 2, 3 count the rows.
 */
function rollTable(block: Extract<Block, { kind: 'table' }>, fromYear: number): Block {
  const header = block.header ? (block.rows[0] ?? []) : []
  const ordinal = new Set(header.flatMap((cell, column) => (ORDINAL_HEADER.test(cell) ? [column] : [])))
  const cellRuns = block.rows.map((row, rowIndex) =>
    row.map((cell, column) => {
      const marked = block.cellRuns?.[rowIndex]?.[column]
      return (block.header && rowIndex === 0) || ordinal.has(column)
        ? markStaleRuns(marked ?? [{ text: cell }], fromYear)
        : rollText(cell, marked, fromYear)
    }),
  )
  return cellRuns.some((row) => row.some(holdsStale)) ? { ...block, cellRuns } : block
}

function rollBlock(block: Block, fromYear: number, toYear: number): Block {
  switch (block.kind) {
    case 'heading':
      // field by field, as meta: the number last year's source wrote is not this year's draft's
      return {
        kind: 'heading',
        level: block.level,
        text: shiftYears(block.text, fromYear, toYear),
        line: block.line,
      }
    case 'paragraph':
      return { ...block, runs: markStaleRuns(block.runs, fromYear) }
    case 'table':
      return rollTable(block, fromYear)
    case 'list': {
      const itemRuns = block.items.map((item, index) => rollText(item, block.itemRuns?.[index], fromYear))
      return itemRuns.some(holdsStale) ? { ...block, itemRuns } : block
    }
  }
}

function rollPart(part: Part, fromYear: number, toYear: number): Part {
  return {
    id: part.id,
    line: part.line,
    heading: part.heading === null ? null : shiftYears(part.heading, fromYear, toYear),
    // Last year's plans are not this year's: they live on as the checklist in meta.lastYear.
    blocks: part.id === NEXT_YEAR_PART ? [] : part.blocks.map((block) => rollBlock(block, fromYear, toYear)),
  }
}

/** 清委〔2024〕9号 → 清委〔2025〕号: the year moves with the report, the 序号 is the office's to give. */
function rollDocNumber(docNumber: string | null, delta: number): string | null {
  if (docNumber === null) return null
  const parsed = parseDocNumber(docNumber)
  return parsed === null ? null : docNumberAwaitingSerial(parsed.prefix, parsed.year + delta)
}

/** Room left under the file limit, in the characters of last year's text it can still hold. */
function lastYearRoom(draft: Report): number {
  const bytes = utf8Length(serializeReportFile({ templateId: '', report: draft }))
  // A character of text is at most 6 bytes in the JSON (\u001f); 64 KB for the keys around last year's parts.
  return Math.floor((limits.maxFileBytes - bytes - 64 * 1024) / 6)
}

export function rolloverReport(report: Report, year: number): Result<Report> {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)
    return err(appError('bad-year', `年份“${String(year)}”不对，请写四位数的年份，例如 2024。`))
  const fromYear = report.meta.reportYear ?? year - 1
  if (fromYear >= year)
    return err(
      appError(
        'year-not-later',
        `这份报告已经是 ${String(fromYear)} 年度的，新报告的年度应晚于它（例如 ${String(fromYear + 1)}）。`,
      ),
    )
  const delta = year - fromYear
  const last = report.meta
  // Built field by field: import line numbers (source) and an older lastYear must not carry over (a lastYear
  // kept inside lastYear would make each year's draft carry all the years before it).
  const meta: ReportMeta = {
    issuerMark: last.issuerMark,
    docNumber: rollDocNumber(last.docNumber, delta),
    signer: last.signer,
    recipients: last.recipients,
    title: last.title === null ? null : shiftYears(last.title, fromYear, year),
    issuers: last.issuers,
    dateText: null,
    note: last.note,
    copyTo: last.copyTo,
    printedBy: last.printedBy,
    printedDateText: null,
    version: last.version,
    reportYear: year,
  }
  const draft: Report = {
    meta,
    preamble: report.preamble.map((block) => rollBlock(block, fromYear, year)),
    parts: report.parts.map((part) => rollPart(part, fromYear, year)),
  }
  const lastYear = lastYearReference(
    { ...report, meta: { ...last, reportYear: fromYear } },
    lastYearRoom(draft),
  )
  return ok({ ...draft, meta: { ...meta, lastYear } })
}
