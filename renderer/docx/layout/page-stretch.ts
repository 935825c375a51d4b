// The last remedy of the page fill (page-fill.ts) before the 署名 takes lines of 正文 over (signature-carry.ts): one
// paragraph stretched, 26 characters a line, with as many set loose as the page then lacks. Tried before a single
// line of 正文 is carried over to the 署名 by loose paragraphs alone, where it carries two.
import type { FlowParagraph } from './flow-line'
import { type BodyRange, cost, shortfall, type Window } from './page-shortfall'
import { type Pagination, paginate } from './paginate'
import { STRETCH_TRACKING_PT } from './paragraph-lines'
import { readsAtGrid } from './plain-lines'
import { type Retracked, retrack, type Trial } from './retrack'

/**
 * The last remedy before the 署名 takes lines of 正文 over (signature-carry.ts): one paragraph of the page, or of the
 * page before, stretched, with as many set loose as the page then lacks. One at most, the shortest that does it, so
 * that few lines print wider apart than the rest. `targets`: the lines of 正文 to carry over to a 署名 opening the
 * next page, tried in turn (page-shortfall.ts `cost`). Returns the stretched paragraph with the loose ones, or null.
 */
export function stretchOne(
  flow: FlowParagraph[],
  stretch: readonly Trial[],
  loose: readonly Trial[],
  goal: { readonly page: number; readonly start: Window; readonly height: number; readonly body: BodyRange },
  targets: readonly number[],
): (Retracked & { readonly index: number }) | null {
  const { page, start, height, body } = goal
  const shortest = [...stretch].sort((a, b) => a.retracked.lines.length - b.retracked.lines.length)
  const fill = (one: Trial, target: number): Retracked | null => {
    const done = (trial: Pagination): boolean => cost(shortfall(trial, page, height, body), target) === 0
    const trial = paginate(flow, height, { ...one.window, through: page + 1 })
    const previousStaysFull =
      one.window === start || cost(shortfall(trial, one.window.page, height, body), 1) === 0
    if (!previousStaysFull) return null
    if (done(trial))
      return { accepted: [], current: { page, start: trial.pageStarts[page - one.window.page]! } }
    const others = loose.filter((other) => other.index !== one.index)
    return retrack(flow, others, 'loose', { page, start, height, body, done, target })
  }
  for (const target of targets) {
    for (const one of shortest) {
      const before = [...flow]
      flow[one.index] = one.retracked
      const filled = fill(one, target)
      // the loose paragraphs it took count too: their lines are no longer at the grid
      if (filled !== null && readsAtGrid(flow, body, STRETCH_TRACKING_PT))
        return { ...filled, index: one.index }
      for (let index = 0; index < flow.length; index++) flow[index] = before[index]!
    }
  }
  return null
}
