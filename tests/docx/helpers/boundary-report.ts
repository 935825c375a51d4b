// Short synthetic reports built to push the 署名 block, the headings and the 版记 across a page boundary: the
// opening paragraph grows a line at a time (`openingLines`), so over 22 sizes every element after it meets the
// foot of a page at every offset. `boundaryReport` runs to four or five pages, as real ones do; `threePageReport`
// to two or three, where the one middle page must be full (a keep that leaves it short shows at once). Plain CJK
// text without digits, so a paragraph of n × 28 − 2 characters takes n lines in every renderer.
import { emptyMeta, type Block, type Part, type Report, type ReportMeta } from '../../../renderer/core/report'

const p = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }], line: null })
const h = (level: 1 | 2 | 3, text: string): Block => ({ kind: 'heading', level, text, line: null })
const measures = (blocks: Block[]): Part => ({
  id: 'measures',
  heading: '推进法治政府建设的主要举措和成效',
  line: null,
  blocks,
})
const shortcomings = (blocks: Block[]): Part => ({
  id: 'shortcomings',
  heading: '存在的不足和原因',
  line: null,
  blocks,
})

const FILLER =
  '我镇坚持以习近平法治思想为指导全面推进依法行政健全重大行政决策程序严格落实行政执法三项制度深入开展法治宣传教育不断提升基层治理法治化水平'

/** A paragraph of exactly `lines` full lines (its 2-字 indent counted), ending with 。 */
export function linesOfText(lines: number, seed = 0): string {
  const length = lines * 28 - 3
  let text = ''
  for (let i = seed; text.length < length; i++) text += FILLER[i % FILLER.length]
  return `${text.slice(0, length)}。`
}

/** A paragraph of `lines` full lines and three characters on one more: set 29 a line, it takes a line less. */
export function shortLastLine(lines: number, seed = 0): string {
  return `${linesOfText(lines, seed).slice(0, -1)}全面推进。`
}

/**
 * A paragraph of `lines` lines whose last holds as many characters as neither 27 nor 29 a line changes its count,
 * while 26 a line (a paragraph stretched, page-fill.ts) takes a line more: at n a line its first line holds n − 2,
 * so 28 (lines − 1) + last characters take a line more at 27 only past last = 28 − lines, at 26 past 28 − 2 lines.
 */
export function stretchOnly(lines: number, seed = 0): string {
  const last = 28 - 2 * lines + Math.ceil(lines / 2)
  const text = linesOfText(lines, seed)
  return `${text.slice(0, 28 * (lines - 1) - 2 + last - 1)}。`
}

export interface BoundaryOptions {
  readonly meta?: Partial<ReportMeta>
}

export function boundaryReport(openingLines: number, options: BoundaryOptions = {}): Report {
  return {
    meta: {
      ...emptyMeta,
      title: '示范镇关于二〇二三年度法治政府建设情况的报告',
      recipients: '示范县人民政府',
      issuers: ['示范镇人民政府'],
      dateText: '2024年1月25日',
      reportYear: 2023,
      ...options.meta,
    },
    preamble: [p(linesOfText(Math.max(1, openingLines), 0))],
    parts: [
      measures([
        h(2, '加强组织领导'),
        p(linesOfText(3, 5)),
        // enough text for two full pages between the first and the last whatever the opening's size
        ...[7, 6, 8, 5, 7, 6, 8].map((lines, index) => p(linesOfText(lines, 30 + 7 * index))),
        p(`（二）推进严格规范公正文明执法。${linesOfText(3, 9)}`),
        h(2, '深化法治宣传'),
        h(3, '开展法治进村活动'),
        p(linesOfText(2, 13)),
      ]),
      shortcomings([
        p(`（一）学法用法不够深入。${linesOfText(2, 17)}`),
        // a heading sentence that fills its first line: the one kind of run-in item widow control is for
        p(
          `（二）部分干部运用法治思维和法治方式深化改革推动发展化解矛盾维护稳定的能力不足。${linesOfText(2, 25)}`,
        ),
        p(linesOfText(4, 21)),
      ]),
    ],
  }
}

/** Two to three pages: the opening paragraph, two parts with sub-headings, paragraphs of 3–6 lines. */
export function threePageReport(
  openingLines: number,
  options: BoundaryOptions & { readonly text?: (lines: number, seed: number) => string } = {},
): Report {
  const report = boundaryReport(openingLines, options)
  const text = options.text ?? linesOfText
  return {
    ...report,
    parts: [
      measures([
        h(2, '加强组织领导'),
        p(text(3, 5)),
        p(text(6, 30)),
        p(text(5, 37)),
        h(2, '深化法治宣传'),
        p(text(4, 13)),
        p(text(5, 44)),
      ]),
      shortcomings([p(text(3, 17)), p(text(4, 21))]),
    ],
  }
}

/**
 * `threePageReport` with paragraphs of a short last line, which set loose take no line more: a page a heading's keep
 * leaves short is filled by paragraphs set tight, pulling the heading and its text back up.
 */
export const tightFillReport = (openingLines: number): Report =>
  threePageReport(openingLines, { text: shortLastLine })

/**
 * `threePageReport` whose paragraphs of five lines or more neither loose nor tight change, and the shorter ones loose
 * do not: at some sizes only one of the long ones stretched fills the middle page.
 */
export const stretchFillReport = (openingLines: number): Report =>
  threePageReport(openingLines, {
    text: (lines, seed) => (lines >= 5 ? stretchOnly(lines, seed) : shortLastLine(lines, seed)),
  })

/**
 * Two or three pages ending with paragraphs of a short last line, which set tight (29 characters a line) take a line
 * less, one of full lines, which set loose takes a line more, and a 版记 of three rows: over the sizes the 版记 comes
 * to need room the last page can be given.
 */
export function imprintRoomReport(openingLines: number): Report {
  const report = boundaryReport(openingLines, {
    meta: {
      copyTo: '示范县委全面依法治县委员会办公室，示范县司法局，示范县人民政府办公室，示范县人大常委会办公室',
      printedBy: '示范镇党政综合办公室',
      printedDateText: '2024年1月25日',
    },
  })
  return {
    ...report,
    parts: [
      measures([
        h(2, '加强组织领导'),
        p(linesOfText(3, 5)),
        p(shortLastLine(5, 30)),
        p(shortLastLine(4, 37)),
      ]),
      shortcomings([p(shortLastLine(4, 17)), p(linesOfText(4, 21)), p(shortLastLine(4, 44))]),
    ],
  }
}
