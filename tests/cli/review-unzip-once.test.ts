// A reviewed .docx is inflated once: the input guard, the layout checks and the importer all read the one
// parsed view of the zip (read-docx-zip.ts remembers the bytes it has read). Every read of ours starts with
// fflate's unzipSync listing the central directory, so its calls count the zip reads; mammoth reads only
// the parts it is handed and adds none. And each XML part is parsed once: the layout checks and mammoth share
// the tree (xml-part.ts, mammoth-xml.ts), so saxes is never handed the same text twice for one file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type * as Fflate from 'fflate'
import type * as Saxes from 'saxes'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { reviewFile } from '../../electron/cli/review/review-file'
import { defaultTemplate } from '../../renderer/core/builtin-templates'
import { textToReport } from '../../renderer/core/import/text-to-report'
import { exportDocx } from '../../renderer/docx/export/export-docx'
import { partText, readDocxZip } from '../../renderer/docx/zip/read-docx-zip'
import { syntheticText } from '../core/review/synthetic-review'

const zipReads = vi.hoisted(() => ({ count: 0 }))
const parsedTexts = vi.hoisted(() => new Map<string, number>())

vi.mock('saxes', async (importOriginal) => {
  const saxes = await importOriginal<typeof Saxes>()
  class CountingParser extends saxes.SaxesParser {
    override write(chunk: string | object | null): this {
      if (typeof chunk === 'string') parsedTexts.set(chunk, (parsedTexts.get(chunk) ?? 0) + 1)
      return super.write(chunk)
    }
  }
  return { ...saxes, SaxesParser: CountingParser }
})

vi.mock('fflate', async (importOriginal) => {
  const fflate = await importOriginal<typeof Fflate>()
  return {
    ...fflate,
    unzipSync: (...args: Parameters<typeof fflate.unzipSync>) => {
      zipReads.count += 1
      return fflate.unzipSync(...args)
    },
  }
})

const template = defaultTemplate()
const folder = mkdtempSync(join(tmpdir(), 'fznb-review-unzip-'))

afterAll(() => rmSync(folder, { recursive: true, force: true }))

beforeEach(() => {
  zipReads.count = 0
})

describe('review of a .docx', () => {
  it('unzips each file once for the guard, the layout checks and the text', async () => {
    const paths = ['清江镇.docx', '北流镇.docx'].map((name) => join(folder, name))
    for (const path of paths)
      writeFileSync(path, await exportDocx(textToReport(syntheticText(path.slice(-7, -5)), template)))
    zipReads.count = 0

    const rows = []
    for (const path of paths) rows.push(await reviewFile(folder, path, template))

    // Read, checked for layout and imported: a row with a format verdict and the text's findings.
    for (const row of rows) {
      expect(row.readable).toBe(true)
      expect(row.format).not.toBeNull()
      expect(row.findings.length).toBeGreaterThan(0)
    }
    expect(zipReads.count).toBe(paths.length)
  })

  it('parses each XML part once for the layout checks and the text', async () => {
    const path = join(folder, '青山镇.docx')
    writeFileSync(path, await exportDocx(textToReport(syntheticText('青山镇'), template)))
    parsedTexts.clear()

    const row = await reviewFile(folder, path, template)

    expect(row.format).not.toBeNull()
    expect(row.findings.length).toBeGreaterThan(0)
    // Parts with the same text (the footers' empty relationships) are parsed once each.
    const zip = readDocxZip(new Uint8Array(readFileSync(path)), '青山镇.docx')
    if (!zip.ok) throw new Error(zip.error.message)
    const partsWith = new Map<string, number>()
    for (const name of zip.value.parts.keys()) {
      const text = partText(zip.value, name)!
      partsWith.set(text, (partsWith.get(text) ?? 0) + 1)
    }
    const texts = [...parsedTexts.entries()]
    // document, styles, relationships, footers, settings … each parsed, none twice
    expect(texts.length).toBeGreaterThanOrEqual(6)
    const twice = texts.filter(([text, count]) => count > (partsWith.get(text) ?? 0))
    expect(twice.map(([text]) => text.slice(0, 80))).toEqual([])
    expect(texts.some(([text]) => text.includes('<w:document'))).toBe(true)
  })
})
