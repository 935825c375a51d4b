// A .txt holding characters XML forbids (a form feed from a PDF, U+FFFF, U+FFFE, C0 controls) exports a
// .docx that passes the ECMA-376 schema check and that python-docx reads back, text intact around them.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { validateOoxml } from '../docx/helpers/ooxml-validator'
import { requireTool } from '../docx/helpers/require-tool'
import { runCli } from './run-cli'

const text = [
  '中共清江镇委员会',
  '清江镇2023年法治政府建设年度报告',
  '',
  '一、推进法治政府建设的主要举措和成效',
  '全年\f召开\x01专题会\uFFFF4次\uFFFE。\r第二段\v第三段\x1b。',
  '控制符\x02也去掉。',
].join('\n')

describe('export of a text with characters XML forbids', () => {
  it('exits 0 with a .docx the schema check passes and python-docx reads', () => {
    const python = requireTool('/usr/bin/python3')
    const dir = mkdtempSync(join(tmpdir(), 'fznb-xml-'))
    const input = join(dir, 'in.txt')
    const output = join(dir, 'out.docx')
    // (a lone surrogate cannot come out of decoding a file: it becomes U+FFFD; tests/core/xml-safe-text covers it)
    writeFileSync(input, text, 'utf8')
    const run = runCli('export', input, '-o', output)
    // only the note of what the short text lacks (署名, 成文日期 …), nothing about the characters
    expect(run.stderr).toMatch(/^注意：上行文缺少[^\n]*\n$/u)
    expect(run.code).toBe(0)

    const check = validateOoxml(output)
    expect(check.output).toMatch(/ooxml: 0 errors/)
    expect(check.status).toBe(0)

    const read = spawnSync(
      python,
      [
        '-c',
        'import docx,sys; print("\\n".join(p.text for p in docx.Document(sys.argv[1]).paragraphs))',
        output,
      ],
      { encoding: 'utf8' },
    )
    expect(read.status).toBe(0)
    expect(read.stdout).toContain('召开专题会4次。')
    expect(read.stdout).toContain('第二段')
    expect(read.stdout).toContain('也去掉。')
  })
})
