// A 版记 that does not fit under the last line of text gets a page of its own, and that page no number
// (GB/T 9704 §7.5). The report is qingjiang with body paragraphs added until the 版记 no longer fits.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Block, Report } from '../../../renderer/core/report'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { docxFacts, type DocxFacts } from '../helpers/docx-facts'
import { fixtureReport } from '../helpers/fixture-reports'
import { renderPdf, type RenderedPdf } from '../helpers/render-pdf'

const OUT = join(import.meta.dirname, '../../.artifacts/docx/own-page')
const para: Block = {
  kind: 'paragraph',
  runs: [{ text: '加强干部队伍法治培训，督促干部职工强化法律法规学习，全面提高干部职工法治素养。' }],
  line: null,
}

function padded(extra: number): Report {
  const report = fixtureReport('qingjiang-2023')
  const last = report.parts.length - 1
  return {
    ...report,
    parts: report.parts.map((part, i) =>
      i === last ? { ...part, blocks: [...part.blocks, ...Array<Block>(extra).fill(para)] } : part,
    ),
  }
}

async function write(name: string, report: Report): Promise<string> {
  mkdirSync(OUT, { recursive: true })
  const path = join(OUT, `${name}.docx`)
  writeFileSync(path, await exportDocx(report, { version: 'upward' }))
  return path
}

describe('版记 placement', () => {
  let fits: DocxFacts
  let ownPage: DocxFacts
  let rendered: RenderedPdf

  beforeAll(async () => {
    fits = docxFacts(await write('fits', padded(0)))
    const crowded = await write('crowded', padded(5))
    ownPage = docxFacts(crowded)
    rendered = renderPdf(crowded, OUT)
  })

  it('keeps the 版记 in the numbered section when the last page has room', () => {
    expect(fits.sections).toHaveLength(1)
  })

  it('opens an unnumbered section for a 版记 that does not fit', () => {
    expect(ownPage.sections).toHaveLength(2)
    const [numbered, imprintOnly] = ownPage.sections
    expect(numbered!.footers.default?.[0]?.runs.flatMap((r) => r.field).join('')).toMatch(/PAGE/u)
    for (const kind of ['default', 'even'] as const) {
      const footer = imprintOnly!.footers[kind] ?? []
      expect(footer.flatMap((p) => p.runs)).toEqual([])
    }
  })

  it('prints the 版记 alone on the last page, with no page number there and numbers on all others', () => {
    const pages = rendered.pages
    const last = pages.at(-1)!
    expect(last.lines.some((l) => /日印发$/u.test(l.text))).toBe(true)
    const printedBy = fixtureReport('qingjiang-2023').meta.printedBy
    const texts = last.lines.map((l) => l.text.replace(/\s/gu, ''))
    expect(texts.filter((t) => !/^抄送：|日印发$/u.test(t) && t !== printedBy)).toEqual([])
    pages.slice(0, -1).forEach((page, index) => {
      expect(
        page.lines.some((l) => new RegExp(`^—\\s*${String(index + 1)}\\s*—$`, 'u').test(l.text.trim())),
      ).toBe(true)
    })
  })
})
