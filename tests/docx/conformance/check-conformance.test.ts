// Format conformance of a .docx (renderer/docx/conformance) against gbt9704-layout.md: our own exports pass,
// a LibreOffice "save as Word" of a plain text fails what it should, each single defect planted in an
// export fails exactly its check, and the verdicts agree with the independent checker check.py.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import type {
  FormatCheckId,
  FormatConformance,
  FormatStatus,
} from '../../../renderer/core/review/format-conformance'
import { checkConformance } from '../../../renderer/docx/conformance/check-conformance'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { convertToDocx } from '../helpers/convert-to-docx'
import { FIXTURES_DIR, fixtureNames, fixtureReport } from '../helpers/fixture-reports'
import { runChecker } from '../helpers/gbt9704-checker'

const scratch = mkdtempSync(join(tmpdir(), 'fznb-conformance-'))

function conformance(bytes: Uint8Array): FormatConformance {
  const result = checkConformance(bytes, 'test.docx')
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

function statuses(result: FormatConformance): Record<FormatCheckId, FormatStatus> {
  return Object.fromEntries(result.checks.map((check) => [check.id, check.status])) as Record<
    FormatCheckId,
    FormatStatus
  >
}

const allPass: Record<FormatCheckId, FormatStatus> = {
  'page-size': 'pass',
  'page-margins': 'pass',
  'line-grid': 'pass',
  'body-font': 'pass',
  'body-size': 'pass',
  'doc-number': 'pass',
  'page-numbers': 'pass',
  imprint: 'pass',
}

async function mutate(
  bytes: Uint8Array,
  parts: readonly string[],
  edit: (xml: string) => string,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes)
  for (const part of parts) {
    const xml = await zip.file(part)!.async('string')
    const edited = edit(xml)
    if (edited === xml) throw new Error(`the edit changed nothing in ${part}`)
    zip.file(part, edited)
  }
  return zip.generateAsync({ type: 'uint8array' })
}

describe('checkConformance on our own exports', () => {
  // beiliu names no 文号 and no 版记 (抄送/印发), gongchuan no 版记: the export leaves them out, and a missing
  // element is "na", not a failure.
  const expected: Record<(typeof fixtureNames)[number], Record<FormatCheckId, FormatStatus>> = {
    'qingjiang-2023': allPass,
    'beiliu-2023': { ...allPass, 'doc-number': 'na', imprint: 'na' },
    'gongchuan-2023': { ...allPass, imprint: 'na' },
  }

  it.each(fixtureNames)('%s: every layout check that applies passes', async (name) => {
    const result = conformance(await exportDocx(fixtureReport(name)))
    expect(statuses(result)).toEqual(expected[name])
    expect(result.conforming).toBe(true)
  })

  it('the public version conforms too', async () => {
    const result = conformance(await exportDocx(fixtureReport('qingjiang-2023'), { version: 'public' }))
    expect(result.conforming).toBe(true)
  })
})

describe('checkConformance: one planted defect fails exactly its check', () => {
  let exported: Uint8Array
  beforeAll(async () => {
    exported = await exportDocx(fixtureReport('qingjiang-2023'))
  })

  // A page of another size or with other margins also holds another number of lines: line-grid follows.
  const cases: {
    defect: string
    /** The 正文's size and line spacing sit in its style and on the few unstyled paragraphs: plant in both. */
    parts: readonly string[]
    edit: (xml: string) => string
    id: FormatCheckId
    message: RegExp
    alsoFails?: FormatCheckId
  }[] = [
    {
      defect: 'Letter paper',
      parts: ['word/document.xml'],
      edit: (xml) => xml.replace('w:w="11906" w:h="16838"', 'w:w="12240" w:h="15840"'),
      id: 'page-size',
      message: /215\.9×279\.4 毫米.*应为 A4/,
      alsoFails: 'line-grid',
    },
    {
      defect: 'Word default margins',
      parts: ['word/document.xml'],
      edit: (xml) => xml.replace('w:top="2098"', 'w:top="1440"').replace('w:left="1587"', 'w:left="1800"'),
      id: 'page-margins',
      message: /上 25\.4 毫米（应为 37）.*左 31\.8 毫米（应为 28）/,
      alsoFails: 'line-grid',
    },
    {
      defect: '29 pt line spacing (21 lines)',
      parts: ['word/document.xml', 'word/styles.xml'],
      edit: (xml) => xml.replaceAll('w:line="579" w:lineRule="exact"', 'w:line="580" w:lineRule="exact"'),
      id: 'line-grid',
      message: /每页 21 行/,
    },
    {
      defect: 'body in 宋体',
      parts: ['word/document.xml'],
      edit: (xml) => xml.replaceAll('w:eastAsia="仿宋_GB2312"', 'w:eastAsia="宋体"'),
      id: 'body-font',
      message: /正文字体为“宋体”，应为仿宋/,
    },
    {
      defect: 'body in 小四',
      parts: ['word/document.xml', 'word/styles.xml'],
      edit: (xml) => xml.replaceAll('<w:sz w:val="32"/>', '<w:sz w:val="24"/>'),
      id: 'body-size',
      message: /正文字号为 12 磅，应为 3 号/,
      // Normal in 小四 too: the grid's characters are measured in Normal's size, so 28 per line no longer holds
      alsoFails: 'line-grid',
    },
    {
      defect: '文号 with [] and 第',
      parts: ['word/document.xml'],
      edit: (xml) => xml.replace('清委〔2024〕9号', '清委[2024]第9号'),
      id: 'doc-number',
      message: /六角括号.*不加“第”.*清委〔2024〕9号/,
    },
    {
      defect: 'odd and even pages share one footer',
      parts: ['word/settings.xml'],
      edit: (xml) => xml.replace('<w:evenAndOddHeaders/>', ''),
      id: 'page-numbers',
      message: /奇偶页不同/,
    },
    {
      defect: 'page number with hyphens',
      parts: ['word/footer1.xml'],
      edit: (xml) => xml.replace('>— <', '>- <').replace('> —<', '> -<'),
      id: 'page-numbers',
      message: /奇数页页码写成“- 1 -”/,
    },
    {
      defect: '版记 without rules',
      parts: ['word/document.xml'],
      edit: (xml) => xml.replace(/<w:tblBorders>.*?<\/w:tblBorders>/, ''),
      id: 'imprint',
      message: /上方缺分隔线.*下方缺分隔线.*缺细分隔线/,
    },
    {
      defect: '版记 rules all thin',
      parts: ['word/document.xml'],
      edit: (xml) => xml.replace(/(<w:tblBorders>.*?)w:sz="8"(.*?)w:sz="8"/, '$1w:sz="6"$2w:sz="6"'),
      id: 'imprint',
      message: /首末分隔线应比中间的分隔线粗/,
    },
  ]

  it.each(cases)('$defect → $id fails', async ({ parts, edit, id, message, alsoFails }) => {
    const result = conformance(await mutate(exported, parts, edit))
    expect(statuses(result)).toEqual({
      ...allPass,
      [id]: 'fail',
      ...(alsoFails === undefined ? {} : { [alsoFails]: 'fail' }),
    })
    expect(result.checks.find((check) => check.id === id)?.message).toMatch(message)
    expect(result.conforming).toBe(false)
  })
})

describe('checkConformance on files written by others', () => {
  let plainTextDocx: string
  let exportedDocx: string
  beforeAll(() => {
    // A clerk's .txt saved as Word by LibreOffice: nothing of GB/T 9704 but A4 and the 文号 text.
    plainTextDocx = convertToDocx(join(FIXTURES_DIR, 'qingjiang-2023.txt'), scratch)
  })

  it('a LibreOffice conversion of the plain text fails margins, grid, fonts, page numbers and 版记', () => {
    const result = conformance(new Uint8Array(readFileSync(plainTextDocx)))
    expect(statuses(result)).toEqual({
      'page-size': 'pass',
      'page-margins': 'fail',
      'line-grid': 'fail',
      'body-font': 'fail',
      'body-size': 'fail',
      'doc-number': 'pass',
      'page-numbers': 'fail',
      imprint: 'fail',
    })
    const message = (id: FormatCheckId) => result.checks.find((check) => check.id === id)?.message
    expect(message('page-margins')).toMatch(/上 20 毫米（应为 37）/)
    expect(message('page-numbers')).toMatch(/没有页码/)
  })

  it('agrees with the independent checker check.py on our export and on the LibreOffice conversion', async () => {
    exportedDocx = join(scratch, 'exported.docx')
    writeFileSync(exportedDocx, await exportDocx(fixtureReport('qingjiang-2023')))
    // Our check → the check.py rules it stands for; ours passes when all of them pass.
    const counterpart: Record<FormatCheckId, string[]> = {
      'page-size': ['page-size'],
      'page-margins': ['page-margins'],
      'line-grid': ['grid-lines', 'grid-chars'],
      'body-font': ['body-font'],
      'body-size': ['body-size'],
      'doc-number': ['banhead-docnum'],
      'page-numbers': ['page-number-field', 'page-number-format', 'page-number-position'],
      imprint: ['banji-rules', 'banji-font'],
    }
    for (const file of [exportedDocx, plainTextDocx]) {
      const ours = statuses(conformance(new Uint8Array(readFileSync(file))))
      const theirs = Object.fromEntries(runChecker(file, false).rules.map((rule) => [rule.id, rule.status]))
      for (const [id, rules] of Object.entries(counterpart) as [FormatCheckId, string[]][]) {
        const expected = rules.every((rule) => theirs[rule] === 'PASS') ? 'pass' : 'fail'
        expect({ file, id, status: ours[id] }).toEqual({ file, id, status: expected })
      }
    }
  })
})

describe('checkConformance on what is not a .docx', () => {
  it.each([
    ['random bytes', new TextEncoder().encode('这不是 Word 文档')],
    ['a truncated zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])],
  ])('%s → not-a-docx', (_name, bytes) => {
    const result = checkConformance(bytes, '坏文件.docx')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.code).toBe('not-a-docx')
    if (!result.ok) expect(result.error.message).toContain('坏文件.docx')
  })

  it('a zip without word/document.xml → not-a-docx', async () => {
    const zip = new JSZip()
    zip.file('xl/workbook.xml', '<workbook/>')
    const result = checkConformance(await zip.generateAsync({ type: 'uint8array' }), '表格.docx')
    expect(result.ok).toBe(false)
  })
})
