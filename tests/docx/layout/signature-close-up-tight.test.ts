// GB/T 9704 §7.3.5.4's two remedies together, 行距 and 字距: where the 署名 block closed up is still a line or two
// too many for the page of the last 正文 line, 正文 paragraphs set tight (29 a line) give it the lines it lacks —
// one on its page, or one there and one on the page before — and where a 版记 closed up under it still lacks a
// line, a paragraph set tight gives that too. Each needs both: with paragraphs no tracking changes, the 正文 is
// carried over to the 署名 (or the 版记 takes a page of its own). Checked in the preview, in the .docx as
// python-docx reads it, and in LibreOffice against the preview's pages and every rule of the checker.
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Report } from '../../../renderer/core/report'
import { FILL_HEIGHT } from '../../../renderer/docx/layout/flow-metrics'
import { paginate } from '../../../renderer/docx/layout/paginate'
import { boundaryReport } from '../helpers/boundary-report'
import {
  CASES,
  exportAll,
  expectCarriedOver,
  expectPrintedAsPreviewed,
  FIVE_LINES,
  ONE_LINE,
  paragraph,
  planOf,
  planOfReport,
  report,
  SIZES,
  THREE_LINES,
  TIGHT_ONLY,
  tightTexts,
} from '../helpers/close-up-report'

const OUT = join(import.meta.dirname, '../../.artifacts/docx/signature-close-up-tight')

describe.each(CASES.filter((which) => !which.imprint))(
  'the 署名 block two lines too many, one 正文 paragraph a line less set tight ($name)',
  (which) => {
    const plans = SIZES.map((size) => planOf(size, which, TIGHT_ONLY))
    const both = SIZES.filter(
      (_, index) => plans[index]!.signatureClosedUpLine !== null && plans[index]!.tightened.size > 0,
    )
    const name = (size: number): string => `tight-${which.version}-${String(size).padStart(2, '0')}.docx`
    const files = both.map((size) => join(OUT, name(size)))

    beforeAll(async () => {
      const reports = both.map((size) => report(size, false, TIGHT_ONLY))
      await exportAll(files, reports, which.version)
    }, 120_000)

    it('is closed up with that paragraph set tight at some size, and stays on the page of the last 正文 line', () => {
      expect(both.length).toBeGreaterThan(0)
      for (const size of both) {
        const { flow, bodyEnd, tightened, carriedChars, keepLastWithSignature } = planOf(
          size,
          which,
          TIGHT_ONLY,
        )
        expect([...tightened], `${String(size)} lines`).toEqual([7 + size])
        expect(carriedChars + (keepLastWithSignature ? 1 : 0)).toBe(0)
        const placed = paginate(flow, FILL_HEIGHT).lines
        const last = placed.findLast((line) => line.paragraph === bodyEnd - 1)!
        expect(placed.find((line) => line.paragraph === bodyEnd)!.page, `${String(size)} lines`).toBe(
          last.page,
        )
      }
    })

    it('needs both: with no paragraph to set tight, the 正文 is carried over to the 署名 instead', () => {
      for (const size of both) {
        const plan = planOf(size, which, FIVE_LINES)
        expect(plan.flow[plan.bodyEnd - 1]!.lines).toHaveLength(5)
        expectCarriedOver(plan, size)
      }
    })

    it('writes the tight tracking on that paragraph and prints the preview’s pages, passing the checker', () => {
      for (const file of files) expect(tightTexts(file)).toEqual([TIGHT_ONLY])
      expectPrintedAsPreviewed(
        OUT,
        files,
        both.map((size) => report(size, false, TIGHT_ONLY)),
        which.version,
        both,
      )
    }, 300_000)
  },
)

// Ten paragraphs no tracking changes between two that set tight take a line less each (TIGHT_ONLY): at some size the
// closed-up block is two lines too many for the page of the last, which the last alone cannot give, and the first
// stands on the page before. Set tight, it draws the page's first line up onto that page.
const BETWEEN = 10

function twoTightReport(size: number, first = TIGHT_ONLY): Report {
  return {
    ...boundaryReport(1),
    preamble: [
      ...Array.from({ length: size }, () => paragraph(ONE_LINE)),
      paragraph(first),
      ...Array.from({ length: BETWEEN }, () => paragraph(THREE_LINES)),
      paragraph(TIGHT_ONLY),
    ],
    parts: [],
  }
}

describe.each(CASES.filter((which) => !which.imprint))(
  'the 署名 block three lines too many, a paragraph on its page and one on the page before set tight ($name)',
  (which) => {
    const plans = SIZES.map((size) => planOfReport(twoTightReport(size), which))
    const both = SIZES.filter(
      (_, index) => plans[index]!.signatureClosedUpLine !== null && plans[index]!.tightened.size === 2,
    )
    const name = (size: number): string => `two-tight-${which.version}-${String(size).padStart(2, '0')}.docx`
    const files = both.map((size) => join(OUT, name(size)))

    beforeAll(async () => {
      await exportAll(
        files,
        both.map((size) => twoTightReport(size)),
        which.version,
      )
    }, 120_000)

    it('is closed up with both set tight at some size, on the page of the last 正文 line, the first a page up', () => {
      expect(both.length).toBeGreaterThan(0)
      for (const size of both) {
        const { flow, bodyStart, bodyEnd, tightened, carriedChars, keepLastWithSignature } = planOfReport(
          twoTightReport(size),
          which,
        )
        const firstTight = size
        const lastTight = size + 1 + BETWEEN
        expect(
          [...tightened].sort((a, b) => a - b),
          `${String(size)} lines`,
        ).toEqual([firstTight, lastTight])
        expect(carriedChars + (keepLastWithSignature ? 1 : 0)).toBe(0)
        const placed = paginate(flow, FILL_HEIGHT).lines
        const last = placed.findLast((line) => line.paragraph === bodyEnd - 1)!
        expect(placed.find((line) => line.paragraph === bodyEnd)!.page, `${String(size)} lines`).toBe(
          last.page,
        )
        const firstPage = placed.find((line) => line.paragraph === bodyStart + firstTight)!.page
        expect(firstPage, `${String(size)} lines`).toBe(last.page - 1)
      }
    })

    it('needs both: with the first one no tracking changes, the 正文 is carried over to the 署名 instead', () => {
      for (const size of both) {
        expectCarriedOver(planOfReport(twoTightReport(size, FIVE_LINES), which), size)
      }
    })

    it('writes the tight tracking on those two paragraphs and prints the preview’s pages, passing the checker', () => {
      for (const file of files) expect(tightTexts(file)).toEqual([TIGHT_ONLY, TIGHT_ONLY])
      expectPrintedAsPreviewed(
        OUT,
        files,
        both.map((size) => twoTightReport(size)),
        which.version,
        both,
      )
    }, 300_000)
  },
)

describe.each(CASES.filter((which) => which.imprint))(
  'the 版记 two lines short of room under the 署名, the block closed up and a paragraph set tight ($name)',
  (which) => {
    const plans = SIZES.map((size) => planOf(size, which, TIGHT_ONLY))
    const both = SIZES.filter((_, index) => {
      const plan = plans[index]!
      return (
        plan.imprintPlacement === 'last-page' &&
        plan.signatureClosedUpLine !== null &&
        plan.tightened.size > 0
      )
    })
    const name = (size: number): string =>
      `imprint-tight-${which.version}-${String(size).padStart(2, '0')}.docx`
    const files = both.map((size) => join(OUT, name(size)))

    beforeAll(async () => {
      const reports = both.map((size) => report(size, true, TIGHT_ONLY))
      await exportAll(files, reports, which.version)
    }, 120_000)

    it('brings the 版记 onto the last page of text at some size, the 署名 there under its 正文', () => {
      expect(both.length).toBeGreaterThan(0)
      for (const size of both) {
        const { flow, bodyEnd, tightened, carriedChars, keepLastWithSignature } = plans[size - 1]!
        expect([...tightened], `${String(size)} lines`).toEqual([7 + size])
        expect(carriedChars + (keepLastWithSignature ? 1 : 0)).toBe(0)
        const placed = paginate(flow, FILL_HEIGHT)
        const last = placed.lines.findLast((line) => line.paragraph === bodyEnd - 1)!
        expect(last.page, `${String(size)} lines`).toBe(placed.pageCount - 1)
        expect(placed.lines.find((line) => line.paragraph === bodyEnd)!.page).toBe(last.page)
      }
    })

    it('needs both: with no paragraph to set tight, the 版记 takes a page of its own', () => {
      for (const size of both) {
        const plan = planOf(size, which, FIVE_LINES)
        expect(plan.tightened.size, `${String(size)} lines`).toBe(0)
        expect(plan.imprintPlacement, `${String(size)} lines`).toBe('own-page')
      }
    })

    it('writes the tight tracking on that paragraph and prints the preview’s pages, passing the checker', () => {
      for (const file of files) expect(tightTexts(file)).toEqual([TIGHT_ONLY])
      expectPrintedAsPreviewed(
        OUT,
        files,
        both.map((size) => report(size, true, TIGHT_ONLY)),
        which.version,
        both,
      )
    }, 300_000)
  },
)
