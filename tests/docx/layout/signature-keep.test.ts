// The last 正文 paragraph keeps with the 署名 only where the 署名 block would otherwise open a page and no
// paragraph set loose can carry a line over to it (page-fill.ts): LibreOffice moves a kept paragraph over whole, so
// a keep written everywhere would leave half-empty pages for nothing. The report here is of one-line paragraphs,
// which no looser setting lengthens. The .docx writes the keep exactly where the preview's pagination put it
// (LibreOffice's own pages are compared in page-boundaries.test.ts).
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../../../renderer/core/settings'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { officialFonts } from '../../../renderer/docx/export/official-fonts'
import { officialMeta } from '../../../renderer/docx/export/official-meta'
import { FILL_HEIGHT } from '../../../renderer/docx/layout/flow-metrics'
import { reportFlow } from '../../../renderer/docx/layout/flow-report'
import { paginate } from '../../../renderer/docx/layout/paginate'
import { boundaryReport } from '../helpers/boundary-report'
import type { Report } from '../../../renderer/core/report'
import { allParagraphs, docxFacts } from '../helpers/docx-facts'

const fonts = officialFonts(defaultSettings.fonts)
/** A report of 20 + `lines` one-line paragraphs of 20 characters: over 22 sizes the 署名 meets every line of page 2. */
const oneLiners = (lines: number): Report => {
  const report = boundaryReport(1)
  const line = '我镇坚持以习近平法治思想为指导全面推进。'
  return {
    ...report,
    preamble: Array.from({ length: 20 + lines }, () => ({
      kind: 'paragraph',
      runs: [{ text: line }],
      line: null,
    })),
    parts: [],
  }
}
const flowOf = (lines: number) => {
  const report = oneLiners(lines)
  return reportFlow(report, officialMeta(report.meta, 'upward', defaultSettings), fonts, { sealed: false })
}
/** Index in the flow of the 署名: the paragraph that prints the issuer's name and nothing else. */
const signatureIndex = (lines: number): number =>
  flowOf(lines).flow.findIndex((paragraph) =>
    paragraph.lines[0]?.items.some(
      (item) => item.kind === 'line' && item.spans.map((span) => span.text).join('') === '示范镇人民政府',
    ),
  )

describe('keeping the last 正文 paragraph with the 署名', () => {
  const sizes = Array.from({ length: 22 }, (_, index) => index + 1)
  const decisions = sizes.map((lines) => flowOf(lines).keepLastWithSignature)

  it('keeps it at some sizes of the report and not at most, and sets nothing loose', () => {
    expect(decisions).toContain(true)
    for (const lines of sizes) expect(flowOf(lines).loosened.size, `${String(lines)} lines`).toBe(0)
    expect(decisions.filter(Boolean).length).toBeLessThan(sizes.length / 2)
  })

  it('keeps it exactly where the 署名 would otherwise open a page', () => {
    sizes.forEach((lines, index) => {
      const { flow } = flowOf(lines)
      const signature = signatureIndex(lines)
      expect(signature, `${String(lines)} lines`).toBeGreaterThan(0)
      const unkept = flow.map((paragraph, at) =>
        at === signature - 1 ? { ...paragraph, keepNext: false } : paragraph,
      )
      const placed = paginate(unkept, FILL_HEIGHT).lines
      const first = placed.findIndex((line) => line.paragraph === signature)
      const opensPage = placed[first - 1]!.page !== placed[first]!.page
      expect(decisions[index], `${String(lines)} lines`).toBe(opensPage)
    })
  })

  it('writes the keep into the .docx where the preview has it, and nowhere else above the 署名', async () => {
    const kept = sizes[decisions.indexOf(true)]!
    const free = sizes[decisions.indexOf(false)]!
    const dir = mkdtempSync(join(tmpdir(), 'fznb-keep-'))
    for (const [lines, expected] of [
      [kept, true],
      [free, false],
    ] as const) {
      const file = join(dir, `${String(lines)}.docx`)
      writeFileSync(file, await exportDocx(oneLiners(lines), { version: 'upward' }))
      const body = allParagraphs(docxFacts(file)).filter((p) => p.style === 'OfficialBody')
      expect(body.at(-1)!.keepNext, `${String(lines)} lines`).toBe(expected)
    }
  })
})
