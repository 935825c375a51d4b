// `check` without --json: a short Chinese summary a clerk can read in a terminal.
import type { CheckResult } from '../../renderer/core/check/check-report'
import type { Severity } from '../../renderer/core/check/finding'
import type { Template } from '../../renderer/core/template-schema'

const severityLabel: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', info: '提示' }
const statusLabel = { present: '✔', merged: '◐', missing: '✘' } as const

export function formatCheck(file: string, template: Template, result: CheckResult): string {
  const count = (severity: Severity): number =>
    result.findings.filter((finding) => finding.severity === severity).length
  const year = result.reportYear === null ? '年度未知' : `${String(result.reportYear)} 年度报告`
  const verdict = result.complete ? '完整' : '不完整'
  const lines = [
    `${file}：${year}，${verdict}（错误 ${String(count('error'))}，警告 ${String(count('warning'))}，提示 ${String(count('info'))}）`,
    '部分：',
  ]
  for (const part of result.parts) {
    const templatePart = template.parts.find((candidate) => candidate.id === part.id)
    const name = templatePart?.name ?? part.id
    const optional = templatePart?.required === false
    const detail =
      part.status === 'present'
        ? (part.heading ?? '')
        : part.status === 'merged'
          ? '没有单独标题，内容并在其他部分'
          : optional
            ? '未写（可选）'
            : '缺少'
    const mark = part.status === 'missing' && optional ? '○' : statusLabel[part.status]
    lines.push(`  ${mark} ${name}：${detail}`)
  }
  const nameOf = (id: string): string => template.items.find((item) => item.id === id)?.name ?? id
  const present = result.items.filter((item) => item.status === 'present')
  const missing = result.items.filter((item) => item.status === 'missing').map((item) => nameOf(item.id))
  const noFigures = result.items.filter((item) => item.figures === false).map((item) => nameOf(item.id))
  lines.push(`必备事项：已写 ${String(present.length)}/${String(result.items.length)} 项`)
  if (missing.length > 0) lines.push(`  未写：${missing.join('、')}`)
  if (noFigures.length > 0) lines.push(`  缺数据：${noFigures.join('、')}`)
  if (result.findings.length > 0) lines.push('问题：')
  for (const finding of result.findings) {
    const where = finding.line === null ? '' : `第 ${String(finding.line)} 行 `
    lines.push(`  [${severityLabel[finding.severity]}] ${where}${finding.message}`)
  }
  return `${lines.join('\n')}\n`
}
