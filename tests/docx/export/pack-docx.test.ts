// The export zips the package once: docx's compiler gives the parts of its frame as they are (pack-docx.ts
// `frameParts`), where its Packer would deflate them for the export to inflate and deflate again. The compiler is
// private in docx's types, so this holds it to what the Packer writes, part for part, on a whole report.
import { Packer } from 'docx'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { frameParts } from '../../../renderer/docx/export/pack-docx'
import { reportToDocx } from '../../../renderer/docx/export/report-to-docx'
import { fixtureReport } from '../helpers/fixture-reports'

// the package's creation and change times, written when it is compiled
const timeless = (xml: string): string => xml.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/gu, 'T')
const text = (data: string | Uint8Array): string =>
  timeless(typeof data === 'string' ? data : strFromU8(data))

describe('the frame of the package', () => {
  it('has the parts docx’s Packer zips, each with the same content', async () => {
    const report = fixtureReport('qingjiang-2023')
    const zipped = unzipSync(new Uint8Array(await Packer.toArrayBuffer(reportToDocx(report).document)))
    const parts = await frameParts(reportToDocx(report).document)
    expect([...parts.keys()].sort()).toEqual(Object.keys(zipped).sort())
    expect(parts.size).toBeGreaterThan(10)
    for (const [path, data] of parts) expect(text(data), path).toBe(text(zipped[path]!))
  })
})
