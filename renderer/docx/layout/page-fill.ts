// GB/T 9704 fills every page but the last with its 22 lines, and its remedy for a page the layout cannot fill is
// 调整字距 (§7.4 uses it for the 署名). A page comes up short where a keep moves text on: a heading that would end
// the page goes over with its text, a run-in item's first lines with the rest, a table's header row with its
// first row; and the 署名 must not open a page without 正文 above it. Here 正文 paragraphs on such a page, or on
// the page before it, are set a little looser (`loosened`, 27 characters a line for 28) so that each takes one
// line more: the page fills up, the heading opens the next page, a line of 正文 goes over with the 署名. Where no
// loose setting does it, paragraphs set tight (`tightened`, 29 a line) take a line less each and pull the heading
// and its text back up, or bring the 署名 (and the 版记) onto the page as the last. Only where that fills the page:
// a page that stays short keeps its paragraphs as they are (and a 署名 that still opens a page has the last
// paragraph kept with it, signature-keep.ts). The .docx writes the same tracking (body.ts), so the preview and the
// print stay the same pages.
import type { FlowParagraph } from './flow-line'
import { PITCH } from './flow-metrics'
import { type PageStart, type Pagination, paginate } from './paginate'

const EPSILON = 0.01
/** Paragraphs tried a page, nearest its foot first: a fill further up moves more lines than it needs to. */
const TRIALS_PER_PAGE = 8

export interface FilledFlow {
  readonly flow: FlowParagraph[]
  /** Indexes into the flow of the paragraphs set loose, and tight. */
  readonly loosened: ReadonlySet<number>
  readonly tightened: ReadonlySet<number>
}

/** The 正文's paragraphs in the flow, [start, end), then the 署名 block if there is one. */
export interface BodyRange {
  readonly start: number
  readonly end: number
  readonly signature: boolean
  /** The 正文 ends with a table: its rows carried over under the 署名 are not 正文 above it (signature-keep.ts). */
  readonly endsWithTable: boolean
  /** Whether the 版记 fits under text that ends this far down the last page (imprint-block.ts `imprintFits`). */
  readonly lastPageFits: (used: number) => boolean
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

/** A paragraph of the flow and the same set loose or tight. */
export interface Candidate {
  readonly index: number
  readonly retracked: FlowParagraph
}

type Setting = 'loose' | 'tight'

/**
 * 正文 paragraphs that start on the page, nearest its foot first, which loose take a line more (tight, a line less):
 * at most `limit`. A paragraph already retracked has no other setting to offer.
 */
export function candidates(
  flow: readonly FlowParagraph[],
  part: Pagination,
  page: number,
  body: BodyRange,
  setting: Setting,
  limit = TRIALS_PER_PAGE,
): Candidate[] {
  const onPage = new Set<number>()
  for (const line of part.lines) if (line.page === page && line.index === 0) onPage.add(line.paragraph)
  const out: Candidate[] = []
  for (const index of [...onPage].sort((a, b) => b - a)) {
    if (index < body.start || index >= body.end) continue
    const paragraph = flow[index]!
    const retracked = (setting === 'loose' ? paragraph.loosened : paragraph.tightened)?.() ?? null
    if (retracked === null) continue
    const change = retracked.lines.length - paragraph.lines.length
    if (setting === 'loose' ? change <= 0 : change >= 0) continue
    out.push({ index, retracked })
    if (out.length === limit) break
  }
  return out
}

/** Whether the 署名 (paragraph `signature`) has a line of 正文 above it on its page. */
export function signatureHasText(part: Pagination, signature: number): boolean {
  const first = part.lines.findIndex((line) => line.paragraph === signature)
  return first > 0 && part.lines[first - 1]!.page === part.lines[first]!.page
}

/**
 * Whether the flow ends on `page`, the 署名 there with 正文 above it, and room left for the 版记: the page is the last,
 * short as it may be.
 */
function endsOn(part: Pagination, page: number, body: BodyRange): boolean {
  if (part.lines.some((line) => line.page > page) || !body.lastPageFits(part.lastPageUsed)) return false
  return !body.signature || signatureHasText(part, body.end)
}

interface Trial extends Candidate {
  readonly window: Window
}

/**
 * Fills the page `current` starts: tries loosening its paragraphs, then those of the page before (`previous`),
 * which stays full, each that lowers what the page lacks, until it lacks nothing; else undoes them all and tries
 * again for one line over to the 署名 instead of two. Where no loose setting fills it, tightening them pulls up the
 * heading a keep moved on, or brings the 署名 and its 正文 onto the page. Returns where the next page starts.
 */
function fillPage(
  flow: FlowParagraph[],
  changed: Map<number, Setting>,
  height: number,
  body: BodyRange,
  windows: { readonly previous: Window | null; current: Window },
): PageStart | undefined {
  const { previous } = windows
  const page = windows.current.page
  const start = windows.current
  const part = paginate(flow, height, { ...start, through: page + 1 })
  if (part.pageStarts[1] === undefined) return undefined
  const tries = (setting: Setting): Trial[] => [
    ...candidates(flow, part, page, body, setting).map((candidate) => ({ ...candidate, window: start })),
    ...(previous === null
      ? []
      : candidates(
          flow,
          paginate(flow, height, { ...previous, through: previous.page }),
          previous.page,
          body,
          setting,
        ).map((candidate) => ({ ...candidate, window: previous }))),
  ]
  // most pages lack nothing: their paragraphs are not even set loose to see
  if (cost(shortfall(part, page, height, body), 2) === 0) return part.pageStarts[1]
  const loose = tries('loose')
  for (const target of [2, 1]) {
    if (cost(shortfall(part, page, height, body), target) === 0) return part.pageStarts[1]
    const done = (trial: Pagination): boolean => cost(shortfall(trial, page, height, body), target) === 0
    const filled = retrack(flow, loose, 'loose', { page, start, height, body, done, target })
    if (filled !== null) return commit(flow, changed, windows, filled, 'loose', height)
  }
  // a page the flow now ends on is done only with the 署名 and the 版记 on it: else the 版记 takes a page of its own
  // and the page, its 署名 under a blank line, holds a line of text less than a full one
  const done = (trial: Pagination): boolean =>
    trial.lines.some((line) => line.page > page)
      ? cost(shortfall(trial, page, height, body), 1) === 0
      : endsOn(trial, page, body)
  const pulled = retrack(flow, tries('tight'), 'tight', { page, start, height, body, done, target: 1 })
  if (pulled !== null) return commit(flow, changed, windows, pulled, 'tight', height)
  return part.pageStarts[1]
}

interface Retracked {
  readonly accepted: readonly number[]
  readonly current: Window
}

/**
 * Sets the trials' paragraphs loose or tight one by one, keeping each that keeps the page before full (and, loose,
 * lowers what the page lacks), until `done`; else puts them all back and returns null.
 */
function retrack(
  flow: FlowParagraph[],
  trials: readonly Trial[],
  setting: Setting,
  goal: {
    readonly page: number
    readonly start: Window
    readonly height: number
    readonly body: BodyRange
    readonly target: number
    readonly done: (trial: Pagination) => boolean
  },
): Retracked | null {
  const { page, start, height, body, target } = goal
  let need = cost(
    shortfall(paginate(flow, height, { ...start, through: page + 1 }), page, height, body),
    target,
  )
  const originals = new Map<number, FlowParagraph>()
  for (const { index, retracked, window } of trials) {
    const original = flow[index]!
    flow[index] = retracked
    const trial = paginate(flow, height, { ...window, through: page + 1 })
    const trialNeed = cost(shortfall(trial, page, height, body), target)
    const previousStaysFull = window === start || cost(shortfall(trial, window.page, height, body), 1) === 0
    const finished = goal.done(trial)
    if (previousStaysFull && (finished || setting === 'tight' || trialNeed < need)) {
      originals.set(index, original)
      need = trialNeed
      if (finished)
        return {
          accepted: [...originals.keys()],
          current: { page, start: trial.pageStarts[page - window.page]! },
        }
    } else flow[index] = original
  }
  // a page still short, or a 署名 still without its lines of 正文, is not worth a retracked paragraph
  for (const [index, original] of originals) flow[index] = original
  return null
}

function commit(
  flow: FlowParagraph[],
  changed: Map<number, Setting>,
  windows: { current: Window },
  retracked: Retracked,
  setting: Setting,
  height: number,
): PageStart | undefined {
  for (const index of retracked.accepted) changed.set(index, setting)
  windows.current = retracked.current
  return paginate(flow, height, { ...retracked.current, through: retracked.current.page }).pageStarts[1]
}

/**
 * The flow with paragraphs set loose or tight where that fills a page a keep left short, page by page from the top:
 * each page is paginated on its own from where it starts, so a report of any length is filled in one pass.
 */
export function fillPages(source: readonly FlowParagraph[], height: number, body: BodyRange): FilledFlow {
  const flow = [...source]
  const changed = new Map<number, Setting>()
  const windows: { previous: Window | null; current: Window } = {
    previous: null,
    current: { page: 0, start: { paragraph: 0, from: 0 } },
  }
  for (;;) {
    const next = fillPage(flow, changed, height, body, windows)
    if (next === undefined) break
    windows.previous = windows.current
    windows.current = { page: windows.current.page + 1, start: next }
  }
  const of = (setting: Setting): Set<number> =>
    new Set([...changed].filter(([, value]) => value === setting).map(([index]) => index))
  return { flow, loosened: of('loose'), tightened: of('tight') }
}
