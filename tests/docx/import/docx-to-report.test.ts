import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findBuiltinTemplate } from '../../../renderer/core/builtin-templates'
import { blockText, type Report } from '../../../renderer/core/report'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { importReport } from '../../../renderer/docx/import/import-report'
import { convertToDocx } from '../helpers/convert-to-docx'
import { FIXTURES_DIR, fixtureNames, fixtureReport } from '../helpers/fixture-reports'
import { sampleReport } from '../helpers/sample-report'

const template = findBuiltinTemplate('standard-2019')!

async function imported(name: string, bytes: Uint8Array): Promise<Report> {
  const result = await importReport(name, bytes, template)
  if (!result.ok) throw new Error(result.error.message)
  return result.value.report
}

/** What a reviewer compares: the metadata (where it stood in the file aside), the parts, the text. */
function essence(report: Report): unknown {
  return {
    meta: { ...report.meta, source: undefined },
    parts: report.parts.map((part) => ({ id: part.id, heading: part.heading })),
    text: [...report.preamble, ...report.parts.flatMap((part) => part.blocks)].map(blockText),
  }
}

describe('importing a .docx written by LibreOffice', () => {
  let dir = ''
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'docx-import-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  for (const name of fixtureNames)
    it(`${name}: the same parts, metadata and text as from the .txt`, async () => {
      const docx = convertToDocx(join(FIXTURES_DIR, `${name}.txt`), dir)
      const report = await imported(`${name}.docx`, readFileSync(docx))
      expect(essence(report)).toEqual(essence(fixtureReport(name)))
      expect(report.meta.source?.lines.title).toBeGreaterThan(0)
    })
})

/**
 * What our exporter changes on purpose, applied to the expected side: run-in heading numbers take full-width
 * brackets, (五) → （五） (run-in-heading.ts, GB/T 9704 §7.3.3). A title keeps its typed spaces (core-title.ts).
 */
function asExported(report: Report): Report {
  const bracket = (text: string): string => text.replace(/^\(([一二三四五六七八九十]+)\)/u, '（$1）')
  const blocks = (list: Report['preamble']): Report['preamble'] =>
    list.map((block) =>
      block.kind === 'paragraph'
        ? {
            ...block,
            runs: [{ ...block.runs[0]!, text: bracket(block.runs[0]!.text) }, ...block.runs.slice(1)],
          }
        : block,
    )
  return {
    meta: report.meta,
    preamble: blocks(report.preamble),
    parts: report.parts.map((part) => ({ ...part, blocks: blocks(part.blocks) })),
  }
}

describe('importing our own export (round trip)', () => {
  for (const name of fixtureNames)
    it(`${name}: export → import gives back the same parts, metadata and text`, async () => {
      const report = fixtureReport(name)
      expect(essence(await imported(`${name}.docx`, await exportDocx(report)))).toEqual(
        essence(asExported(report)),
      )
    })

  it('reads the joint 发文机关标志 table, bold runs, a body table and the 版记 back', async () => {
    const report = sampleReport()
    const back = await imported('sample.docx', await exportDocx(report))
    expect({ ...back.meta, source: undefined }).toEqual(report.meta)
    const measures = back.parts[0]!
    expect(measures.blocks).toContainEqual(
      expect.objectContaining({
        kind: 'table',
        header: true,
        rows: report.parts[0]!.blocks.find((block) => block.kind === 'table')!.rows,
      }),
    )
    const lead = measures.blocks.find((block) => block.kind === 'paragraph' && block.runs[0]?.text === '一是')
    expect(lead?.kind === 'paragraph' && lead.runs[0]).toEqual({ text: '一是', bold: true })
    expect(back.parts.map((part) => part.id)).toEqual(['measures', 'shortcomings', 'next-year'])
  })

  it('reads the 公开 version as public: no 签发人, 附注 （此件公开发布）', async () => {
    const back = await imported(
      'public.docx',
      await exportDocx(fixtureReport('qingjiang-2023'), { version: 'public' }),
    )
    expect(back.meta).toMatchObject({
      version: 'public',
      signer: null,
      note: '（此件公开发布）',
      docNumber: '清委〔2024〕9号',
    })
  })
})
