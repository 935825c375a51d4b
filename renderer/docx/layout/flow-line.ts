// One line of the text flow before pagination: its height on the 28.95 pt pitch and what it draws, placed
// relative to its own top. A paragraph is a run of them with the blank lines GB/T 9704 puts above it, and the
// keep rules the .docx gives it (body.ts, signature.ts), which decide where a page may break.
import type { PrintItem } from './print-layout'

export interface FlowLine {
  readonly height: number
  readonly items: readonly PrintItem[]
  /** Characters of the paragraph's text on the line, where it is a line of text (paragraph-lines.ts). */
  readonly chars?: number
}

export interface FlowParagraph {
  /** Space above, in points (blank lines × the line pitch). */
  readonly before: number
  readonly lines: readonly FlowLine[]
  /** `w:keepNext`: on the page where the next paragraph starts (headings, the last 正文 paragraph, 署名). */
  readonly keepNext?: boolean
  /**
   * A page break (`w:br w:type="page"`) before this line: the last 正文 paragraph's last lines carried over to the
   * 署名's page (flow-report.ts), where a keep would have moved the whole paragraph.
   */
  readonly breakBefore?: number
  /** `w:pageBreakBefore`: opens a page of its own (an attachment's first line, attachments.ts). */
  readonly pageBreakBefore?: boolean
  /** `w:widowControl`: at least two lines on each side of a page break (run-in headings). */
  readonly widowControl?: boolean
  /** A table's header row (`w:tblHeader`): its first line starts every page the paragraph continues on. */
  readonly repeatFirstLine?: boolean
  /**
   * Points a line carried to a new page starts below its top: a table without a repeated header row has its top
   * rule drawn again above the first row LibreOffice carries over.
   */
  readonly ruleAtBreak?: number
  /**
   * The same 正文 paragraph set a little looser, 27 characters a line, for a page that needs one line more
   * (page-fill.ts); absent where the paragraph may not be loosened (headings, kept or widow-controlled text), null
   * where LibreOffice's lines for it are not certain (tracked-paragraph.ts).
   */
  readonly loosened?: () => FlowParagraph | null
  /** The same set looser still, 26 characters a line, for a page that loose paragraphs cannot fill (page-fill.ts). */
  readonly stretched?: () => FlowParagraph | null
  /** The same set tighter, 29 characters a line, for a 版记 that needs room on the last page (imprint-room.ts). */
  readonly tightened?: () => FlowParagraph | null
}

/** Moves an item down by `dy` points. */
export function shiftItem(item: PrintItem, dy: number): PrintItem {
  return { ...item, top: item.top + dy }
}

/**
 * A line whose drawing is only made when asked for: the .docx export paginates the whole report to place the 版记
 * and the 署名 and needs nothing but the heights, while the preview draws every line.
 */
export function lazyLine(height: number, draw: () => PrintItem[], chars?: number): FlowLine {
  let items: PrintItem[] | undefined
  return {
    height,
    ...(chars === undefined ? {} : { chars }),
    get items(): PrintItem[] {
      items ??= draw()
      return items
    },
  }
}
