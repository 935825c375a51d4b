// The LibreOffice suites print their files in one LibreOffice run and hand the checker those PDFs
// (check_rendered.py), where `check.py --render` would start LibreOffice once for each file. That saving is only
// honest if the checker's reports are the same either way: the same rules, statuses and details (page and line
// counts among them), and if the PDF handed over is really the one it reads.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { threePageReport } from '../helpers/boundary-report'
import { fixtureReport } from '../helpers/fixture-reports'
import { type CheckerReport, runChecker, runCheckerOnRendered } from '../helpers/gbt9704-checker'
import { type RenderedPdf, renderPdfs } from '../helpers/render-pdf'

const OUT = join(import.meta.dirname, '../../.artifacts/docx/checker-on-rendered')

const CASES = [
  { name: 'qingjiang-public', report: () => fixtureReport('qingjiang-2023'), version: 'public' },
  { name: 'gongchuan-upward', report: () => fixtureReport('gongchuan-2023'), version: 'upward' },
  { name: 'three-pages-upward', report: () => threePageReport(9), version: 'upward' },
] as const

describe('the checker on PDFs printed in one LibreOffice run', () => {
  const files = CASES.map((item) => join(OUT, `${item.name}.docx`))
  let rendered: RenderedPdf[]
  let own: CheckerReport[]

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true })
    for (const [index, item] of CASES.entries())
      writeFileSync(files[index]!, await exportDocx(item.report(), { version: item.version }))
    rendered = renderPdfs(files, join(OUT, 'pdf'))
    own = files.map((file) => runChecker(file, true, true))
  }, 600_000)

  it('reports exactly what check.py --render --strict reports with its own LibreOffice run', () => {
    const handed = runCheckerOnRendered(files, rendered, true)
    expect(handed).toEqual(own)
    const renderRules = own.flatMap((report) => report.rules.filter((rule) => rule.id.startsWith('render')))
    expect(renderRules.filter((rule) => rule.status !== 'N/A').length).toBeGreaterThan(3 * CASES.length)
  })

  it('reads the PDF it is handed: another file’s PDF changes the render rules', () => {
    const [swapped] = runCheckerOnRendered([files[2]!], [rendered[0]!], true)
    const renderOnly = (report: CheckerReport) => report.rules.filter((rule) => rule.id.startsWith('render'))
    expect(renderOnly(swapped!)).not.toEqual(renderOnly(own[2]!))
    expect(swapped!.rules.filter((rule) => !rule.id.startsWith('render'))).toEqual(
      own[2]!.rules.filter((rule) => !rule.id.startsWith('render')),
    )
  })

  it('fails loudly when the PDF handed over is missing', () => {
    expect(() => runCheckerOnRendered([files[0]!], [{ pdf: join(OUT, 'no-such.pdf') }], true)).toThrow(
      /check_rendered\.py failed/u,
    )
  })
})
