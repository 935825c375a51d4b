// Fills the text flow into pages the way LibreOffice paginates the exported .docx, so that the print preview and
// the 版记's placement see the pages the clerk will print:
//  - a line that does not fit opens the next page; a paragraph's blank lines above go with its first line;
//  - a table's rows never split, its header row never stays behind alone, and it starts every page the table
//    runs on to;
//  - a page break inside a paragraph (`breakBefore`) ends the page there, one before it (`pageBreakBefore`) the
//    page before;
//  - widow control (run-in headings only; the 正文 has it off to keep 22 lines a page) keeps two lines on each
//    side of a break, or moves the paragraph;
//  - keep-with-next (headings, the last 正文 paragraph before the 署名, the 署名 lines): such a paragraph is not
//    split unless it opens a page, and when the next paragraph cannot start on the page, the run of kept
//    paragraphs before it moves to the next page with it. LibreOffice moves a kept paragraph whole, where Word
//    would move its last line, so the rest of the page it leaves stays blank. A run that already opens a page, or
//    that started on an earlier page, stays where it is.
import type { FlowLine, FlowParagraph } from './flow-line'

const EPSILON = 0.01

/** A line of the flow where it is printed: page index and top in points from the top of the 版心. */
export interface PlacedLine {
  readonly line: FlowLine
  readonly paragraph: number
  /** The line's index in its paragraph. */
  readonly index: number
  readonly page: number
  readonly top: number
}

/** Where a page's text starts: a paragraph, from one of its lines (a table's header row repeated above it aside). */
export interface PageStart {
  readonly paragraph: number
  readonly from: number
}

export interface Pagination {
  readonly lines: readonly PlacedLine[]
  readonly pageCount: number
  /** Points used on the last page, down to the bottom of its last line. */
  readonly lastPageUsed: number
  /** Where each page starts; a pagination stopped early (`through`) also knows where the next page would. */
  readonly pageStarts: readonly PageStart[]
}

/** Pagination of part of the flow: from the top of page `page` at `start`, stopping once page `through` is full. */
export interface PaginateFrom {
  readonly page: number
  readonly start: PageStart
  readonly through: number
}

/** Lines of `paragraph` from `from` that fit between `y` and `height`, its blank lines above counted when from = 0. */
function fittingLines(paragraph: FlowParagraph, from: number, y: number, height: number): number {
  let used = y + (from === 0 ? paragraph.before : 0)
  let count = 0
  for (let index = from; index < paragraph.lines.length; index++) {
    used += paragraph.lines[index]!.height
    if (used > height + EPSILON) break
    count++
  }
  return count
}

/** How many of the lines left may stay on this page: those that fit, less what widow control moves on. */
function linesToKeep(paragraph: FlowParagraph, from: number, fit: number, atTop: boolean): number {
  const left = paragraph.lines.length - from
  if (fit >= left) return left
  let kept = fit
  // LibreOffice does not split a paragraph kept with the next one unless it opens the page
  if (paragraph.keepNext === true && from === 0 && !atTop) return 0
  // nor a table whose header row would stand alone at the foot of the page
  if (paragraph.repeatFirstLine === true && from === 0 && fit === 1 && !atTop) return 0
  if (paragraph.widowControl === true) {
    if (left - kept < 2) kept = left - 2
    if (from === 0 && kept < 2) kept = 0
  }
  // a page always takes something, or a line taller than the page would never be placed
  return atTop ? Math.max(1, kept > 0 ? kept : fit) : Math.max(0, kept)
}

class Paginator {
  public readonly lines: PlacedLine[] = []
  public readonly pageStarts: PageStart[] = []
  public page: number
  public y = 0
  /** Where the run of keep-with-next paragraphs before the next paragraph starts on this page. */
  private kept: { line: number; paragraph: number } | null = null

  public constructor(
    private readonly flow: readonly FlowParagraph[],
    private readonly height: number,
    private readonly firstPage = 0,
  ) {
    this.page = firstPage
  }

  public add(index: number, from = 0): void {
    const start = this.lines.length
    this.place(index, from)
    if (this.flow[index]!.keepNext !== true) this.kept = null
    else if (this.kept === null && this.lines[start]?.page === this.page)
      this.kept = { line: start, paragraph: index }
  }

  private newPage(): void {
    this.page++
    this.y = 0
    this.kept = null
  }

  /** True when the kept run has text above it on its page, so moving it on leaves that text behind. */
  private keptRunMovable(): boolean {
    if (this.kept === null || this.kept.line === 0) return false
    return this.lines[this.kept.line - 1]!.page === this.lines[this.kept.line]!.page
  }

  private place(index: number, firstLine: number): void {
    const paragraph = this.flow[index]!
    let from = firstLine
    if (from === 0 && paragraph.pageBreakBefore === true && this.y > EPSILON) this.newPage()
    while (from < paragraph.lines.length) {
      if (this.y === 0) this.pageStarts[this.page - this.firstPage] ??= { paragraph: index, from }
      let pageTop = 0
      if (from > 0 && this.y === 0 && paragraph.repeatFirstLine === true) {
        // a table's header row again at the top of the page it runs on to
        const header = paragraph.lines[0]!
        this.lines.push({ line: header, paragraph: index, index: 0, page: this.page, top: 0 })
        this.y = pageTop = header.height
      } else if (from > 0 && this.y === 0 && paragraph.ruleAtBreak !== undefined) {
        this.y = pageTop = paragraph.ruleAtBreak
      }
      const fit = fittingLines(paragraph, from, this.y, this.height)
      let keep = linesToKeep(paragraph, from, fit, this.y <= pageTop + EPSILON)
      // a page break in the paragraph ends the page at its line, however much room is left
      const forced = paragraph.breakBefore
      if (forced !== undefined && from < forced && from + keep > forced) keep = forced - from
      if (from === 0 && keep === 0 && this.kept !== null && this.keptRunMovable()) {
        const first = this.kept.paragraph
        this.lines.length = this.kept.line
        this.newPage()
        for (let moved = first; moved < index; moved++) this.add(moved)
        continue
      }
      for (let k = 0; k < keep; k++) {
        if (from + k === 0) this.y += paragraph.before
        const line = paragraph.lines[from + k]!
        this.lines.push({ line, paragraph: index, index: from + k, page: this.page, top: this.y })
        this.y += line.height
      }
      from += keep
      if (from < paragraph.lines.length) this.newPage()
    }
  }
}

/**
 * The flow filled into pages `pageHeight` points tall. With `from`, only from the top of one page on, until the
 * page after `through` has started: pages already filled stay as they are, as a kept run never moves back over a
 * page it did not start on; lines and page starts then count from that page.
 */
export function paginate(
  flow: readonly FlowParagraph[],
  pageHeight: number,
  from?: PaginateFrom,
): Pagination {
  const paginator = new Paginator(flow, pageHeight, from?.page ?? 0)
  const start = from?.start ?? { paragraph: 0, from: 0 }
  for (let index = start.paragraph; index < flow.length; index++) {
    paginator.add(index, index === start.paragraph ? start.from : 0)
    if (from !== undefined && paginator.page > from.through) break
  }
  return {
    lines: paginator.lines,
    pageCount: paginator.page + 1,
    lastPageUsed: paginator.y,
    pageStarts: paginator.pageStarts,
  }
}
