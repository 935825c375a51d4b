// A whole report pasted into an empty document (from Word, WPS, a web page or a PDF) is what the clerk would have
// opened as a file: it is read the same way (text-to-report.ts, after the PDF's page-edge breaks are joined), so its
// 版头, 标题, 主送, 署名 and 日期 go into the 公文信息 and its parts into the parts, not into the preamble as body text.
// Only a paste with the shape of a report is offered: two parts of the template and a 标题, 署名 or 成文日期 — a
// few paragraphs copied from elsewhere are pasted as they are.
import { blockText, type Report, type ReportMeta } from '../report'
import type { Template } from '../template-schema'
import { tabCells } from './text-to-blocks'
import { textToReport } from './text-to-report'
import { unwrapPastedLines } from './unwrap-pasted-lines'

const MIN_PARTS = 2

export interface WholeReport {
  readonly report: Report
  /** What was recognised, for the offer: 标题、文号、4个部分、署名、成文日期. */
  readonly found: readonly string[]
}

/** A row of a table as textToBlocks reads one: two cells or more, separated by tabs. */
const tabbed = (line: string): boolean => tabCells(line.trim()) !== null

/**
 * The pasted text with the PDF's page-edge breaks joined (unwrap-pasted-lines.ts), which also drops blank lines; a
 * blank line between two rows of tabs stays, so that two tables pasted one under the other are read as two.
 */
function joinedLines(text: string): string {
  const lines = text.split(/\r\n|\r|\n/u)
  // whether the nearest line with text after each line is a row of tabs, worked out from the end in one pass
  const rowAfter: boolean[] = []
  let next = false
  for (let index = lines.length - 1; index >= 0; index--) {
    rowAfter[index] = next
    if (lines[index]!.trim() !== '') next = tabbed(lines[index]!)
  }
  const pieces: string[][] = [[]]
  let rowBefore = false
  lines.forEach((line, index) => {
    const blank = line.trim() === ''
    if (blank && rowBefore && rowAfter[index] === true) pieces.push([])
    else pieces.at(-1)!.push(line)
    if (!blank) rowBefore = tabbed(line)
  })
  return pieces.map((piece) => unwrapPastedLines(piece.join('\n')).join('\n')).join('\n\n')
}

export function recognizeWholeReport(text: string, template: Template): WholeReport | null {
  const report = textToReport(joinedLines(text), template)
  const parts = report.parts.filter((part) => part.id !== null).length
  const { meta } = report
  const frame = meta.title !== null || meta.dateText !== null || meta.issuers.length > 0
  if (parts < MIN_PARTS || !frame) return null
  const found = [
    meta.issuerMark !== null && '发文机关标志',
    meta.docNumber !== null && '文号',
    meta.title !== null && '标题',
    meta.recipients !== null && '主送机关',
    `${String(report.parts.length)}个部分`,
    meta.issuers.length > 0 && '署名',
    meta.dateText !== null && '成文日期',
  ].filter((item): item is string => item !== false)
  return { report, found }
}

/**
 * The 公文信息 after the paste: what the pasted report says, and where it says nothing (no 抄送, no 签发人) what the
 * empty document had from 设置.
 */
export function pastedMeta(before: ReportMeta, pasted: ReportMeta): ReportMeta {
  const keep = <T>(value: T | null, fallback: T | null): T | null => value ?? fallback
  return {
    ...before,
    version: pasted.version,
    issuerMark: keep(pasted.issuerMark, before.issuerMark),
    docNumber: keep(pasted.docNumber, before.docNumber),
    signer: keep(pasted.signer, before.signer),
    recipients: keep(pasted.recipients, before.recipients),
    title: keep(pasted.title, before.title),
    issuers: pasted.issuers.length > 0 ? pasted.issuers : before.issuers,
    dateText: keep(pasted.dateText, before.dateText),
    note: keep(pasted.note, before.note),
    copyTo: keep(pasted.copyTo, before.copyTo),
    printedBy: keep(pasted.printedBy, before.printedBy),
    printedDateText: keep(pasted.printedDateText, before.printedDateText),
    reportYear: keep(pasted.reportYear, before.reportYear),
  }
}

/** Whether the report has no text in its body yet: a new report's empty paragraphs under its part headings. */
export function bodyIsEmpty(report: Report): boolean {
  const blocks = [...report.preamble, ...report.parts.flatMap((part) => part.blocks)]
  return blocks.every((block) => blockText(block).trim() === '')
}
