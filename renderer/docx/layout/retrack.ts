// Paragraphs set at another tracking to fill a page (page-fill.ts, page-stretch.ts) or to make room for the 版记
// (imprint-room.ts): which of a page's paragraphs have a setting that changes their line count, and trying them one
// by one against what the page lacks.
import type { FlowParagraph } from './flow-line'
import { type BodyRange, cost, shortfall, type Window } from './page-shortfall'
import { type Pagination, paginate } from './paginate'

/** Paragraphs tried a page, nearest its foot first: a fill further up moves more lines than it needs to. */
const TRIALS_PER_PAGE = 8

/** A paragraph of the flow and the same set loose or tight. */
export interface Candidate {
  readonly index: number
  readonly retracked: FlowParagraph
}

export type Setting = 'loose' | 'stretch' | 'tight'

/** The paragraph's other setting, or null where it has none to offer. */
function retracked(paragraph: FlowParagraph, setting: Setting): FlowParagraph | null {
  const make =
    setting === 'loose'
      ? paragraph.loosened
      : setting === 'stretch'
        ? paragraph.stretched
        : paragraph.tightened
  return make?.() ?? null
}

/**
 * 正文 paragraphs that start on the page, nearest its foot first, which loose or stretched take a line more (tight,
 * a line less): at most `limit`. A paragraph already retracked has no other setting to offer.
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
    const other = retracked(paragraph, setting)
    if (other === null) continue
    const change = other.lines.length - paragraph.lines.length
    if (setting === 'tight' ? change >= 0 : change <= 0) continue
    out.push({ index, retracked: other })
    if (out.length === limit) break
  }
  return out
}

export interface Trial extends Candidate {
  readonly window: Window
}

export interface Retracked {
  readonly accepted: readonly number[]
  readonly current: Window
}

/**
 * Sets the trials' paragraphs loose or tight one by one, keeping each that keeps the page before full (and, loose,
 * lowers what the page lacks), until `done`; else puts them all back and returns null.
 */
export function retrack(
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
