// GB/T 9704's 调整行距 for a 署名 block that would open a page: the report is paragraphs no tracking changes (one
// line of 21 characters, or three lines whose last holds 12: set 26, 27 or 29 a line they take as many lines), so
// the page fill cannot help, and over 22 sizes the 署名 meets every line of a page. Where the block is one line too
// many for the room under the 正文, it is set closer (half a line above it, its lines sharing the rest) and stays
// on the page, which is then full; and with a 版记, where the 版记 is a line short of room under it, the block set
// closer brings it onto the page. Elsewhere all is as before. Checked in the preview, in the .docx as python-docx
// reads it, and in LibreOffice against the preview's pages and every rule of the checker.
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { CLOSED_UP_GAP, closedUpLine } from '../../../renderer/docx/export/closed-up-signature'
import { linePitch } from '../../../renderer/docx/export/gbt9704'
import { FILL_HEIGHT } from '../../../renderer/docx/layout/flow-metrics'
import { paginate } from '../../../renderer/docx/layout/paginate'
import { CASES, exportAll, planOf, report, SIZES } from '../helpers/close-up-report'
import { allParagraphs, docxFacts } from '../helpers/docx-facts'
import { failedRules, runCheckerOnRendered } from '../helpers/gbt9704-checker'
import { previewMismatches } from '../helpers/preview-mismatches'
import { renderPdfs } from '../helpers/render-pdf'

const OUT = join(import.meta.dirname, '../../.artifacts/docx/signature-close-up')

describe('a 署名 block closed up', () => {
  it('takes one line of the 版心 less than on the pitch, never closer than 20 pt a line', () => {
    for (const lines of [2, 3, 4, 5, 6]) {
      const line = closedUpLine(lines)!
      expect(line).toBeGreaterThanOrEqual(400)
      expect(lines * line + CLOSED_UP_GAP).toBeLessThanOrEqual(lines * linePitch)
      expect(lines * line + CLOSED_UP_GAP).toBeGreaterThan((lines - 0.05) * linePitch)
    }
    // a date alone would be set at 14.5 pt: not closed up
    expect(closedUpLine(1)).toBeNull()
  })

  it('is under 正文 paragraphs that no tracking lengthens or shortens', () => {
    const { flow, bodyStart, bodyEnd } = planOf(1, { version: 'public', imprint: false })
    for (const paragraph of flow.slice(bodyStart, bodyEnd)) {
      expect([1, 3]).toContain(paragraph.lines.length)
      for (const retracked of [paragraph.loosened, paragraph.stretched, paragraph.tightened])
        expect(retracked?.()?.lines.length ?? paragraph.lines.length).toBe(paragraph.lines.length)
    }
  })
})

describe.each(CASES)('the 署名 block a line too many for its page ($name)', (which) => {
  const plans = SIZES.map((size) => planOf(size, which))
  const closed = SIZES.filter((_, index) => plans[index]!.signatureClosedUpLine !== null)
  // the 署名, the date and for the public version the 附注
  const blockLines = which.version === 'public' ? 3 : 2

  it('is closed up at some sizes, and nothing else is changed there', () => {
    expect(closed.length).toBeGreaterThan(0)
    for (const size of closed) {
      const plan = planOf(size, which)
      expect(plan.signatureClosedUpLine).toBe(closedUpLine(blockLines))
      expect(plan.carriedChars).toBe(0)
      expect(plan.keepLastWithSignature).toBe(false)
      expect(plan.loosened.size + plan.stretched.size + plan.tightened.size).toBe(0)
    }
  })

  it('stays on the page of the last 正文 line, and fills it or has the 版记 under it', () => {
    for (const size of closed) {
      const { flow, bodyEnd, imprintPlacement } = planOf(size, which)
      const placed = paginate(flow, FILL_HEIGHT).lines
      const last = placed.findLast((line) => line.paragraph === bodyEnd - 1)!
      const signature = placed.find((line) => line.paragraph === bodyEnd)!
      expect(signature.page, `${String(size)} lines`).toBe(last.page)
      const bottom = Math.max(
        ...placed.filter((line) => line.page === last.page).map((line) => line.top + line.line.height),
      )
      if (FILL_HEIGHT - bottom >= 1) expect(imprintPlacement, `${String(size)} lines`).toBe('last-page')
    }
    // without a 版记, only a block that would open a page is closed up; with one, a 版记 that needs the line too
    if (which.imprint)
      expect(closed.some((size) => planOf(size, which).imprintPlacement === 'last-page')).toBe(true)
  })

  it('is closed up only where it is one line too many: on the pitch, one size fewer of 正文 fits it', () => {
    for (const size of closed) {
      const smaller = planOf(size - 1, which)
      expect(smaller.signatureClosedUpLine, `${String(size - 1)} lines`).toBeNull()
      expect(smaller.carriedChars + (smaller.keepLastWithSignature ? 1 : 0)).toBe(0)
    }
  })

  describe('in the .docx and in LibreOffice', () => {
    // the closed-up sizes and the size after each, where the block is back on the pitch
    const rendered = [...new Set(closed.flatMap((size) => [size, size + 1]))].filter((size) => size <= 22)
    const name = (size: number): string =>
      `${which.version}${which.imprint ? '-imprint' : ''}-${String(size).padStart(2, '0')}.docx`
    const files = rendered.map((size) => join(OUT, name(size)))

    beforeAll(async () => {
      const reports = rendered.map((size) => report(size, which.imprint))
      await exportAll(files, reports, which.version)
    }, 120_000)

    it('writes the closer spacing on every line of the block, the half line above its first', () => {
      for (const [index, size] of rendered.entries()) {
        const paragraphs = allParagraphs(docxFacts(files[index]!))
        const signature = paragraphs.findIndex((p) => p.text === '示范镇人民政府')
        const block = paragraphs.slice(signature, signature + blockLines)
        const line = planOf(size, which).signatureClosedUpLine
        expect(block.map((p) => p.spacing?.line)).toEqual(block.map(() => String(line ?? linePitch)))
        expect(block[0]!.spacing?.before).toBe(String(line === null ? linePitch : CLOSED_UP_GAP))
      }
    })

    it('prints the pages the preview shows, passing every rule of the checker', () => {
      const pdfs = renderPdfs(files, join(OUT, 'pdf'))
      expect(
        previewMismatches(
          rendered.map((size) => report(size, which.imprint)),
          pdfs,
          which.version,
          rendered,
        ),
      ).toEqual([])
      for (const [index, report] of runCheckerOnRendered(files, pdfs, true).entries()) {
        if (!closed.includes(rendered[index]!)) continue
        expect(failedRules(report, `${String(rendered[index])} lines`)).toEqual([])
      }
    }, 300_000)
  })
})
