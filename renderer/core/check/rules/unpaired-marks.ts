// Quotation marks, brackets and 书名号 come in pairs (GB/T 15834). One left open or closed twice in a paragraph
// is a slip reviewers mark: 开展“法律进乡村活动20场 leaves the reader not knowing where the name ends.
import { quoteEvidence } from '../evidence'
import type { Finding } from '../finding'
import { addPlace, repeatedFinding, repeatedFindings, type Place } from '../repeated-findings'
import type { Rule } from '../rule'

const PAIRS: Readonly<Record<string, string>> = { '“': '”', '（': '）', '《': '》', '‘': '’' }
const MARKS = /[“”（）《》‘’]/g
const CLOSERS = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]))
const NAMES: Readonly<Record<string, string>> = { '“': '引号', '‘': '引号', '（': '括号', '《': '书名号' }

interface Unpaired {
  readonly index: number
  readonly mark: string
}

/** The first mark without its partner: an opener never closed, or a closer never opened. */
function firstUnpaired(text: string): Unpaired | null {
  const open: Unpaired[] = []
  // only the marks themselves are visited: a paragraph has a few among hundreds of characters
  for (const { 0: mark, index } of text.matchAll(MARKS)) {
    const closes = PAIRS[mark]
    if (closes !== undefined) {
      open.push({ index, mark })
      continue
    }
    const opener = CLOSERS.get(mark)
    if (opener === undefined) continue
    const last = open[open.length - 1]
    // “ ” nest inside （ ） and 《 》 inside “ ”; a closer that does not close the innermost opener is stray
    if (last?.mark !== opener) return last ?? { index, mark }
    open.pop()
  }
  return open[0] ?? null
}

/**
 * A paragraph that leaves 《 open and a next one that closes it first are one paragraph broken in two (a PDF
 * or a pasted text breaks lines anywhere): the marks pair across the break.
 */
function pairsAcrossBreak(before: Unpaired | null, after: Unpaired | null): boolean {
  return before !== null && after !== null && PAIRS[before.mark] === after.mark
}

export const unpairedMarks: Rule = {
  id: 'unpaired-marks',
  name: '标点不成对',
  run: ({ segments }): Finding[] => {
    const texts = segments.filter((segment) => segment.kind === 'text')
    const unpaired = texts.map((segment) =>
      /[“”（）《》‘’]/.test(segment.raw) ? firstUnpaired(segment.raw) : null,
    )
    const places = new Map<'unpaired', Place[]>()
    let example = ''
    texts.forEach((segment, index) => {
      const found = unpaired[index] ?? null
      if (found === null) return
      if (pairsAcrossBreak(found, unpaired[index + 1] ?? null)) return
      if (pairsAcrossBreak(unpaired[index - 1] ?? null, found)) return
      if (example === '') {
        const opener = CLOSERS.get(found.mark) ?? found.mark
        const name = NAMES[opener] ?? '标点'
        // the mark in （） so that a quotation mark is not quoted in quotation marks
        const missing =
          opener === found.mark ? `后${name}（${PAIRS[opener] ?? ''}）` : `前${name}（${opener}）`
        example = `${name}（${found.mark}）没有配对，请补上${missing}或删去多余的一个`
      }
      addPlace(places, 'unpaired', {
        segment,
        evidence: quoteEvidence(segment.raw, found.index, found.index + 1),
      })
    })
    return repeatedFindings(places, (_kind, list) =>
      repeatedFinding({
        rule: 'unpaired-marks',
        severity: 'warning',
        places: list,
        message: (count, where) =>
          count === 1
            ? `${example}。`
            : `共${String(count)}段的引号、括号或书名号没有配对。第一处：${example}。见${where}。`,
      }),
    )
  },
}
