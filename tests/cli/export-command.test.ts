// End to end: `npm run --silent cli -- export FILE -o OUT.docx [--public] [--set key=value]` as cli.md documents
// it: exit 0 and one line on stdout when written; bad input → one Chinese line on stderr and exit 2, with the
// output left as it was (writes are atomic: temp file + rename, no half-written .docx, no temp files left).
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from './run-cli'
import { allParagraphs, docxFacts } from '../docx/helpers/docx-facts'
import { sentenceReportText } from '../docx/helpers/sentence-report'

const root = fileURLToPath(new URL('../../', import.meta.url))
const shared = fileURLToPath(new URL('../../../shared/fixtures/reports/', import.meta.url))
const qingjiang = join(shared, 'qingjiang-2023.txt')

function cli(...args: string[]) {
  return runCli('export', ...args)
}

function expectBadInput(run: ReturnType<typeof cli>, pattern: RegExp) {
  expect(run.code).toBe(2)
  expect(run.stdout).toBe('')
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(run.stderr).toMatch(pattern)
  expect(run.stderr).toMatch(/[\u4e00-\u9fff]/u)
  expect(run.stderr).not.toMatch(/\bat\s.+:\d+|Error:/u)
}

const texts = (path: string): string[] =>
  allParagraphs(docxFacts(path)).map((p) => p.text.replace(/\s/gu, ''))

describe('npm run cli -- export', () => {
  it('writes a report lacking 签发人, 主送, 署名 or 成文日期 all the same, and names what it lacks on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fznb-export-'))
    const input = join(dir, '简报.txt')
    writeFileSync(
      input,
      '清江镇2023年法治政府建设年度报告\n\n一、2023年推进法治政府建设的主要举措和成效\n\n全年开展普法活动20场。\n',
    )
    const upward = cli(input, '-o', join(dir, 'upward.docx'), '--set', 'docNumber=清政〔2024〕1号')
    expect(upward.code).toBe(0)
    expect(upward.stderr).toBe(
      '注意：上行文缺少签发人、主送机关、署名、成文日期，已照常导出；可用 --set signer=… --set recipients=… --set issuers=… --set date=… 补上。\n',
    )
    expect(existsSync(join(dir, 'upward.docx'))).toBe(true)

    const published = cli(
      input,
      '-o',
      join(dir, 'public.docx'),
      '--public',
      '--set',
      'issuers=清江镇人民政府',
    )
    expect(published.code).toBe(0)
    expect(published.stderr).toBe('注意：公开版缺少成文日期，已照常导出；可用 --set date=… 补上。\n')

    const complete = cli(
      input,
      '-o',
      join(dir, 'public.docx'),
      '--public',
      '--set',
      'issuers=清江镇人民政府',
      '--set',
      'date=2024年2月18日',
    )
    expect(complete).toMatchObject({ code: 0, stderr: '' })
  })

  it('makes the 发文机关标志 of a report with a 文号 from its 署名, says so, and the check does not miss it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fznb-export-'))
    const input = join(dir, '新圩镇.txt')
    writeFileSync(
      input,
      [
        '新委〔2024〕5号',
        '中共北流市新圩镇委员会 北流市新圩镇人民政府关于2023年法治政府建设情况的报告',
        '中共北流市委、北流市人民政府：',
        '一、2023年推进法治政府建设的主要举措和成效',
        '全年开展普法活动20场。',
        '中共北流市新圩镇委员会\n北流市新圩镇人民政府\n2024年3月1日\n',
      ].join('\n\n'),
    )
    const out = join(dir, 'derived.docx')
    const run = cli(input, '-o', out, '--set', 'signer=李明')
    expect(run.code).toBe(0)
    // a report this short also leaves its first page short: the layout advice follows on a line of its own
    expect(run.stderr.split('\n')[0]).toBe('注意：发文机关标志按署名机关生成，可修改（--set issuerMark=…）。')
    expect(
      run.stderr
        .split('\n')
        .slice(1)
        .every((line) => line === '' || line.startsWith('排版提示：')),
    ).toBe(true)
    const marked = texts(out).filter((text) => text !== '')
    expect(marked.slice(0, 4)).toEqual([
      '中共北流市新圩镇委员会',
      '北流市新圩镇人民政府',
      '文件',
      '新委〔2024〕5号签发人：李明',
    ])

    const typed = cli(
      input,
      '-o',
      out,
      '--set',
      'signer=李明',
      '--set',
      'issuerMark=北流市新圩镇人民政府文件',
    )
    expect(typed.code).toBe(0)
    expect(typed.stderr).not.toContain('发文机关标志')
    expect(texts(out).filter((text) => text !== '')[0]).toBe('北流市新圩镇人民政府文件')

    const check = runCli('check', input, '--json')
    const result = JSON.parse(check.stdout) as {
      meta: { issuerMark: string | null }
      findings: { message: string }[]
    }
    expect(result.meta.issuerMark).toBeNull()
    expect(result.findings.filter((finding) => finding.message.includes('发文机关标志'))).toEqual([])
  })

  it('says which page it could not fill and the change of text that fills it, and is silent once it is made', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fznb-export-'))
    const input = join(dir, '东岭镇.txt')
    const text = sentenceReportText(17, 250)
    writeFileSync(input, text)
    const run = cli(input, '-o', join(dir, 'short.docx'))
    expect(run.code).toBe(0)
    const advice =
      /^排版提示：第2页下方空了(\d+)行（公文除末页外每页应排满22行）：在“(.+)……”一段增加约(\d+)字，即可排满。\n$/u.exec(
        run.stderr,
      )
    expect(advice, run.stderr).not.toBeNull()
    expect(existsSync(join(dir, 'short.docx'))).toBe(true)
    // the clerk adds as many characters to that paragraph, in front of its closing 。
    const [, , opening, count] = advice!
    const lines = text.split('\n')
    const at = lines.findIndex((line) => line.startsWith(opening!))
    lines[at] = `${lines[at]!.replace(/。$/u, '')}${'依法'.repeat(Number(count)).slice(0, Number(count))}。`
    writeFileSync(input, lines.join('\n'))
    expect(cli(input, '-o', join(dir, 'filled.docx'))).toMatchObject({ code: 0, stderr: '' })
  })

  it('writes the 上行文 with 签发人, says so on one line and leaves no temp file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fznb-export-'))
    const out = join(dir, '清江镇.docx')
    const run = cli(qingjiang, '-o', out)
    expect(run).toEqual({ code: 0, stdout: `已导出上行文：${out}\n`, stderr: '' })
    expect([...readFileSync(out).subarray(0, 2)]).toEqual([0x50, 0x4b])
    expect(readdirSync(dir)).toEqual(['清江镇.docx'])
    const paragraphs = texts(out)
    expect(paragraphs.some((text) => text.includes('签发人：张亚平'))).toBe(true)
    expect(paragraphs).toContain('一、推进法治政府建设的主要举措和成效')
  })

  it('writes the 公开 version with --public: no 签发人, （此件公开发布）', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fznb-export-'))
    const out = join(dir, 'public.docx')
    const run = cli(join(shared, 'beiliu-2023.txt'), '-o', out, '--public')
    expect(run).toEqual({ code: 0, stdout: `已导出公开版：${out}\n`, stderr: '' })
    const paragraphs = texts(out)
    expect(paragraphs.some((text) => text.includes('签发人'))).toBe(false)
    expect(paragraphs).toContain('（此件公开发布）')
  })

  it('applies --set overrides, several at once, and replaces an existing file whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fznb-export-'))
    const out = join(dir, 'set.docx')
    writeFileSync(out, 'an older export')
    const run = cli(
      qingjiang,
      '-o',
      out,
      '--set',
      'date=2024年4月1日',
      '--set',
      'issuers=清江镇人民政府',
      '--set',
      'docNumber=清政〔2024〕12号',
    )
    expect(run.code).toBe(0)
    const paragraphs = texts(out)
    expect(paragraphs).toContain('2024年4月1日')
    expect(paragraphs).toContain('清江镇人民政府')
    expect(paragraphs).not.toContain('中共清江镇委员会')
    expect(paragraphs.some((text) => text.startsWith('清政〔2024〕12号'))).toBe(true)
    expect(readdirSync(dir)).toEqual(['set.docx'])
  })

  it.each([
    [['-o', 'x.docx'], /请给出一个输入文件/u],
    [[qingjiang], /请给出一个输入文件和 -o/u],
    [[qingjiang, '-o', 'out.pdf'], /应以 \.docx 结尾/u],
    [[qingjiang, '-o', 'x.docx', '--colour'], /参数有误/u],
    [[qingjiang, '-o', 'x.docx', '--set', 'colour=red'], /无法识别的 --set/u],
    [[qingjiang, '-o', 'x.docx', '--set', 'title'], /无法识别的 --set/u],
    [['no-such-file.txt', '-o', 'x.docx'], /找不到文件/u],
    [[qingjiang, '-o', 'x.docx', '--template', 'no-such-template'], /没有编号为“no-such-template”的模板/u],
  ])('bad input %j: one Chinese line on stderr, exit 2, nothing written', (args, pattern) => {
    const run = cli(...args)
    expectBadInput(run, pattern)
    expect(existsSync(join(root, 'x.docx'))).toBe(false)
  })

  it('leaves an existing output untouched when the input is bad', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fznb-export-'))
    const out = join(dir, 'keep.docx')
    writeFileSync(out, 'the clerk’s earlier export')
    const empty = join(dir, 'empty.txt')
    writeFileSync(empty, '')
    expectBadInput(cli(empty, '-o', out), /是空的/u)
    expect(readFileSync(out, 'utf8')).toBe('the clerk’s earlier export')
    expect(readdirSync(dir).sort()).toEqual(['empty.txt', 'keep.docx'])
  })

  it('reports a folder that does not exist in Chinese and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fznb-export-'))
    const out = join(dir, 'missing', 'report.docx')
    const run = cli(qingjiang, '-o', out)
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/[\u4e00-\u9fff]/u)
    expect(existsSync(join(dir, 'missing'))).toBe(false)
  })
})
