// A reviewed .docx is inflated once: the input guard, the layout checks and the importer all read the one
// parsed view of the zip (read-docx-zip.ts remembers the bytes it has read). Every read of ours starts with
// fflate's unzipSync listing the central directory, so its calls count the zip reads; mammoth reads only
// the stored package it is handed, through JSZip, and adds none.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type * as Fflate from 'fflate'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { reviewFile } from '../../electron/cli/review/review-file'
import { defaultTemplate } from '../../renderer/core/builtin-templates'
import { textToReport } from '../../renderer/core/import/text-to-report'
import { exportDocx } from '../../renderer/docx/export/export-docx'
import { syntheticText } from '../core/review/synthetic-review'

const zipReads = vi.hoisted(() => ({ count: 0 }))

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
})
