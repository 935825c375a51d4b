// `check` on .txt files in the encodings clerks' machines produce (made here with iconv-lite): a Big5
// report is read and checked, a Shift_JIS file is refused in one Chinese line naming its encoding
// (exit 2), where both used to be read as GB18030 mojibake without a word.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { runCli } from './run-cli'

const dir = mkdtempSync(join(tmpdir(), 'fznb-encodings-'))
const report = readFileSync(new URL('../fixtures/reports/nanhu-2023.txt', import.meta.url), 'utf8')

function file(name: string, text: string, encoding: string): string {
  const path = join(dir, name)
  writeFileSync(path, iconv.encode(text, encoding))
  return path
}

describe('npm run cli -- check on foreign encodings', () => {
  it('refuses Shift_JIS with exit 2 and the encoding named', () => {
    const path = file(
      '日文.txt',
      '法治政府の建設について報告します。本年度は住民向けの説明会を開催しました。',
      'shift_jis',
    )
    const run = runCli('check', path, '--json')
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.trim()).toBe(
      '文件的编码是 Shift_JIS（日文），不是中文编码，无法导入。请在记事本中另存为 UTF-8 后再导入。',
    )
  })

  it('reads the same report from UTF-32 and GB18030 as from UTF-8', () => {
    const parts = (path: string): unknown => {
      const run = runCli('check', path, '--json')
      expect(run.stderr).toBe('')
      return (JSON.parse(run.stdout) as { parts: unknown }).parts
    }
    const utf8 = parts(file('utf8.txt', report, 'utf8'))
    expect(parts(file('utf32.txt', report, 'utf32le'))).toEqual(utf8)
    expect(parts(file('gb18030.txt', report, 'gb18030'))).toEqual(utf8)
  })
})
