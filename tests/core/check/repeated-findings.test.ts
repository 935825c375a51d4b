// The same writing mistake in several paragraphs is one finding per kind: counted (共N处), its first places named,
// its line and quote those of the first place, and its one-click fix correcting every place.
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../../renderer/core/check/finding'
import { fixPlaceCount } from '../../../renderer/core/check/replace-fix'
import { breaking, findingsOf } from './good-report'

/** goodReport with `written` added to three paragraphs of three parts: measures (x2), shortcomings. */
function thrice(written: string): string {
  return breaking('主动公开政府信息290条。', `主动公开政府信息290条。${written}`)
    .replace('人民调解矛盾纠纷221件，调解成功率100%。', `人民调解矛盾纠纷221件，调解成功率100%。${written}`)
    .replace('原因是对群众需求调研不够。', `原因是对群众需求调研不够。${written}`)
}

/** Each replacement of a fix made in the text it was offered for: every place it counts. */
function fixed(text: string, finding: Finding | undefined): string {
  const fix = finding?.fix
  if (fix?.kind !== 'replace') return text
  const all = [fix.replacements, ...(fix.elsewhere ?? []).map((place) => place.replacements)].flat()
  return all.reduce((current, { find, replace }) => current.replaceAll(find, replace), text)
}

const cases: readonly [rule: string, written: string, counted: string, fixes: boolean][] = [
  ['halfwidth-punctuation', '网站更新,栏目调整。', '共3处有半角标点（,）', true],
  ['law-title-marks', '学习行政处罚法。', '共3处法规文件名称没有加书名号（“行政处罚法”）', true],
  ['wrong-term', '推进法制建设。', '“法制建设”应为“法治建设”', true],
  ['editing-debris', '_GoBack', '共3处Word 隐藏书签的痕迹', true],
  ['latin-letters', '开展meeting。', '正文中共3处夹有外文字母（meeting）', false],
  ['cited-doc-number', '按乐政办(2023)12号执行。', '共3处文号的年份没有用六角括号〔〕', true],
]

describe('repeated findings', () => {
  it.each(cases)('%s: one finding for three places, counted and named', (rule, written, counted, fixes) => {
    const text = thrice(written)
    const findings = findingsOf(text, rule)
    expect(findings).toHaveLength(1)
    const [finding] = findings
    expect(finding!.message).toContain(counted)
    expect(finding!.message).toMatch(/见第\d+、\d+、\d+行/)
    // the places are in three parts: the finding is about the whole text, at its first place
    expect(finding!.part).toBeNull()
    const first = text.split('\n').findIndex((line) => line.includes(written.slice(0, 4))) + 1
    expect(finding!.line).toBe(first)
    expect(finding!.evidence).toBeDefined()
    expect(finding!.evidence!.length).toBeLessThanOrEqual(30)
    if (!fixes) return
    expect(fixPlaceCount(finding!.fix)).toBe(3)
    expect(finding!.fix?.label).toMatch(/（共3处）$/)
    expect(findingsOf(fixed(text, finding), rule)).toEqual([])
  })

  it('keeps the message of a single place, its part and its own fix', () => {
    const text = breaking('主动公开政府信息290条。', '主动公开政府信息290条,更新栏目。')
    const [finding] = findingsOf(text, 'halfwidth-punctuation')
    expect(finding!.message).not.toContain('共')
    expect(finding!.part).toBe('measures')
    expect(finding!.fix).toMatchObject({ label: '改为全角标点' })
    expect(fixPlaceCount(finding!.fix)).toBe(1)
  })

  it('names the first five places and counts the rest', () => {
    const paragraphs = Array.from(
      { length: 7 },
      (_, index) => `第${String(index + 1)}项工作,已完成。\n`,
    ).join('\n')
    const text = breaking('（六）推进政务公开。', `${paragraphs}\n（六）推进政务公开。`)
    const [finding] = findingsOf(text, 'halfwidth-punctuation')
    expect(finding!.message).toContain('共7处')
    expect(finding!.message).toMatch(/见第(\d+、){4}\d+行等。/)
    expect(finding!.part).toBe('measures')
  })

  it('keeps one finding per kind: two wrong phrases, two malformed numberings', () => {
    const terms = thrice('推进法制建设，加强法制宣传。')
    expect(findingsOf(terms, 'wrong-term').map((finding) => finding.message.slice(0, 6))).toEqual([
      '“法制建设”',
      '“法制宣传”',
    ])
    const numbering = breaking(
      '（六）推进政务公开。',
      '一)开展普法。\n\n二)开展调解。\n\n（三开展公开。\n\n（六）推进政务公开。',
    )
    const findings = findingsOf(numbering, 'numbering-format')
    expect(findings).toHaveLength(2)
    expect(findings[0]!.message).toContain('共2处编号写法不规范（如“一)”）')
    expect(findings[1]!.message).toBe('编号“（三”不规范，应写作“（三）”。')
  })
})
