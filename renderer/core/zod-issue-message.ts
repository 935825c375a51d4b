// zod issues → one Chinese sentence each, naming where the problem is (「第 3 个部分缺少“标题”」).
// Shared by template parsing and the .fznb reader so both speak the same way to the clerk.
import type { z } from 'zod'

/** Field names as the clerk or template author knows them; unknown keys are shown as written. */
export type FieldLabels = Readonly<Record<string, string>>

function describePath(path: readonly PropertyKey[], labels: FieldLabels): string {
  const words: string[] = []
  path.forEach((segment, index) => {
    if (typeof segment === 'number') return
    const name = labels[String(segment)] ?? String(segment)
    const next = path[index + 1]
    words.push(typeof next === 'number' ? `第 ${next + 1} 个${name}` : `“${name}”`)
  })
  if (words.length === 0) return '文件内容'
  // 第 3 个部分的“标题”: the last field is quoted, the containers before it read as a phrase.
  return words.join('的')
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '缺失' : '类型不正确'
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1
        ? '不能为空'
        : `过少或过小（至少 ${String(issue.minimum)}）`
    case 'too_big':
      return `过多或过长（至多 ${String(issue.maximum)}）`
    case 'invalid_format':
      return '格式不正确'
    case 'invalid_value':
      return `取值不在允许范围内（可选：${issue.values.map(String).join('、')}）`
    case 'unrecognized_keys':
      return `含有无法识别的字段：${issue.keys.join('、')}`
    case 'custom':
      return issue.message
    default:
      return '不符合要求'
  }
}

export function zodIssueMessage(issue: z.core.$ZodIssue, labels: FieldLabels): string {
  const where = describePath(issue.path, labels)
  if (issue.code === 'custom') return `${where}：${issue.message}`
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${where}缺失`
  return `${where}${describeIssue(issue)}`
}

/** Up to `limit` issues joined on one line, so a CLI error stays a single line. */
export function zodIssuesMessage(
  issues: readonly z.core.$ZodIssue[],
  labels: FieldLabels,
  limit = 3,
): string {
  const shown = issues.slice(0, limit).map((issue) => zodIssueMessage(issue, labels))
  const more = issues.length > limit ? `等 ${issues.length} 处问题` : ''
  return shown.join('；') + more
}
