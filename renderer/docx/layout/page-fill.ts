// GB/T 9704 fills every page but the last with its 22 lines, and its remedy for a page the layout cannot fill is
// 调整字距 (§7.4 uses it for the 署名). A page comes up short where a keep moves text on: a heading that would end
// the page goes over with its text, a run-in item's first lines with the rest, a table's header row with its
// first row; and the 署名 must not open a page without 正文 above it. Here 正文 paragraphs on such a page, or on
// the page before it, are set a little looser (`loosened`, 27 characters a line for 28) so that each takes one
// line more: the page fills up, the heading opens the next page, a line of 正文 goes over with the 署名. Only
// where that fills the page: a page that stays short keeps its paragraphs as they are (and a 署名 that still opens
// a page has the last paragraph kept with it, signature-keep.ts). The .docx writes the same tracking
// (body.ts), so the preview and the print stay the same pages.
import type { FlowParagraph } from './flow-line'
import { PITCH } from './flow-metrics'
import { type PageStart, type Pagination, paginate } from './paginate'

const EPSILON = 0.01
/** Paragraphs tried a page, nearest its foot first: a fill further up moves more lines than it needs to. */
const TRIALS_PER_PAGE = 8

export interface FilledFlow {
  readonly flow: FlowParagraph[]
  /** Indexes into the flow of the paragraphs set loose. */
  readonly loosened: ReadonlySet<number>
}

/** The 正文's paragraphs in the flow, [start, end), then the 署名 block if there is one. */
export interface BodyRange {
  readonly start: number
  readonly end: number
  readonly signature: boolean
  /** The 正文 ends with a table: its rows carried over under the 署名 are not 正文 above it (signature-keep.ts). */
  readonly endsWithTable: boolean
}

/** Where a pagination starts: a page and the paragraph line at its top. */
interface Window {
  readonly page: number
  readonly start: PageStart
}

/**
 * What a page lacks, from a pagination of `window` on: empty lines at its foot, and where the 署名 starts on the
 * next page, the lines of 正文 carried over above it (a table's rows do not count, signature-keep.ts).
 */
interface Shortfall {
  readonly empty: number
  readonly carried: number | null
}

function shortfall(part: Pagination, page: number, height: number, body: BodyRange): Shortfall {
  let used = 0
  let carried = 0
  let signatureNext = false
  for (const line of part.lines) {
    if (line.page === page) used = Math.max(used, line.top + line.line.height)
    else if (line.page !== page + 1 || signatureNext) continue
    else if (line.paragraph >= body.end) signatureNext = true
    else if (!(body.endsWithTable && line.paragraph === body.end - 1)) carried++
  }
  const empty = Math.floor((height - used + EPSILON) / PITCH)
  return { empty, carried: body.signature && signatureNext ? carried : null }
}

/**
 * Lines the page needs: the empty ones, and as many as carry `target` lines of 正文 over to a 署名 on the next page.
 * Two where they can be had: the preview's line breaks of text with figures are LibreOffice's within a line, and a
 * second line keeps the 署名 from opening a page if LibreOffice sets one line fewer above it.
 */
const cost = (need: Shortfall, target: number): number =>
  need.empty + (need.carried === null ? 0 : Math.max(0, target - need.carried))

/** A paragraph of the flow and the same set loose. */
interface Candidate {
  readonly index: number
  readonly loose: FlowParagraph
}

/** 正文 paragraphs that start on the page, nearest its foot first, which a looser setting makes a line longer. */
function candidates(
  flow: readonly FlowParagraph[],
  part: Pagination,
  page: number,
  body: BodyRange,
): Candidate[] {
  const onPage = new Set<number>()
  for (const line of part.lines) if (line.page === page && line.index === 0) onPage.add(line.paragraph)
  const out: Candidate[] = []
  for (const index of [...onPage].sort((a, b) => b - a)) {
    if (index < body.start || index >= body.end) continue
    const paragraph = flow[index]!
    const loose = paragraph.loosened?.() ?? null
    if (loose === null || loose.lines.length <= paragraph.lines.length) continue
    out.push({ index, loose })
    if (out.length === TRIALS_PER_PAGE) break
  }
  return out
}

/**
 * Fills the page `current` starts: tries loosening its paragraphs, then those of the page before (`previous`),
 * which stays full, each that lowers what the page lacks, until it lacks nothing; else undoes them all and tries
 * again for one line over to the 署名 instead of two. Returns where the next page starts.
 */
function fillPage(
  flow: FlowParagraph[],
  loosened: Set<number>,
  height: number,
  body: BodyRange,
  windows: { readonly previous: Window | null; current: Window },
): PageStart | undefined {
  const { previous } = windows
  const page = windows.current.page
  const start = windows.current
  const part = paginate(flow, height, { ...start, through: page + 1 })
  if (part.pageStarts[1] === undefined) return undefined
  const tries = [
    ...candidates(flow, part, page, body).map((candidate) => ({ ...candidate, window: start })),
    ...(previous === null
      ? []
      : candidates(
          flow,
          paginate(flow, height, { ...previous, through: previous.page }),
          previous.page,
          body,
        ).map((candidate) => ({ ...candidate, window: previous }))),
  ]
  for (const target of [2, 1]) {
    let need = shortfall(part, page, height, body)
    if (cost(need, target) === 0) return part.pageStarts[1]
    const accepted = new Map<number, FlowParagraph>()
    let current = start
    for (const { index, loose, window } of tries) {
      const original = flow[index]!
      flow[index] = loose
      const trial = paginate(flow, height, { ...window, through: page + 1 })
      const trialNeed = shortfall(trial, page, height, body)
      const previousStaysFull = window === start || cost(shortfall(trial, window.page, height, body), 1) === 0
      if (previousStaysFull && cost(trialNeed, target) < cost(need, target)) {
        accepted.set(index, original)
        need = trialNeed
        current = { page, start: trial.pageStarts[page - window.page]! }
        if (cost(need, target) === 0) break
      } else flow[index] = original
    }
    if (cost(need, target) === 0) {
      for (const index of accepted.keys()) loosened.add(index)
      windows.current = current
      return paginate(flow, height, { ...current, through: page }).pageStarts[1]
    }
    // a page still short, or a 署名 still without its lines of 正文, is not worth a looser paragraph
    for (const [index, original] of accepted) flow[index] = original
  }
  return part.pageStarts[1]
}

/**
 * The flow with paragraphs set loose where that fills a page a keep left short, page by page from the top: each
 * page is paginated on its own from where it starts, so a report of any length is filled in one pass.
 */
export function fillPages(source: readonly FlowParagraph[], height: number, body: BodyRange): FilledFlow {
  const flow = [...source]
  const loosened = new Set<number>()
  const windows: { previous: Window | null; current: Window } = {
    previous: null,
    current: { page: 0, start: { paragraph: 0, from: 0 } },
  }
  for (;;) {
    const next = fillPage(flow, loosened, height, body, windows)
    if (next === undefined) break
    windows.previous = windows.current
    windows.current = { page: windows.current.page + 1, start: next }
  }
  return { flow, loosened }
}
