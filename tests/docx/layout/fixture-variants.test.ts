// The print preview against LibreOffice on reports shaped like real ones (fixture-variants.ts): the fixtures' text
// cut down at random, half of them with a table of figures, in both versions. Every page must break where LibreOffice
// breaks it: run-in items set tight, figures in narrow table columns, a table's rows over a page break — where the
// preview once drifted from print on such reports, the clerk was advised about pages that printed otherwise.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { type FixtureVariant, fixtureVariant } from '../helpers/fixture-variants'
import { previewMismatches } from '../helpers/preview-mismatches'
import { type RenderedPdf, renderPdfs } from '../helpers/render-pdf'

const OUT = join(import.meta.dirname, '../../.artifacts/print/fixture-variants')
const SEEDS = Array.from({ length: 40 }, (_, index) => index)

describe('reports cut from the fixtures, half with a table', () => {
  const variants: FixtureVariant[] = SEEDS.map(fixtureVariant)
  let rendered: RenderedPdf[]

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true })
    const files = SEEDS.map((seed) => join(OUT, `variant-${String(seed).padStart(2, '0')}.docx`))
    for (const [index, { report, version }] of variants.entries())
      writeFileSync(files[index]!, await exportDocx(report, { version }))
    rendered = renderPdfs(files, join(OUT, 'pdf'))
  }, 600_000)

  it('are of both versions, with and without tables, over several pages', () => {
    expect(new Set(variants.map(({ version }) => version)).size).toBe(2)
    const tables = variants.filter(({ report }) =>
      report.parts.some((part) => part.blocks.some((block) => block.kind === 'table')),
    )
    expect(tables.length).toBe(SEEDS.length / 2)
    expect(rendered.filter((pdf) => pdf.pages.length >= 3).length).toBeGreaterThan(SEEDS.length / 2)
  })

  it.each(['public', 'upward'] as const)(
    'are paginated by the preview as LibreOffice prints them (%s)',
    (version) => {
      const chosen = SEEDS.filter((_, index) => variants[index]!.version === version)
      expect(
        previewMismatches(
          chosen.map((seed) => variants[seed]!.report),
          chosen.map((seed) => rendered[seed]!),
          version,
          chosen.map((seed) => `seed ${String(seed)}`),
        ),
      ).toEqual([])
    },
  )
})
