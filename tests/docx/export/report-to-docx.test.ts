// Exports a hand-built report and reads it back with python-docx: the XML facts of GB/T 9704 (page, grid,
// fonts, sizes, borders, footers) as Word and WPS will see them.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { defaultSettings } from '../../../renderer/core/settings'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { officialFonts } from '../../../renderer/docx/export/official-fonts'
import { officialMeta } from '../../../renderer/docx/export/official-meta'
import { reportFlow } from '../../../renderer/docx/layout/flow-report'
import {
  allParagraphs,
  docxFacts,
  type DocxFacts,
  type ParagraphFacts,
  type TableFacts,
} from '../helpers/docx-facts'
import { sampleReport } from '../helpers/sample-report'

const OUT = join(import.meta.dirname, '../../.artifacts/docx')
const TEXT_WIDTH = 11906 - 1587 - 1474
const TEXT_HEIGHT = 16838 - 2098 - 1984
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/u

async function exported(name: string, options: Parameters<typeof exportDocx>[1]): Promise<DocxFacts> {
  mkdirSync(OUT, { recursive: true })
  const path = join(OUT, `${name}.docx`)
  writeFileSync(path, await exportDocx(sampleReport(), options))
  return docxFacts(path)
}

const paragraphs = (facts: DocxFacts): ParagraphFacts[] =>
  facts.blocks.filter((b): b is ParagraphFacts => b.kind === 'p')
const tables = (facts: DocxFacts): TableFacts[] =>
  facts.blocks.filter((b): b is TableFacts => b.kind === 'tbl')
const byText = (facts: DocxFacts, start: string): ParagraphFacts => {
  const found = paragraphs(facts).find((p) => p.text.startsWith(start))
  if (found === undefined) throw new Error(`no paragraph starting ${start}`)
  return found
}

/** `<w:b/>` and `<w:b w:val="true"/>` are both on. */
const on = (attrs: Record<string, string> | null | undefined): boolean =>
  attrs != null && !['0', 'false', 'off'].includes(attrs.val ?? 'true')

let upward: DocxFacts
let open: DocxFacts
let songTitle: DocxFacts

beforeAll(async () => {
  upward = await exported('sample-upward', { version: 'upward' })
  open = await exported('sample-public', { version: 'public' })
  songTitle = await exported('sample-song-title', {
    version: 'public',
    settings: { ...defaultSettings, fonts: { ...defaultSettings.fonts, title: '宋体', body: '仿宋' } },
  })
})

/** A paragraph that opens with its own numbered heading sentence (or is nothing else). */
const RUN_IN = /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.．])[^。]*。/u
/**
 * A run-in heading sentence that fills its first line (2 字 indent, 28 full-width characters): only then can the
 * text after it start on the next page, so only then is widow control on.
 */
const fillsFirstLine = (text: string): boolean =>
  HEADING_ONLY.test(text) || (RUN_IN.test(text) && (RUN_IN.exec(text)?.[0].length ?? 0) + 2 >= 28)
const HEADING_ONLY = /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.．])[^。]*。$/u

describe('page and grid (§5.2)', () => {
  it('is A4 with the 37/35/28/26 mm margins and a 22 × 28 grid, in every section', () => {
    for (const section of upward.sections) {
      expect(section.pgSz).toMatchObject({ w: '11906', h: '16838' })
      expect(section.pgMar).toMatchObject({ top: '2098', bottom: '1984', left: '1587', right: '1474' })
      expect(section.docGrid).toEqual({ type: 'linesAndChars', linePitch: '579', charSpace: '-849' })
      expect(section.headerRefs).toBe(0)
    }
    // 22 lines of 28.95 pt in the 225 mm 版心; 28 cells of 16 − 849/4096 pt in its 156 mm width
    expect(Math.floor(TEXT_HEIGHT / 579)).toBe(22)
    expect(Math.floor(TEXT_WIDTH / 20 / (16 - 849 / 4096))).toBe(28)
  })

  /** The switches sit, in CT_PPr's order, in the paragraph's own w:pPr or in that of a style it is based on. */
  function expectSwitchesInOrder(order: string[]): void {
    const snap = order.indexOf('snapToGrid')
    expect(snap).toBeGreaterThanOrEqual(0)
    expect(order.indexOf('widowControl')).toBeGreaterThanOrEqual(0)
    for (const later of ['spacing', 'ind', 'jc', 'outlineLvl']) {
      if (order.includes(later)) expect(order.indexOf(later)).toBeGreaterThan(snap)
    }
    for (const earlier of ['pStyle', 'widowControl', 'tabs', 'pBdr']) {
      if (order.includes(earlier)) expect(order.indexOf(earlier)).toBeLessThan(snap)
    }
    // Word and WPS would widen 2023年 and Latin letters beside Chinese: both spacings off, just before the grid
    expect(order.slice(snap - 2, snap)).toEqual(['autoSpaceDE', 'autoSpaceDN'])
  }

  function styleChain(facts: DocxFacts, id: string | null): string[] {
    const chain: string[] = []
    for (
      let style = id;
      style !== null && !chain.includes(style);
      style = facts.styles[style]?.basedOn ?? null
    )
      chain.push(style)
    return chain
  }

  it('gives every paragraph its own pitch, off the char grid, without widow control, in schema order', () => {
    const paragraphsWithSwitches = allParagraphs(upward)
    expect(paragraphsWithSwitches.length).toBeGreaterThan(20)
    for (const p of paragraphsWithSwitches) {
      expect(p.snapToGrid).toBe('false')
      // widow control stays on only where a paragraph opens with its own heading sentence (run-in heading)
      expect(p.widowControl, p.text).toBe(fillsFirstLine(p.text) ? null : 'false')
      const carrier = [
        p.pPrOrder,
        ...styleChain(upward, p.style).map((id) => upward.styles[id]!.pPrOrder),
      ].find((order) => order.includes('snapToGrid'))
      expect(carrier, p.text).toBeDefined()
      expectSwitchesInOrder(carrier!)
    }
  })

  it('writes the switches of 正文 and headings once, in 公文正文, not on each paragraph', () => {
    expectSwitchesInOrder(upward.styles.OfficialBody!.pPrOrder)
    const styled = allParagraphs(upward).filter(
      (p) => p.style === 'OfficialBody' || p.style?.startsWith('Heading'),
    )
    expect(styled.length).toBeGreaterThan(10)
    // besides the style, only the page-break rules: widow control on a run-in heading, keep-with-next on a
    // paragraph that is only a heading sentence, and on the last 正文 paragraph where the preview's pagination says
    // the 署名 would otherwise open a page
    const last = styled.filter((p) => p.style === 'OfficialBody').at(-1)!
    const meta = officialMeta(sampleReport().meta, 'upward', defaultSettings)
    const { keepLastWithSignature } = reportFlow(sampleReport(), meta, officialFonts(defaultSettings.fonts), {
      sealed: false,
    })
    for (const p of styled)
      expect(p.pPrOrder, p.text).toEqual([
        'pStyle',
        ...((p === last && keepLastWithSignature) || HEADING_ONLY.test(p.text) ? ['keepNext'] : []),
        ...(fillsFirstLine(p.text) ? ['widowControl'] : []),
      ])
    for (const level of [1, 2, 3, 4])
      expect(styleChain(upward, `Heading${String(level)}`)).toContain('OfficialBody')
  })
})

describe('fonts on every run', () => {
  it('names eastAsia, ascii and hAnsi alike on the run itself; only red is set, and nothing italic', () => {
    const runs = [
      ...allParagraphs(upward),
      ...upward.sections.flatMap((s) => [...(s.footers.default ?? []), ...(s.footers.even ?? [])]),
    ].flatMap((p) => p.runs)
    const withText = runs.filter((run) => CJK.test(run.text))
    expect(withText.length).toBeGreaterThan(30)
    for (const run of withText) {
      expect(run.ownFonts?.eastAsia).toBeTruthy()
      expect(run.ownFonts?.ascii).toBe(run.ownFonts?.eastAsia)
      expect(run.ownFonts?.hAnsi).toBe(run.ownFonts?.eastAsia)
      expect(run.fonts).toMatchObject(run.ownFonts!)
      expect(on(run.i)).toBe(false)
      expect(['000000', 'FF0000']).toContain(run.color)
    }
    // what the runs leave to the styles is black and upright
    for (const id of ['Normal', 'Heading1', 'Heading2', 'Heading3', 'Heading4']) {
      expect(upward.styles[id]?.i == null || !on(upward.styles[id]?.i)).toBe(true)
      expect([null, '000000']).toContain(upward.styles[id]?.color ?? null)
    }
  })

  it("redefines Word's Heading 1–4 black and upright, in the heading faces", () => {
    expect(upward.styles.Heading1).toMatchObject({ color: '000000', i: { val: 'false' }, sz: '32' })
    expect(upward.styles.Heading1?.fonts?.eastAsia).toBe('黑体')
    expect(upward.styles.Heading2?.fonts?.eastAsia).toBe('楷体_GB2312')
    for (const id of ['Heading3', 'Heading4'])
      expect(upward.styles[id]).toMatchObject({ color: '000000', i: { val: 'false' } })
  })

  it('sets the title in bold 宋体 when the settings name no 小标宋, and follows the body fallback', () => {
    const title = paragraphs(songTitle).find((p) => p.runs[0]?.sz === '44')!
    expect(title.runs[0]?.fonts?.eastAsia).toBe('宋体')
    expect(on(title.runs[0]?.b)).toBe(true)
    expect(byText(songTitle, '2023年，我镇').runs[0]?.fonts?.eastAsia).toBe('仿宋')
    const xbs = paragraphs(upward).find((p) => p.runs[0]?.sz === '44')!
    expect(on(xbs.runs[0]?.b)).toBe(false)
  })
})

describe('版头 (§7.2)', () => {
  it('sets a joint 发文机关标志 as two red lines with 文件 once to their right', () => {
    const mark = tables(upward)[0]!
    expect(mark.float).toBeNull()
    const [names, suffix] = mark.rows[0]!.cells
    expect(names!.paragraphs.map((p) => p.text)).toEqual(['中共示范镇委员会', '示范镇人民政府'])
    expect(suffix!.paragraphs.map((p) => p.text)).toEqual(['文件'])
    for (const p of [...names!.paragraphs, ...suffix!.paragraphs]) {
      expect(p.jc).toBe('center')
      expect(p.runs[0]?.color).toBe('FF0000')
      expect(p.runs[0]?.fonts?.eastAsia).toBe('方正小标宋简体')
    }
    // as wide as the names and 文件 and centred, so they stand together in the middle of the 版心
    const width = mark.gridCols.reduce((a, b) => a + b, 0)
    expect(width).toBeLessThanOrEqual(TEXT_WIDTH)
    expect(width).toBeGreaterThan(TEXT_WIDTH * 0.9)
    expect(mark.jc).toBe('center')
  })

  it('puts 文号 1 字 in on the left and 签发人 (name in 楷体) 1 字 in on the right in the 上行文', () => {
    const line = byText(upward, '示委〔2024〕3号')
    expect(line.ind).toMatchObject({ left: '320' })
    expect(line.tabs).toEqual([{ val: 'right', pos: String(TEXT_WIDTH - 320) }])
    expect(line.runs.map((r) => r.text)).toEqual(['示委〔2024〕3号', '', '签发人：', '王明'])
    expect(line.runs[1]?.tab).toBe(1)
    expect(line.runs[2]?.fonts?.eastAsia).toBe('仿宋_GB2312')
    expect(line.runs[3]?.fonts?.eastAsia).toBe('楷体_GB2312')
  })

  it('centres the 文号 with no 签发人 in the 公开 version', () => {
    const line = byText(open, '示委〔2024〕3号')
    expect(line.text).toBe('示委〔2024〕3号')
    expect(line.jc).toBe('center')
    expect(paragraphs(open).some((p) => p.text.includes('签发人'))).toBe(false)
  })

  it('draws the full-width red rule under the 文号', () => {
    const index = paragraphs(upward).indexOf(byText(upward, '示委'))
    const rule = paragraphs(upward)[index + 1]!
    expect(rule.text).toBe('')
    expect(rule.ind).toBeNull()
    expect(rule.borders.bottom).toMatchObject({ val: 'single', color: 'FF0000', sz: '8' })
  })
})

describe('标题, 主送 and 正文 (§7.3)', () => {
  it('sets the title 2号 centred over lines broken at meaning boundaries', () => {
    const title = paragraphs(upward).find((p) => p.runs[0]?.sz === '44')!
    expect(title.jc).toBe('center')
    expect(title.runs.map((r) => r.text)).toEqual([
      '中共示范镇委员会 示范镇人民政府',
      '关于2023年度法治政府建设情况的报告',
    ])
    expect(title.runs[1]?.br).toBe(1)
    expect(title.spacing).toMatchObject({ before: String(2 * 579) })
  })

  it('ends the 主送 flush left with a full-width colon, one line below the title', () => {
    const to = byText(upward, '中共示范县委')
    expect(to.text).toBe('中共示范县委、示范县人民政府：')
    expect(to.ind).toBeNull()
    expect(to.spacing).toMatchObject({ before: '579' })
  })

  it('sets body text 3号仿宋, 2 字 indented, on the 28.95 pt pitch with −0.3 pt tracking', () => {
    const body = byText(upward, '2023年，我镇')
    // through the 公文正文 style, which the clerk can go on applying in Word or WPS
    expect(body.style).toBe('OfficialBody')
    expect(body.ind).toEqual({ firstLine: '640', firstLineChars: '200' })
    expect(body.spacing).toMatchObject({ line: '579', lineRule: 'exact' })
    expect(body.jc).toBe('both')
    expect(body.runs[0]).toMatchObject({ sz: '32', spacing: '-6' })
    expect(body.runs[0]?.fonts?.eastAsia).toBe('仿宋_GB2312')
    const bold = byText(upward, '一是')
    expect(on(bold.runs[0]?.b)).toBe(true)
    expect(on(bold.runs[1]?.b)).toBe(false)
  })

  it('numbers headings from their position in each level’s face', () => {
    const expectHeading = (start: string, style: string, font: string): void => {
      const heading = byText(upward, start)
      expect(heading.style).toBe(style)
      expect(heading.runs[0]?.fonts?.eastAsia).toBe(font)
      expect(heading.runs[0]?.sz).toBe('32')
      expect(on(heading.runs[0]?.b)).toBe(false)
    }
    expectHeading('一、2023年推进法治政府建设', 'Heading1', '黑体')
    expectHeading('二、存在的不足和原因', 'Heading1', '黑体')
    expectHeading('三、2024年工作安排', 'Heading1', '黑体')
    expectHeading('（一）加强组织领导', 'Heading2', '楷体_GB2312')
    expectHeading('1.健全制度', 'Heading3', '仿宋_GB2312')
    expectHeading('（1）规范性文件审核', 'Heading4', '仿宋_GB2312')
  })

  it('sets a run-in heading sentence in its level’s face and the rest in 仿宋, one run each', () => {
    const p = byText(upward, '（二）推进严格执法。')
    expect(p.runs.map((r) => [r.text, r.fonts?.eastAsia])).toEqual([
      ['（二）推进严格执法。', '楷体_GB2312'],
      ['全年办理行政处罚案件12件。', '仿宋_GB2312'],
    ])
  })

  it('writes body tables with explicit grid and cell widths summing to the 版心', () => {
    const table = tables(upward).find((t) => t.rows[0]?.cells[0]?.paragraphs[0]?.text === '项目')!
    expect(table.layout).toBe('fixed')
    expect(table.width).toMatchObject({ w: String(TEXT_WIDTH), type: 'dxa' })
    expect(table.gridCols.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH)
    for (const row of table.rows) {
      expect(row.cells.map((c) => Number(c.width?.w))).toEqual(table.gridCols)
      for (const cell of row.cells) expect(cell.width?.type).toBe('dxa')
    }
    expect(table.rows[0]!.cells[0]!.paragraphs[0]!.runs[0]?.fonts?.eastAsia).toBe('黑体')
    expect(table.rows[1]!.cells[3]!.paragraphs[0]!.runs[0]).toMatchObject({ sz: '28' })
  })
})

describe('署名, 日期, 附注 (§7.3.5, §7.3.7)', () => {
  it('sets one 署名 per body and the date in arabic digits from the left, the date 2 字 further in', () => {
    const first = paragraphs(upward).find((p) => p.text === '中共示范镇委员会')!
    const second = paragraphs(upward)[paragraphs(upward).indexOf(first) + 1]!
    const date = paragraphs(upward)[paragraphs(upward).indexOf(first) + 2]!
    expect([first.text, second.text, date.text]).toEqual([
      '中共示范镇委员会',
      '示范镇人民政府',
      '2024年2月6日',
    ])
    for (const p of [first, second, date]) expect(p.jc).toBe('left')
    expect(first.spacing).toMatchObject({ before: '579' })
    // date longer than 署名 − 2 字: date 右空二字, 署名 right gap 2 + 6 + 2 − 7 = 3 字, in a 版心 of 8845 twips:
    // 署名 from 8845 − 960 − 7 × 320, the first one sharing its right edge, the date 640 twips further in
    expect(second.ind).toMatchObject({ left: '5645' })
    expect(first.ind).toMatchObject({ left: String(5645 - 320) })
    // (it ends 8845 − 6285 − 6 × 320 = 640 twips, 2 字, from the right)
    expect(date.ind).toMatchObject({ left: String(5645 + 640) })
  })

  it('adds （此件公开发布） 居左空二字 only to the 公开 version', () => {
    expect(paragraphs(upward).some((p) => p.text.includes('此件公开发布'))).toBe(false)
    const note = byText(open, '（此件公开发布）')
    expect(note.jc).toBe('left')
    expect(note.ind).toMatchObject({ firstLineChars: '200', firstLine: '640' })
  })
})

describe('版记 (§7.4)', () => {
  it('floats at the bottom of the 版心 between thick and thin rules, followed by a paragraph', () => {
    const imprint = tables(upward).at(-1)!
    expect(upward.blocks.at(-1)).toMatchObject({ kind: 'p', text: '' })
    const height = imprint.rows.reduce((sum, row) => sum + Number(row.height?.val), 0)
    expect(imprint.rows.every((row) => row.height?.hRule === 'exact')).toBe(true)
    expect(imprint.float).toMatchObject({
      horzAnchor: 'page',
      tblpX: '1587',
      vertAnchor: 'margin',
      tblpY: String(TEXT_HEIGHT - height),
    })
    expect(imprint.borders).toMatchObject({
      top: { val: 'single', sz: '8' },
      bottom: { val: 'single', sz: '8' },
      insideH: { val: 'single', sz: '6' },
      left: { val: 'none' },
      right: { val: 'none' },
    })
    expect(imprint.gridCols.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH)
  })

  it('sets 抄送 and 印发 in 4号仿宋 with the 1-字 insets', () => {
    const imprint = tables(upward).at(-1)!
    const copy = imprint.rows[0]!.cells[0]!.paragraphs[0]!
    expect(copy.text).toBe('抄送：示范县委全面依法治县委员会办公室，示范县司法局。')
    expect(copy.ind).toMatchObject({ left: String(280 * 4), hanging: String(280 * 3), right: '280' })
    const [by, when] = imprint.rows[1]!.cells.map((c) => c.paragraphs[0]!)
    expect([by!.text, by!.jc, by!.ind?.left]).toEqual(['示范镇党政办公室', 'left', '280'])
    expect([when!.text, when!.jc, when!.ind?.right]).toEqual(['2024年2月6日印发', 'right', '280'])
    for (const p of [copy, by!, when!]) expect(p.runs[0]).toMatchObject({ sz: '28' })
  })
})

describe('page numbers (§7.5)', () => {
  it('turns on odd/even footers: "— PAGE —" 4号宋体, odd right and even left, 1 字 in', () => {
    expect(upward.evenAndOddHeaders).not.toEqual({ val: 'false' })
    expect(upward.evenAndOddHeaders).not.toBeNull()
    const { footers, pgMar } = upward.sections[0]!
    const odd = footers.default![0]!
    const even = footers.even![0]!
    expect([odd.jc, odd.ind]).toEqual(['right', { right: '280' }])
    expect([even.jc, even.ind]).toEqual(['left', { left: '280' }])
    for (const footer of [odd, even]) {
      expect(
        footer.runs
          .map((r) => r.text)
          .join('')
          .replace(/\s/gu, ''),
      ).toBe('——')
      expect(footer.runs.flatMap((r) => r.field).join('')).toMatch(/PAGE/u)
      for (const run of footer.runs)
        expect(run).toMatchObject({ sz: '28', fonts: { ascii: '宋体', eastAsia: '宋体' } })
    }
    // the number line's bottom: 35 mm − 7 mm − 7 pt above the page edge
    expect(Number(pgMar?.footer)).toBe(Math.round((28 * 1440) / 25.4) - 140)
  })
})
