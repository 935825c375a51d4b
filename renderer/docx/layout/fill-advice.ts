// What the writer can do about a page the layout could not fill (unfilled-pages.ts): a proofreader's own remedy
// once 调整字距 is spent is a few words more or fewer in a paragraph near the page's foot. The advice names one
// paragraph and about how many characters, found by laying the report out again with that change: a line more
// of 正文 fills the page and carries a line over to the 署名, a line fewer brings a heading's text or the 署名 (and
// the 版记) back up.
import type { Report } from '../../core/report'
import { type LayoutOptions, type PaginatedReport, paginateReport } from './layout-report'
import { flowPlaces } from './flow-places'
import { opening, type Place, withEdit } from './paragraph-edit'
import { type UnfilledPage, unfilledPages } from './unfilled-pages'

/** Characters a line of 正文 holds (GB/T 9704 §5.2.2). */
const LINE_CHARS = 28
/** Paragraphs tried a page, nearest its foot first, and changes tried in all, smallest first. */
const PARAGRAPHS_TRIED = 6
const TRIALS = 32

export interface TextEdit {
  /** The paragraph's first words, as the writer finds it. */
  readonly opening: string
  /** Characters to add (positive) or to take out (negative). */
  readonly chars: number
}

export interface FillAdvice {
  readonly unfilled: UnfilledPage
  /** A change that fills the page, tried on the report; null where none of those tried does. */
  readonly edit: TextEdit | null
  /** The page as it prints once the changes advised before it are made: its number and empty lines may differ now. */
  readonly afterEarlier: boolean
}

/**
 * Changes that take a paragraph one to three lines fewer (as its lines allow), or one to five more, by its last
 * line's characters; the first of each two characters over, for a line 避头尾 ends short.
 */
function counts(lastLine: number, lines: number): number[] {
  const fewer = [0, 1, 2]
    .filter((extra) => extra < lines - 1)
    .map((extra) => -(lastLine + extra * LINE_CHARS))
  const more = [1, 2, 3, 4, 5].map((extra) => extra * LINE_CHARS + 1 - lastLine)
  return [...fewer, fewer[0] === undefined ? null : fewer[0] - 2, ...more, more[0]! + 2].filter(
    (count): count is number => count !== null,
  )
}

interface Trial {
  readonly place: Place
  readonly count: number
}

/** Paragraphs with a line on the page or on the one before, nearest the page's foot first, and what to try. */
function trials(paginated: PaginatedReport, page: number): Trial[] {
  const places = flowPlaces(paginated)
  const seen = new Set<number>()
  const out: Trial[] = []
  for (const line of [...paginated.pagination.lines].reverse()) {
    if (line.page > page || seen.size === PARAGRAPHS_TRIED) continue
    if (line.page < page - 1) break
    const place = places[line.paragraph]
    if (place === undefined || place === null || seen.has(line.paragraph)) continue
    seen.add(line.paragraph)
    const paragraph = paginated.flow[line.paragraph]!
    const last = paragraph.lines.at(-1)
    const lastChars = (last?.items ?? [])
      .flatMap((item) => (item.kind === 'line' ? item.spans.map((span) => span.text) : []))
      .join('')
      .replace(/\s/gu, '').length
    for (const count of counts(lastChars, paragraph.lines.length)) out.push({ place, count })
  }
  // the smallest change first; among equals, the paragraph nearest the foot (the order above)
  return out
    .map((trial, order) => ({ trial, order }))
    .sort((a, b) => {
      const bySize = Math.abs(a.trial.count) - Math.abs(b.trial.count)
      return bySize !== 0 ? bySize : a.order - b.order
    })
    .map(({ trial }) => trial)
    .slice(0, TRIALS)
}

interface Filled {
  readonly edit: TextEdit
  readonly paginated: PaginatedReport
  readonly short: UnfilledPage[]
}

/**
 * The smallest change tried that fills the page, with fewer pages left short in all and none before it that was
 * full (one before it still short found no change of its own); null where none does.
 */
function fillPage(
  paginated: PaginatedReport,
  short: readonly UnfilledPage[],
  unfilled: UnfilledPage,
  options: LayoutOptions,
  deadline: number,
): Filled | null {
  const wasShort = new Set(short.map((page) => page.page))
  for (const { place, count } of trials(paginated, unfilled.page - 1)) {
    if (performance.now() > deadline) return null
    const edited = withEdit(paginated.report, place, count)
    if (edited === null) continue
    const next = paginateReport(edited, options)
    const left = unfilledPages(next)
    const fills =
      left.length < short.length &&
      left.every(
        (page) => page.page > unfilled.page || (page.page < unfilled.page && wasShort.has(page.page)),
      )
    if (fills)
      return {
        edit: { opening: opening(paginated.report, place), chars: count },
        paginated: next,
        short: left,
      }
  }
  return null
}

/**
 * The pages left short, top down, each with a change of the text that fills it where one is found. Each change is
 * found on the report with the changes before it made, so that making them all fills every page they name. Each
 * trial lays the whole report out again, a tenth of a second for a long one: past `budgetMs` the pages left get no
 * change named, so that the print preview does not hang on a report of fifty pages. `laidOut`: the report as
 * paginated already, by the preview that shows it.
 */
export function fillAdvice(
  report: Report,
  options: LayoutOptions = {},
  budgetMs = Number.POSITIVE_INFINITY,
  laidOut: PaginatedReport = paginateReport(report, options),
): FillAdvice[] {
  const deadline = performance.now() + budgetMs
  const out: FillAdvice[] = []
  let paginated = laidOut
  let short = unfilledPages(paginated)
  for (let after = 0; ;) {
    const unfilled = short.find((page) => page.page > after)
    if (unfilled === undefined) return out
    after = unfilled.page
    const filled = fillPage(paginated, short, unfilled, options, deadline)
    out.push({
      unfilled,
      edit: filled?.edit ?? null,
      afterEarlier: out.some((advice) => advice.edit !== null),
    })
    if (filled !== null) ({ paginated, short } = filled)
  }
}

function pageText(unfilled: UnfilledPage): string {
  return unfilled.imprintAlone
    ? `版记排不下第${String(unfilled.page)}页，单独占了一页`
    : `第${String(unfilled.page)}页下方空了${String(unfilled.empty)}行（公文除末页外每页应排满22行）`
}

/** The advice in a sentence for the clerk. */
export function adviceMessage({ unfilled, edit, afterEarlier }: FillAdvice): string {
  const what = `${afterEarlier ? '照前面的建议改过之后，' : ''}${pageText(unfilled)}`
  const attached = unfilled.afterAttachments === true
  const under = attached ? '附件' : '署名'
  if (edit === null)
    return unfilled.imprintAlone
      ? `${what}，适当删减${attached ? '附件的文字' : '正文'}可使版记排在${under}之下。`
      : `${what}，适当增删附近段落的文字可使其排满。`
  const goal = unfilled.imprintAlone ? `版记即可排在${under}之下` : '即可排满'
  const change = edit.chars > 0 ? '增加' : '删去'
  return `${what}：在“${edit.opening}”一段${change}约${String(Math.abs(edit.chars))}字，${goal}。`
}
