// GB/T 9704's 调整行距 for a 署名 block that would open a page: the report is paragraphs no tracking changes (one
// line of 21 characters, or three lines whose last holds 12: set 26, 27 or 29 a line they take as many lines), so
// the page fill cannot help, and over 22 sizes the 署名 meets every line of a page. Where the block is one line too
// many for the room under the 正文, it is set closer (half a line above it, its lines sharing the rest) and stays
// on the page, which is then full; and with a 版记, where the 版记 is a line short of room under it, the block set
// closer brings it onto the page. Elsewhere all is as before. And where the block is two lines too many and one
// paragraph of the page set tight takes a line less, the two together keep it on the page; three lines too many, a
// paragraph on the page and one on the page before, set tight, do. Checked in the preview, in the .docx as
// python-docx reads it, and in LibreOffice against the preview's pages and every rule of the checker.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Block, Report, ReportVersion } from '../../../renderer/core/report'
import { defaultSettings } from '../../../renderer/core/settings'
import { CLOSED_UP_GAP, closedUpLine } from '../../../renderer/docx/export/closed-up-signature'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { linePitch, tightTracking } from '../../../renderer/docx/export/gbt9704'
import { officialFonts } from '../../../renderer/docx/export/official-fonts'
import { officialMeta } from '../../../renderer/docx/export/official-meta'
import { FILL_HEIGHT } from '../../../renderer/docx/layout/flow-metrics'
import { reportFlow } from '../../../renderer/docx/layout/flow-report'
import { imprintBlock } from '../../../renderer/docx/layout/imprint-block'
import { pagePlan } from '../../../renderer/docx/layout/page-plan'
import { paginate } from '../../../renderer/docx/layout/paginate'
import { boundaryReport, linesOfText, shortLastLine } from '../helpers/boundary-report'
import { allParagraphs, docxFacts } from '../helpers/docx-facts'
import { failedRules, runCheckerOnRendered } from '../helpers/gbt9704-checker'
import { previewMismatches } from '../helpers/preview-mismatches'
import { renderPdfs } from '../helpers/render-pdf'

const OUT = join(import.meta.dirname, '../../.artifacts/docx/signature-close-up')
const SIZES = Array.from({ length: 22 }, (_, index) => index + 1)
const CASES = (['public', 'upward'] as const satisfies readonly ReportVersion[]).flatMap((version) => [
  { version, imprint: false, name: `${version}` },
  { version, imprint: true, name: `${version}, 版记` },
])
const IMPRINT = {
  copyTo: '示范县司法局',
  printedBy: '示范镇党政综合办公室',
  printedDateText: '2024年1月25日',
}
const fonts = officialFonts(defaultSettings.fonts)

const paragraph = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }], line: null })
const ONE_LINE = '全镇坚持以法治思想为指导全面推进依法行政。'
// 26 characters on the first line, 28 on the second (a full line, for the checker to measure), 12 on the third
const THREE_LINES = `${linesOfText(3).slice(0, 65)}。`

function report(size: number, imprint: boolean, last = THREE_LINES): Report {
  return {
    ...boundaryReport(1, imprint ? { meta: IMPRINT } : {}),
    preamble: [
      ...Array.from({ length: size }, () => paragraph(ONE_LINE)),
      ...Array.from({ length: 7 }, () => paragraph(THREE_LINES)),
      paragraph(last),
    ],
    parts: [],
  }
}

interface Case {
  readonly version: ReportVersion
  readonly imprint: boolean
}

/** The flow as the .docx writes it, and where its 版记 goes (page-plan.ts). */
function planOf(size: number, which: Case, last = THREE_LINES) {
  return planOfReport(report(size, which.imprint, last), which)
}

function planOfReport(source: Report, { version, imprint }: Case) {
  const meta = officialMeta(source.meta, version, defaultSettings)
  const block = imprintBlock(IMPRINT)!
  const flow = reportFlow(source, meta, fonts, {
    sealed: false,
    ...(imprint ? { imprintHeight: block.height } : {}),
  })
  const none = { copyTo: null, printedBy: null, printedDateText: null }
  const plan = pagePlan(source, meta, fonts, { sealed: false, imprint: imprint ? IMPRINT : none })
  return { ...flow, imprintPlacement: plan.imprint }
}

/** The texts of the paragraphs `file` writes at the tight tracking. */
const tightTexts = (file: string): string[] =>
  allParagraphs(docxFacts(file))
    .filter((paragraph) => paragraph.runs.some((run) => run.spacing === String(tightTracking)))
    .map((paragraph) => paragraph.text)

/** LibreOffice prints `files` (of `reports`, at `sizes`) as the preview pages them, passing every rule of the checker. */
function expectPrintedAsPreviewed(
  files: readonly string[],
  reports: readonly Report[],
  version: ReportVersion,
  sizes: readonly number[],
): void {
  const pdfs = renderPdfs(files, join(OUT, 'pdf'))
  expect(previewMismatches(reports, pdfs, version, sizes)).toEqual([])
  for (const [index, checked] of runCheckerOnRendered(files, pdfs, true).entries())
    expect(failedRules(checked, `${String(sizes[index])} lines`)).toEqual([])
}

/** The plan carries 正文 over to the 署名 (signature-carry.ts), the block not closed up. */
function expectCarriedOver(plan: ReturnType<typeof planOfReport>, size: number): void {
  expect(plan.signatureClosedUpLine, `${String(size)} lines`).toBeNull()
  expect(plan.carriedChars + (plan.keepLastWithSignature ? 1 : 0)).toBeGreaterThan(0)
}

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
      mkdirSync(OUT, { recursive: true })
      for (const [index, size] of rendered.entries())
        writeFileSync(
          files[index]!,
          await exportDocx(report(size, which.imprint), { version: which.version }),
        )
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

// The last 正文 paragraph five lines whose last holds 3 characters: set tight (29 a line) it takes four, and no
// other tracking changes it. Where the block is two lines too many, neither remedy does it alone; together they do.
const TIGHT_ONLY = shortLastLine(4)
// as many lines, the last holding 12 characters: no tracking changes it
const FIVE_LINES = `${linesOfText(5).slice(0, 121)}。`

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
      mkdirSync(OUT, { recursive: true })
      for (const [index, size] of both.entries())
        writeFileSync(
          files[index]!,
          await exportDocx(report(size, false, TIGHT_ONLY), { version: which.version }),
        )
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
      mkdirSync(OUT, { recursive: true })
      for (const [index, size] of both.entries())
        writeFileSync(files[index]!, await exportDocx(twoTightReport(size), { version: which.version }))
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
        files,
        both.map((size) => twoTightReport(size)),
        which.version,
        both,
      )
    }, 300_000)
  },
)
