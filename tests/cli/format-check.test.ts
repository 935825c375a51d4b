import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatCheck } from '../../electron/cli/format-check'
import { defaultTemplate } from '../../renderer/core/builtin-templates'
import { checkReport } from '../../renderer/core/check/check-report'
import { textToReport } from '../../renderer/core/import/text-to-report'

describe('formatCheck (check without --json)', () => {
  const template = defaultTemplate()
  const text = readFileSync(
    new URL('../../../shared/fixtures/reports/gongchuan-2023.txt', import.meta.url),
    'utf8',
  )
  const output = formatCheck(
    'gongchuan-2023.txt',
    template,
    checkReport(textToReport(text, template), template),
  )

  it('marks a missing required part as missing and an unwritten optional part as optional', () => {
    expect(output).toContain('✘ 党政主要负责人履行推进法治建设第一责任人职责情况：缺少')
    expect(output).toContain('○ 其他需要报告的情况：未写（可选）')
    expect(output).toContain('✔ 存在的不足和原因：三、问题和不足')
  })

  it('opens with the verdict and the counts', () => {
    expect(output.split('\n')[0]).toMatch(
      /^gongchuan-2023\.txt：2023 年度报告，不完整（错误 \d+，警告 \d+，提示 \d+）$/,
    )
  })
})
