// Pages a keep would leave short are filled by setting a 正文 paragraph loose (page-fill.ts), page by page, each
// page paginated on its own from where it starts. Here in the preview's model: the paginator resumed at a page
// start gives that page exactly as a whole pagination does, every page between the first and the last is full,
// the loose paragraphs set 27 characters a line, and the 署名 always has 正文 above it. LibreOffice's own pages
// are compared in short-pages.test.ts.
import { describe, expect, it } from 'vitest'
import type { Report, ReportVersion } from '../../../renderer/core/report'
import { defaultSettings } from '../../../renderer/core/settings'
import { officialFonts } from '../../../renderer/docx/export/official-fonts'
import { officialMeta } from '../../../renderer/docx/export/official-meta'
import type { FlowParagraph } from '../../../renderer/docx/layout/flow-line'
import { FILL_HEIGHT, PITCH } from '../../../renderer/docx/layout/flow-metrics'
import { reportFlow } from '../../../renderer/docx/layout/flow-report'
import { paginate } from '../../../renderer/docx/layout/paginate'
import { looseParagraph } from '../../../renderer/docx/layout/tracked-paragraph'
import { LOOSE_TRACKING_PT } from '../../../renderer/docx/layout/paragraph-lines'
import type { PrintLine } from '../../../renderer/docx/layout/print-layout'
import { boundaryReport, threePageReport } from '../helpers/boundary-report'
import { lineText } from '../helpers/model-rows'
import { randomReport } from '../helpers/random-report'

const fonts = officialFonts(defaultSettings.fonts)
const flowOf = (report: Report, version: ReportVersion) =>
  reportFlow(report, officialMeta(report.meta, version, defaultSettings), fonts, { sealed: false })

const SIZES = Array.from({ length: 22 }, (_, index) => index + 1)
const series = [
  ...SIZES.map((lines) => ({ name: `boundary ${String(lines)}`, report: boundaryReport(lines) })),
  ...SIZES.map((lines) => ({ name: `three-page ${String(lines)}`, report: threePageReport(lines) })),
]

const textLinesOf = (paragraph: FlowParagraph): PrintLine[] =>
  paragraph.lines.flatMap((line) => line.items.filter((item): item is PrintLine => item.kind === 'line'))
const isLoose = (paragraph: FlowParagraph): boolean =>
  textLinesOf(paragraph).some((line) => line.tracking === LOOSE_TRACKING_PT)

describe('a paragraph set loose', () => {
  const body = (text: string) => [{ text, font: 'body' as const, bold: false }]
  const chinese =
    '我镇坚持以习近平法治思想为指导全面推进依法行政健全重大行政决策程序严格落实行政执法三项制度。'

  it('sets Chinese text 27 characters a line, a line longer where its last line was nearly full', () => {
    const loose = looseParagraph(body(chinese.repeat(3)))
    expect(loose).not.toBeNull()
    const lines = loose!.lines.map((line) =>
      line.items.flatMap((item) => (item.kind === 'line' ? [lineText(item)] : [])).join(''),
    )
    expect(lines.slice(1, -1).every((line) => [...line].length === 27)).toBe(true)
    expect([...lines[0]!]).toHaveLength(25)
  })

  it('is offered for text with figures, whose lines LibreOffice sets as the preview does', () => {
    expect(looseParagraph(body(`${chinese}全年办理行政复议案件3件。`))).not.toBeNull()
    expect(looseParagraph(body(`${chinese}推进OA系统建设。`))).not.toBeNull()
  })

  it('is not offered where a loose line ends within a few twips of the measure', () => {
    // loose, 25 ideographs with 123 among them come to the 442.2 pt measure exactly (400 pt of ideographs, 30.8 of
    // figures, two autospaces of 3.2, tracking and the 1.2 pt LibreOffice keeps free): no certain break
    const lead = '我镇坚持以习近平法治思想为指导全面推进依法行政健全重大'
    expect(looseParagraph(body(`${lead}123${chinese}`))).toBeNull()
    expect(looseParagraph(body(`${lead}12${chinese}`))).not.toBeNull()
  })
})

describe('paginating from a page start', () => {
  const flows = [
    ...Array.from({ length: 12 }, (_, index) => randomReport(index + 1)).map(({ report, version }) =>
      flowOf(report, version),
    ),
    ...series.slice(0, 6).map(({ report }) => flowOf(report, 'upward')),
  ].map((result) => result.flow)

  it('gives each page exactly as the whole pagination does, and where the next one starts', () => {
    for (const flow of flows) {
      const whole = paginate(flow, FILL_HEIGHT)
      expect(whole.pageStarts).toHaveLength(whole.pageCount)
      for (let page = 0; page < whole.pageCount; page++) {
        const part = paginate(flow, FILL_HEIGHT, { page, start: whole.pageStarts[page]!, through: page })
        const shape = (lines: typeof whole.lines) =>
          lines.filter((line) => line.page === page).map((line) => [line.paragraph, line.index, line.top])
        expect(shape(part.lines)).toEqual(shape(whole.lines))
        expect(part.pageStarts[1]).toEqual(whole.pageStarts[page + 1])
      }
    }
  })
})

describe.each(['public', 'upward'] as const)('filling pages a keep left short (%s)', (version) => {
  const results = series.map(({ name, report }) => ({ name, ...flowOf(report, version) }))

  // page 1 of the boundary report at 16 lines stays short: its one 正文 paragraph gains one line, the heading pair
  // and its text need two
  it('leaves no whole line empty on any page between the first and the last', () => {
    const short: string[] = []
    for (const { name, flow } of results) {
      const { lines, pageCount } = paginate(flow, FILL_HEIGHT)
      for (let page = 1; page < pageCount - 1; page++) {
        const used = Math.max(
          ...lines.filter((line) => line.page === page).map((line) => line.top + line.line.height),
        )
        if (FILL_HEIGHT - used >= PITCH - 0.01)
          short.push(`${name}: page ${String(page + 1)} ends at ${used.toFixed(1)} pt`)
      }
    }
    expect(short).toEqual([])
  })

  it('sets loose only where a page needs it, as many paragraphs as it says', () => {
    const counts = results.map(({ flow, loosened }) => {
      expect(flow.filter(isLoose)).toHaveLength(loosened.size)
      return loosened.size
    })
    expect(counts.filter((count) => count > 0).length).toBeGreaterThan(4)
    expect(counts.filter((count) => count === 0).length).toBeGreaterThan(4)
  })

  it('sets a loose paragraph 27 characters a line', () => {
    for (const { flow } of results)
      for (const paragraph of flow.filter(isLoose)) {
        const lines = textLinesOf(paragraph).map(lineText)
        const [first, ...rest] = lines.slice(0, -1)
        // the first line is 2 字 in
        if (first !== undefined) expect([...first]).toHaveLength(25)
        for (const line of rest) expect([...line]).toHaveLength(27)
      }
  })

  it('carries two lines of 正文 over to a 署名 on a new page of the three-page report, should LibreOffice set one fewer', () => {
    for (const { name, flow } of results.filter((result) => result.name.startsWith('three-page'))) {
      const signature = flow.findIndex((paragraph) =>
        textLinesOf(paragraph).some((line) => lineText(line) === '示范镇人民政府'),
      )
      const { lines } = paginate(flow, FILL_HEIGHT)
      const first = lines.findIndex((line) => line.paragraph === signature)
      const above = lines.slice(0, first).filter((line) => line.page === lines[first]!.page)
      expect(above.length, name).toBeGreaterThanOrEqual(2)
    }
  })

  it('never lets the 署名 open a page: a line of 正文 goes over with it', () => {
    for (const { name, flow } of results) {
      const signature = flow.findIndex((paragraph) =>
        textLinesOf(paragraph).some((line) => lineText(line) === '示范镇人民政府'),
      )
      const { lines } = paginate(flow, FILL_HEIGHT)
      const first = lines.findIndex((line) => line.paragraph === signature)
      expect(lines[first - 1]!.page, name).toBe(lines[first]!.page)
    }
  })
})
