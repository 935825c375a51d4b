// GB/T 9704 fills every page but the last with its 22 lines, and its remedy for a page the layout cannot fill is
// 调整字距 (§7.4 uses it for the 署名). A page comes up short where a keep moves text on: a heading that would end
// the page goes over with its text, a run-in item's first lines with the rest, a table's header row with its
// first row; and the 署名 must not open a page without 正文 above it (page-shortfall.ts). Here 正文 paragraphs on
// such a page, or on the page before it, are set a little looser (`loosened`, 27 characters a line for 28) so that
// each takes one line more: the page fills up, the heading opens the next page, a line of 正文 goes over with the
// 署名. Where no loose setting does it, paragraphs set tight (`tightened`, 29 a line) take a line less each and pull
// the heading and its text back up, or bring the 署名 (and the 版记) onto the page as the last; where that does not
// either, one paragraph stretched (26 a line, page-stretch.ts) and others loose may. Only where that fills the page:
// a page that stays short keeps its paragraphs as they are (and a 署名 that still opens a page takes the last lines
// of 正文 over, signature-carry.ts). The .docx writes the same tracking (body.ts), so the preview and the print stay
// the same pages.
import type { FlowParagraph } from './flow-line'
import { type BodyRange, cost, endsOn, shortfall, type Window } from './page-shortfall'
import { stretchOne } from './page-stretch'
import { type PageStart, type Pagination, paginate } from './paginate'
import { candidates, type Retracked, retrack, type Setting, type Trial } from './retrack'

export interface FilledFlow {
  readonly flow: FlowParagraph[]
  /** Indexes into the flow of the paragraphs set loose, stretched, and tight. */
  readonly loosened: ReadonlySet<number>
  readonly stretched: ReadonlySet<number>
  readonly tightened: ReadonlySet<number>
}

/**
 * Fills the page `current` starts: tries loosening its paragraphs, then those of the page before (`previous`),
 * which stays full, each that lowers what the page lacks, until it lacks nothing; else undoes them all and tries
 * again for one line over to the 署名 instead of two. Where no loose setting fills it, tightening them pulls up the
 * heading a keep moved on, or brings the 署名 and its 正文 onto the page; else one paragraph stretched may
 * (page-stretch.ts), which is tried first where it carries two lines over to the 署名 and loose ones only one.
 * Returns where the next page starts.
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
  // what the page lacks as it stands, worked out once: the trials below paginate afresh
  const need = shortfall(part, page, height, body)
  // most pages lack nothing: their paragraphs are not even set loose to see
  if (cost(need, 2) === 0) return part.pageStarts[1]
  const loose = tries('loose')
  for (const target of [2, 1]) {
    if (cost(need, target) === 0) return part.pageStarts[1]
    const done = (trial: Pagination): boolean => cost(shortfall(trial, page, height, body), target) === 0
    const filled = retrack(flow, loose, 'loose', { page, start, height, body, done, target })
    if (filled !== null) return commit(flow, changed, windows, filled, 'loose', height)
    // two lines of 正文 over to the 署名 are worth a paragraph stretched: with one, a reader that sets a line fewer
    // above it than LibreOffice leaves the 署名 opening the page alone
    if (target !== 2 || need.carried === null) continue
    const two = stretchOne(flow, tries('stretch'), loose, { page, start, height, body }, [2])
    if (two !== null) return commitStretched(flow, changed, windows, two, height)
  }
  // a page the flow now ends on is done only with the 署名 and the 版记 on it: else the 版记 takes a page of its own
  // and the page, its 署名 under a blank line, holds a line of text less than a full one
  const done = (trial: Pagination): boolean =>
    trial.lines.some((line) => line.page > page)
      ? cost(shortfall(trial, page, height, body), 1) === 0
      : endsOn(trial, page, body)
  const pulled = retrack(flow, tries('tight'), 'tight', { page, start, height, body, done, target: 1 })
  if (pulled !== null) return commit(flow, changed, windows, pulled, 'tight', height)
  const stretched = stretchOne(flow, tries('stretch'), loose, { page, start, height, body }, [1])
  if (stretched === null) return part.pageStarts[1]
  return commitStretched(flow, changed, windows, stretched, height)
}

function commitStretched(
  flow: FlowParagraph[],
  changed: Map<number, Setting>,
  windows: { current: Window },
  stretched: Retracked & { readonly index: number },
  height: number,
): PageStart | undefined {
  changed.set(stretched.index, 'stretch')
  return commit(flow, changed, windows, stretched, 'loose', height)
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
  return { flow, loosened: of('loose'), stretched: of('stretch'), tightened: of('tight') }
}
