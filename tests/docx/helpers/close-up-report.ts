// Reports for the 署名 block closed up (layout/signature-close-up.ts): paragraphs no tracking changes, a size of
// one-line paragraphs that grows over 22 sizes so the block meets every line of a page, and the plan the .docx
// writes for each. Shared by the tests of the block closed up alone and with 正文 paragraphs set tight.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { expect } from 'vitest'
import type { Block, Report, ReportVersion } from '../../../renderer/core/report'
import { defaultSettings } from '../../../renderer/core/settings'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { tightTracking } from '../../../renderer/docx/export/gbt9704'
import { officialFonts } from '../../../renderer/docx/export/official-fonts'
import { officialMeta } from '../../../renderer/docx/export/official-meta'
import { reportFlow } from '../../../renderer/docx/layout/flow-report'
import { imprintBlock } from '../../../renderer/docx/layout/imprint-block'
import { pagePlan } from '../../../renderer/docx/layout/page-plan'
import { boundaryReport, linesOfText, shortLastLine } from './boundary-report'
import { allParagraphs, docxFacts } from './docx-facts'
import { failedRules, runCheckerOnRendered } from './gbt9704-checker'
import { previewMismatches } from './preview-mismatches'
import { renderPdfs } from './render-pdf'

export const SIZES = Array.from({ length: 22 }, (_, index) => index + 1)

export interface Case {
  readonly version: ReportVersion
  readonly imprint: boolean
}

export const CASES = (['public', 'upward'] as const satisfies readonly ReportVersion[]).flatMap((version) => [
  { version, imprint: false, name: `${version}` },
  { version, imprint: true, name: `${version}, 版记` },
])

export const IMPRINT = {
  copyTo: '示范县司法局',
  printedBy: '示范镇党政综合办公室',
  printedDateText: '2024年1月25日',
}

const fonts = officialFonts(defaultSettings.fonts)

export const paragraph = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }], line: null })
export const ONE_LINE = '全镇坚持以法治思想为指导全面推进依法行政。'
// 26 characters on the first line, 28 on the second (a full line, for the checker to measure), 12 on the third
export const THREE_LINES = `${linesOfText(3).slice(0, 65)}。`
// The last 正文 paragraph five lines whose last holds 3 characters: set tight (29 a line) it takes four, and no
// other tracking changes it.
export const TIGHT_ONLY = shortLastLine(4)
// as many lines, the last holding 12 characters: no tracking changes it
export const FIVE_LINES = `${linesOfText(5).slice(0, 121)}。`

/** `size` one-line paragraphs, seven of three lines, and `last`; with the 版记 where `imprint`. */
export function report(size: number, imprint: boolean, last = THREE_LINES): Report {
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

/** The flow as the .docx writes it, and where its 版记 goes (page-plan.ts). */
export function planOfReport(source: Report, { version, imprint }: Case) {
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

export type Plan = ReturnType<typeof planOfReport>

export function planOf(size: number, which: Case, last = THREE_LINES): Plan {
  return planOfReport(report(size, which.imprint, last), which)
}

/** The texts of the paragraphs `file` writes at the tight tracking. */
export const tightTexts = (file: string): string[] =>
  allParagraphs(docxFacts(file))
    .filter((paragraph) => paragraph.runs.some((run) => run.spacing === String(tightTracking)))
    .map((paragraph) => paragraph.text)

/** LibreOffice prints `files` (of `reports`, at `sizes`) as the preview pages them, passing every rule of the checker. */
export function expectPrintedAsPreviewed(
  out: string,
  files: readonly string[],
  reports: readonly Report[],
  version: ReportVersion,
  sizes: readonly number[],
): void {
  const pdfs = renderPdfs(files, join(out, 'pdf'))
  expect(previewMismatches(reports, pdfs, version, sizes)).toEqual([])
  for (const [index, checked] of runCheckerOnRendered(files, pdfs, true).entries())
    expect(failedRules(checked, `${String(sizes[index])} lines`)).toEqual([])
}

/** The plan carries 正文 over to the 署名 (signature-carry.ts), the block not closed up. */
export function expectCarriedOver(plan: Plan, size: number): void {
  expect(plan.signatureClosedUpLine, `${String(size)} lines`).toBeNull()
  expect(plan.carriedChars + (plan.keepLastWithSignature ? 1 : 0)).toBeGreaterThan(0)
}

/** `reports` exported in `version` to `files`, their folder made first. */
export async function exportAll(
  files: readonly string[],
  reports: readonly Report[],
  version: ReportVersion,
): Promise<void> {
  for (const [index, source] of reports.entries()) {
    const file = files[index]!
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, await exportDocx(source, { version }))
  }
}
