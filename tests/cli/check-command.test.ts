// End to end: spawn the CLI the way cli.md documents it and hold it to its contract.
// `npm run --silent` keeps npm's own "> script" banner and config warnings out of stdout/stderr,
// so what is asserted is exactly what our program prints.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from './run-cli'

const root = fileURLToPath(new URL('../../', import.meta.url))
const shared = fileURLToPath(new URL('../../../shared/fixtures/reports/', import.meta.url))
const own = fileURLToPath(new URL('../fixtures/reports/', import.meta.url))
const scratch = mkdtempSync(join(tmpdir(), 'fznb-cli-'))

const cli = runCli

function expectBadInput(run: ReturnType<typeof cli>, pattern: RegExp) {
  expect(run.code).toBe(2)
  expect(run.stdout).toBe('')
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(run.stderr).toMatch(pattern)
  expect(run.stderr).not.toMatch(/\bat\s.+:\d+|Error:/)
}

describe('npm run cli -- check', () => {
  it('prints exactly one JSON object of the cli.md shape and exits 1 for an incomplete report', () => {
    const run = cli('check', join(shared, 'qingjiang-2023.txt'), '--json')
    expect(run.code).toBe(1)
    const json = JSON.parse(run.stdout) as Record<string, unknown>
    expect(Object.keys(json)).toEqual([
      'file',
      'reportYear',
      'meta',
      'parts',
      'items',
      'findings',
      'complete',
    ])
    expect(json).toMatchObject({
      file: 'qingjiang-2023.txt',
      reportYear: 2023,
      meta: {
        issuers: ['中共清江镇委员会', '清江镇人民政府'],
        docNumber: '清委〔2024〕9号',
        signer: '张亚平',
        recipients: '中共乐清市委、乐清市人民政府',
        issuerMark: '中共乐清市清江镇委员会',
        title: '中共清江镇委员会 乐清市清江镇 2023 年法治政府建设年度报告',
        date: '2024-03-18',
        note: '（此件公开发布）',
        copyTo: '中共乐清市委全面依法治市委员会办公室',
      },
      complete: false,
    })
    expect(json.parts).toEqual([
      { id: 'measures', status: 'present', heading: '一、推进法治政府建设的主要举措和成效' },
      { id: 'shortcomings', status: 'present', heading: '二、推进法治政府建设中存在的问题不足' },
      {
        id: 'first-responsible',
        status: 'present',
        heading: '三、单位主要负责人履行法治建设第一责任人职责有关情况',
      },
      { id: 'next-year', status: 'present', heading: '四、2024年法治政府建设工作思路' },
      { id: 'court-judgments', status: 'missing', heading: null },
      { id: 'other', status: 'missing', heading: null },
    ])
    const findings = json.findings as {
      rule: string
      severity: string
      message: string
      part: string | null
      line: number | null
      evidence: string | null
    }[]
    expect(findings).toContainEqual(
      expect.objectContaining({
        rule: 'part-missing',
        severity: 'error',
        part: 'court-judgments',
        line: null,
        evidence: null,
      }),
    )
    // Every finding at a line quotes up to 30 characters of that line as written.
    const lines = readFileSync(join(shared, 'qingjiang-2023.txt'), 'utf8').split(/\r?\n/)
    for (const finding of findings) {
      expect(Object.keys(finding)).toEqual(['rule', 'severity', 'message', 'part', 'line', 'evidence'])
      if (finding.line === null) continue
      expect(finding.evidence, finding.message).toEqual(expect.any(String))
      expect(Array.from(finding.evidence!).length).toBeLessThanOrEqual(30)
      expect(lines[finding.line - 1]!.replace(/\s+/g, ' ')).toContain(finding.evidence)
    }
    expect(findings.filter((finding) => finding.line !== null).length).toBeGreaterThan(0)
    for (const item of json.items as { id: string; status: string }[])
      expect(['present', 'missing']).toContain(item.status)
  })

  it('exits 0 for a complete report and reads .md', async () => {
    const { goodReport } = await import('../core/check/good-report')
    const path = join(scratch, 'complete.md')
    writeFileSync(path, goodReport.replace('一、2023年推进', '## 一、2023年推进'))
    const run = cli('check', path, '--json')
    expect(run.code).toBe(0)
    expect((JSON.parse(run.stdout) as { complete: boolean }).complete).toBe(true)
  })

  it('reads GB18030 text and prints a Chinese summary without --json', () => {
    const run = cli('check', join(own, 'nanhu-2023-gb18030.txt'))
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('nanhu-2023-gb18030.txt：2023 年度报告，不完整')
    expect(run.stdout).toContain('文号“南政[2024]第09号”不规范')
  })

  it('reads its own .fznb format and applies --template', async () => {
    const { textToReport } = await import('../../renderer/core/import/text-to-report')
    const { serializeReportFile } = await import('../../renderer/core/report-file')
    const { findBuiltinTemplate } = await import('../../renderer/core/builtin-templates')
    const template = findBuiltinTemplate('court-in-measures')!
    const report = textToReport(readFileSync(join(shared, 'beiliu-2023.txt'), 'utf8'), template)
    const path = join(scratch, 'beiliu.fznb')
    writeFileSync(path, serializeReportFile({ templateId: template.id, report }))
    const run = cli('check', path, '--json', '--template', 'court-in-measures')
    const json = JSON.parse(run.stdout) as { parts: { id: string; status: string }[]; meta: { date: string } }
    expect(json.meta.date).toBe('2024-01-25')
    expect(json.parts.map((part) => part.id)).toEqual([
      'measures',
      'court-judgments',
      'shortcomings',
      'first-responsible',
      'next-year',
      'other',
    ])
  })

  it('loads a template from a path', () => {
    const run = cli(
      'check',
      join(shared, 'gongchuan-2023.txt'),
      '--json',
      '--template',
      join(root, 'templates/standard-2019.json'),
    )
    expect(run.code).toBe(1)
    expect((JSON.parse(run.stdout) as { parts: unknown[] }).parts).toContainEqual({
      id: 'first-responsible',
      status: 'missing',
      heading: null,
    })
  })

  it('refuses a template file that breaks the schema, naming its faults in Chinese, exit 2', () => {
    const path = join(scratch, 'broken-template.json')
    writeFileSync(path, JSON.stringify({ id: 'broken', parts: [{ id: 1 }] }))
    expectBadInput(
      cli('check', join(shared, 'gongchuan-2023.txt'), '--template', path),
      /^模板无效：.*“名称”缺失/u,
    )
  })

  it('refuses a broken .docx in one Chinese line, exit 2', () => {
    const path = join(scratch, 'report.docx')
    writeFileSync(path, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]))
    expectBadInput(cli('check', path), /不是有效的 Word 文档/)
  })

  it('checks a .docx (our own export) with the same result as its text', async () => {
    const { exportDocx } = await import('../../renderer/docx/export/export-docx')
    const { fixtureReport } = await import('../docx/helpers/fixture-reports')
    const path = join(scratch, 'qingjiang-2023.docx')
    writeFileSync(path, await exportDocx(fixtureReport('qingjiang-2023')))
    const fromDocx = cli('check', path, '--json')
    const fromText = cli('check', join(shared, 'qingjiang-2023.txt'), '--json')
    expect(fromDocx.code).toBe(fromText.code)
    const strip = (stdout: string): unknown => {
      const json = JSON.parse(stdout) as { file: string; findings: { rule: string }[] }
      return { ...json, file: null, findings: json.findings.map((finding) => finding.rule) }
    }
    expect(strip(fromDocx.stdout)).toEqual(strip(fromText.stdout))
  })

  it.each([
    [['check', 'no-such-file.txt'], /找不到文件/],
    [['check'], /请给出/],
    [['check', 'a.txt', '--colour'], /参数有误/],
    [['check', 'a.txt', '--template', 'no-such-template'], /没有编号为“no-such-template”的模板/],
    [['frobnicate'], /未知命令/],
  ])('bad input %j: one Chinese line on stderr, exit 2', (args, pattern) => {
    expectBadInput(cli(...args), pattern)
  })

  it('refuses an empty file and a broken .fznb', () => {
    const empty = join(scratch, 'empty.txt')
    writeFileSync(empty, '')
    expectBadInput(cli('check', empty), /是空的/)
    const broken = join(scratch, 'broken.fznb')
    writeFileSync(broken, '{"format":"fznb",')
    expectBadInput(cli('check', broken), /已损坏/)
    const notText = join(scratch, 'image.png')
    writeFileSync(notText, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]))
    expectBadInput(cli('check', notText), /不支持/)
  })
})
