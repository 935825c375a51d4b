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

/** What a page lacks, from a pagination of `window` on: empty lines at its foot, and whether the 署名 opens the next. */
interface Shortfall {
  readonly empty: number
  readonly signatureOpens: boolean
}

function shortfall(
  part: Pagination,
  window: Window,
  page: number,
  height: number,
  body: BodyRange,
): Shortfall {
  let used = 0
  for (const line of part.lines) if (line.page === page) used = Math.max(used, line.top + line.line.height)
  const empty = Math.floor((height - used + EPSILON) / PITCH)
  const next = part.pageStarts[page - window.page + 1]
  const signatureOpens =
    body.signature &&
    next !== undefined &&
    ((next.paragraph >= body.end && next.from === 0) ||
      (body.endsWithTable && next.paragraph === body.end - 1 && next.from > 0))
  return { empty, signatureOpens }
}

/** Lines the page needs: the empty ones, and one more to carry 正文 over to a 署名 that opens the next page. */
const cost = (need: Shortfall): number => need.empty + (need.signatureOpens ? 1 : 0)

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
 * which stays full, each that lowers what the page lacks, until it lacks nothing; else undoes them all. Returns
 * where the next page starts.
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
  let part = paginate(flow, height, { ...windows.current, through: page })
  let need = shortfall(part, windows.current, page, height, body)
  if (cost(need) === 0 || part.pageStarts[1] === undefined) return part.pageStarts[1]
  const tries = [
    ...candidates(flow, part, page, body).map((candidate) => ({ ...candidate, window: windows.current })),
    ...(previous === null
      ? []
      : candidates(
          flow,
          paginate(flow, height, { ...previous, through: previous.page }),
          previous.page,
          body,
        ).map((candidate) => ({ ...candidate, window: previous }))),
  ]
  const start = windows.current.start
  const accepted = new Map<number, FlowParagraph>()
  for (const { index, loose, window } of tries) {
    const original = flow[index]!
    flow[index] = loose
    const trial = paginate(flow, height, { ...window, through: page })
    const trialNeed = shortfall(trial, window, page, height, body)
    const previousStaysFull =
      window === windows.current || cost(shortfall(trial, window, window.page, height, body)) === 0
    if (previousStaysFull && cost(trialNeed) < cost(need)) {
      accepted.set(index, original)
      need = trialNeed
      windows.current = { page, start: trial.pageStarts[page - window.page]! }
      part = paginate(flow, height, { ...windows.current, through: page })
      if (cost(need) === 0) break
    } else flow[index] = original
  }
  if (cost(need) > 0) {
    // a page still short, or a 署名 still opening the next page, is not worth a looser paragraph: nothing changes
    for (const [index, original] of accepted) flow[index] = original
    windows.current = { page, start }
    return paginate(flow, height, { ...windows.current, through: page }).pageStarts[1]
  }
  for (const index of accepted.keys()) loosened.add(index)
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
