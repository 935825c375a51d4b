// A report of two to three pages (boundary-report.ts `threePageReport`) whose opening paragraph grows a line at a
// time: at some sizes a heading would end the middle page, or the 署名 would open the last one, and a keep would
// leave the one middle page short of its 22 lines. A 正文 paragraph set loose fills it (page-fill.ts); in
// `tightFillReport`, whose paragraphs loose take no line more, paragraphs set tight pull the text up instead. Held
// to the checker's render rules with the proofreader's (the fullest middle page has 22 lines, no orphan heading,
// 正文 above the 署名), to LibreOffice's own pages, and the .docx retracks exactly the paragraphs the preview does.
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { looseTracking, stretchTracking, tightTracking } from '../../../renderer/docx/export/gbt9704'
import {
  LOOSE_TRACKING_PT,
  STRETCH_TRACKING_PT,
  TIGHT_TRACKING_PT,
} from '../../../renderer/docx/layout/paragraph-lines'
import { threePageReport, tightFillReport } from '../helpers/boundary-report'
import { retrackedTexts } from '../helpers/retracked-texts'
import { allParagraphs, docxFacts } from '../helpers/docx-facts'
import { type CheckerReport, failedRules } from '../helpers/gbt9704-checker'
import { printSeries } from '../helpers/printed-series'
import { type RenderedPdf } from '../helpers/render-pdf'
import { previewMismatches } from '../helpers/preview-mismatches'

const OUT = join(import.meta.dirname, '../../.artifacts/docx/short-pages')
const SIZES = Array.from({ length: 22 }, (_, index) => index + 1)

const SERIES = [
  { name: 'threePageReport', build: threePageReport },
  { name: 'tightFillReport', build: tightFillReport },
] as const

describe.each(
  SERIES.flatMap((series) => (['public', 'upward'] as const).map((version) => ({ ...series, version }))),
)('$name growing a line at a time ($version)', ({ name, build, version }) => {
  const files = SIZES.map((lines) => join(OUT, `${name}-${version}-${String(lines).padStart(2, '0')}.docx`))
  let rendered: RenderedPdf[]
  let checked: CheckerReport[]

  beforeAll(async () => {
    ;({ rendered, checked } = await printSeries(
      SIZES.map((lines) => build(lines)),
      files,
      version,
      OUT,
    ))
  }, 600_000)

  it('fills the middle page with 22 lines at every size, with no orphan heading and 正文 above the 署名', () => {
    const failed = checked.flatMap((report, index) => failedRules(report, `${String(SIZES[index])} lines`))
    expect(failed).toEqual([])
    for (const report of checked) {
      const status = (id: string) => report.rules.find((rule) => rule.id === id)?.status
      expect(status('render-lines-per-page')).toBe('PASS')
      expect(status('render-signature-with-body')).toBe('PASS')
      expect(status('render-no-orphan-heading')).toBe('PASS')
    }
  })

  it('runs to three pages at most sizes, so the middle page is really tested', () => {
    expect(rendered.filter((pdf) => pdf.pages.length === 3).length).toBeGreaterThan(SIZES.length / 2)
  })

  it('paginates the print preview as LibreOffice prints, at every size', () => {
    expect(
      previewMismatches(
        SIZES.map((lines) => build(lines)),
        rendered,
        version,
        SIZES,
      ),
    ).toEqual([])
  })

  it('writes the loose, stretched and tight tracking on exactly the paragraphs the preview sets so', () => {
    let retracked = 0
    SIZES.forEach((lines, index) => {
      const paragraphs = allParagraphs(docxFacts(files[index]!)).filter(
        (paragraph) => paragraph.style === 'OfficialBody',
      )
      for (const [twips, points] of [
        [looseTracking, LOOSE_TRACKING_PT],
        [stretchTracking, STRETCH_TRACKING_PT],
        [tightTracking, TIGHT_TRACKING_PT],
      ] as const) {
        const expected = retrackedTexts(build(lines), version, points)
        retracked += expected.length
        const written = paragraphs
          .filter((paragraph) => paragraph.runs.every((run) => run.spacing === String(twips)))
          .map((paragraph) => paragraph.text)
        expect(written, `${String(lines)} lines at ${String(twips)} twips`).toEqual(expected)
      }
    })
    expect(retracked).toBeGreaterThan(1)
  })
})
