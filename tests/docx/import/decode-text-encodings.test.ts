// The encodings clerks' .txt files really arrive in, made here with iconv-lite: GB18030/GBK and Big5
// are read, UTF-16 and UTF-32 with or without a byte-order mark are read, and Japanese or Korean
// encodings are refused with a message naming them, never imported as mojibake.
import { readFileSync } from 'node:fs'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { defaultTemplate } from '../../../renderer/core/builtin-templates'
import { decodeText } from '../../../renderer/docx/import/decode-text'
import { importReport } from '../../../renderer/docx/import/import-report'

const report = readFileSync(
  new URL('../../fixtures/reports/nanhu-2023.txt', import.meta.url),
  'utf8',
).replace(/\r\n?/g, '\n')
const traditional =
  '一、推進法治政府建設的主要舉措和成效\n本鎮全年開展普法宣傳四十一場，行政訴訟案件三件。\n特此報告。'
const japanese = '法治政府の建設について報告します。本年度は住民向けの説明会を四十一回開催しました。'
const korean = '법치 정부 건설에 관한 연례 보고서입니다. 올해 주민 설명회를 개최했습니다.'
const chineseOnly = '一、推进法治政府建设的主要举措和成效。特此报告。'

const encode = (text: string, encoding: string, bom = false): Uint8Array =>
  new Uint8Array(iconv.encode(text, encoding, { addBOM: bom }))

describe('decodeText: encodings that are read', () => {
  it.each([
    ['GB18030', report, encode(report, 'gb18030')],
    ['GBK', '清委〔2024〕9号\n张亚平', encode('清委〔2024〕9号\n张亚平', 'gbk')],
    ['GB18030, one short line', '清委〔2024〕9号', encode('清委〔2024〕9号', 'gb18030')],
    ['Big5 (traditional characters)', traditional, encode(traditional, 'big5')],
    ['UTF-16LE without BOM, Chinese only (no zero byte)', chineseOnly, encode(chineseOnly, 'utf16le')],
    ['UTF-16BE without BOM, Chinese only (no zero byte)', chineseOnly, encode(chineseOnly, 'utf16be')],
    ['UTF-16LE without BOM', report, encode(report, 'utf16le')],
    ['UTF-32LE with BOM', report, encode(report, 'utf32le', true)],
    ['UTF-32BE with BOM', report, encode(report, 'utf32be', true)],
    ['UTF-32LE without BOM', report, encode(report, 'utf32le')],
    ['UTF-32BE without BOM', report, encode(report, 'utf32be')],
    ['UTF-32LE, a character beyond the BMP', '𠀀字（扩展B）', encode('𠀀字（扩展B）', 'utf32le')],
  ])('%s', (_name, text, bytes) => {
    expect(decodeText(bytes)).toEqual({ ok: true, value: text })
  })
})

describe('decodeText: encodings that are refused', () => {
  it.each([
    [
      'Shift_JIS',
      encode(japanese, 'shift_jis'),
      '文件的编码是 Shift_JIS（日文），不是中文编码，无法导入。请在记事本中另存为 UTF-8 后再导入。',
    ],
    [
      'EUC-JP',
      encode(japanese, 'euc-jp'),
      '文件的编码是 EUC-JP（日文），不是中文编码，无法导入。请在记事本中另存为 UTF-8 后再导入。',
    ],
    [
      'EUC-KR',
      encode(korean, 'euc-kr'),
      '文件的编码是 EUC-KR（韩文），不是中文编码，无法导入。请在记事本中另存为 UTF-8 后再导入。',
    ],
  ])('%s, with a message naming it', (_name, bytes, message) => {
    expect(decodeText(bytes)).toEqual({ ok: false, error: { code: 'foreign-encoding', message } })
  })

  it('a UTF-32 BOM followed by something that is not UTF-32', () => {
    const result = decodeText(new Uint8Array([0xff, 0xfe, 0, 0, 0xff, 0xff, 0xff, 0xff]))
    expect(!result.ok && result.error.code).toBe('bad-encoding')
  })
})

describe('importReport: the app and the CLI read the same encodings', () => {
  const template = defaultTemplate()

  it('imports a Big5 report with its parts', async () => {
    const imported = await importReport('報告.txt', encode(traditional, 'big5'), template)
    expect(imported.ok && imported.value.report.parts.map((part) => [part.id, part.heading])).toEqual([
      ['measures', '推進法治政府建設的主要舉措和成效'],
    ])
  })

  it('refuses a Shift_JIS file with the Chinese message', async () => {
    const imported = await importReport('報告.txt', encode(japanese, 'shift_jis'), template)
    expect(!imported.ok && imported.error.message).toContain('Shift_JIS（日文）')
  })
})
