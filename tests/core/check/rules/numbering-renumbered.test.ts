import { describe, expect, it } from 'vitest'
import { EVIDENCE_LENGTH } from '../../../../renderer/core/check/evidence'
import { breaking, findingsOf, goodReport } from '../good-report'

const RULE = 'numbering-renumbered'

/** Applies a finding's one-click fix to the text of its place, as the editor does. */
function fixed(text: string, finding: ReturnType<typeof findingsOf>[number] | undefined): string {
  const fix = finding?.fix
  return (fix?.kind === 'replace' ? fix.replacements : []).reduce(
    (current, { find, replace }) => current.replaceAll(find, replace),
    text,
  )
}

describe('numbering-renumbered', () => {
  it('is silent on a correct sequence, whatever its forms', () => {
    expect(findingsOf(goodReport, RULE)).toEqual([])
    const halfWidth = breaking('（二）深化普法宣传。', '(二)深化普法宣传。')
    expect(findingsOf(halfWidth, RULE)).toEqual([])
  })

  it('names a skipped run-in number, the number it is printed with, and corrects it in one click', () => {
    const findings = findingsOf(breaking('（三）规范重大行政决策。', '（四）规范重大行政决策。'), RULE)
    expect(findings).toHaveLength(1)
    const [finding] = findings
    expect(finding?.severity).toBe('warning')
    expect(finding?.message).toBe('第18行编号“（四）”与前文不连续，导出时编号已顺延为“（三）”。')
    expect(finding?.line).toBe(18)
    expect(finding?.evidence?.startsWith('（四）规范重大行政决策。')).toBe(true)
    expect(Array.from(finding?.evidence ?? '').length).toBeLessThanOrEqual(EVIDENCE_LENGTH)
    expect(fixed('（四）规范重大行政决策。严格执行', finding)).toBe('（三）规范重大行政决策。严格执行')
  })

  it('counts a stand-alone heading and the run-in items around it as one sequence', () => {
    // （一） run in, （二） on its own line, then the writer starts again at （一）
    const text = breaking(
      '（二）深化普法宣传。深入实施“八五”普法规划，开展法治宣传活动41场，覆盖群众1.2万人次。',
      '（二）深化普法宣传\n\n深入实施“八五”普法规划，开展法治宣传活动41场，覆盖群众1.2万人次。',
    ).replace('（三）规范重大行政决策。', '（一）规范重大行政决策。')
    const findings = findingsOf(text, RULE)
    expect(findings).toHaveLength(1)
    expect(findings[0]?.message).toContain('“（一）”与前文不连续，导出时编号已顺延为“（三）”')
  })

  it('names a skipped part number as one finding with every later place it shifts', () => {
    const text = breaking('三、2023年党政主要负责人', '四、2023年党政主要负责人')
      .replace('四、2024年推进', '五、2024年推进')
      .replace('五、2023年履行', '六、2023年履行')
    const findings = findingsOf(text, RULE)
    expect(findings).toHaveLength(1)
    expect(findings[0]?.message).toBe(
      '共3处编号与前文不连续（如“四、”导出为“三、”），导出时编号已顺延，见第34、38、42行。',
    )
    expect(findings[0]?.evidence?.startsWith('四、2023年党政主要负责人')).toBe(true)
  })

  it('restarts the count of run-in items under each part', () => {
    // the next-year part's items start again at （一）: right, no finding
    const text = breaking(
      '一是针对执法规范化不足，组织执法人员实操培训2次；二是针对普法针对性不强，开展群众法治需求调研。',
      '（一）加强培训。组织执法人员实操培训2次。\n\n（二）开展调研。开展群众法治需求调研。',
    )
    expect(findingsOf(text, RULE)).toEqual([])
    const carriedOn = text
      .replace('（一）加强培训。', '（九）加强培训。')
      .replace('（二）开展调研。', '（十）开展调研。')
    expect(findingsOf(carriedOn, RULE)[0]?.message).toContain(
      '共2处编号与前文不连续（如“（九）”导出为“（一）”）',
    )
  })

  it('leaves lines of a list of figures, 一是 series and malformed numbers to themselves', () => {
    const figures = breaking(
      '（六）推进政务公开。主动公开政府信息290条。',
      '（六）推进政务公开。主动公开情况如下：\n\n3.政府信息290条；\n\n3.政策解读12篇。',
    )
    expect(findingsOf(figures, RULE)).toEqual([])
    const malformed = breaking('（六）推进政务公开。', '六)推进政务公开。')
    expect(findingsOf(malformed, RULE)).toEqual([])
  })
})
