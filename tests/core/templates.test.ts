import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  builtinTemplateChoices,
  builtinTemplates,
  findBuiltinTemplate,
} from '../../renderer/core/builtin-templates'
import { checkReport } from '../../renderer/core/check/check-report'
import { textToReport } from '../../renderer/core/import/text-to-report'
import { parseTemplate } from '../../renderer/core/parse-template'
import { standardHeading } from '../../renderer/core/standard-heading'

const dir = new URL('../../templates/', import.meta.url)
const files = readdirSync(dir).filter((name) => name.endsWith('.json'))

describe('templates/*.json', () => {
  it.each(files)('%s passes parseTemplate', (name) => {
    const parsed = parseTemplate(JSON.parse(readFileSync(new URL(name, dir), 'utf8')))
    expect(parsed.ok ? parsed.value.id : parsed.error.message).toBe(name.replace(/\.json$/, ''))
  })

  it('ships every file as a built-in template', () => {
    expect(
      builtinTemplates()
        .map((template) => `${template.id}.json`)
        .sort(),
    ).toEqual([...files].sort())
  })

  it('offers the start screen each template by the id and name its parse gives, in menu order', () => {
    expect(builtinTemplateChoices()).toEqual(builtinTemplates().map(({ id, name }) => ({ id, name })))
  })

  it('fills the year into standard headings', () => {
    const template = findBuiltinTemplate('standard-2019')!
    const heading = (id: string) =>
      standardHeading(
        template.parts.find((part) => part.id === id)!,
        2023,
      )
    expect(heading('measures')).toBe('2023年推进法治政府建设的主要举措和成效')
    expect(heading('next-year')).toBe('2024年推进法治政府建设的主要安排')
  })
})

describe('parseTemplate errors', () => {
  const standard = JSON.parse(readFileSync(new URL('standard-2019.json', dir), 'utf8')) as {
    parts: Record<string, unknown>[]
    items: Record<string, unknown>[]
  }

  it('names the part and field in Chinese', () => {
    const broken = structuredClone(standard)
    delete broken.parts[2]!.heading
    const parsed = parseTemplate(broken)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.error.message).toBe('模板无效：第 3 个部分的“标准标题”缺失')
  })

  it('rejects duplicate ids and items pointing at unknown parts', () => {
    const broken = structuredClone(standard)
    broken.parts[1]!.id = 'measures'
    broken.items[0]!.part = 'nowhere'
    const parsed = parseTemplate(broken)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) {
      expect(parsed.error.code).toBe('bad-template')
      expect(parsed.error.message).toContain('部分编号“measures”重复')
      expect(parsed.error.message).toContain('“nowhere”在模板中不存在')
    }
  })

  it('rejects a sub-section without its parent', () => {
    const broken = structuredClone(standard)
    broken.parts[4]!.placement = 'sub'
    const parsed = parseTemplate(broken)
    expect(!parsed.ok && parsed.error.message).toContain('parent')
  })

  it('rejects what is not a template at all', () => {
    const parsed = parseTemplate('hello')
    expect(!parsed.ok && parsed.error.message).toMatch(/^模板无效：/)
  })
})

describe('the court-in-measures template (templates are data)', () => {
  const variant = findBuiltinTemplate('court-in-measures')!
  const text = `一、2023年推进法治政府建设的主要举措和成效

全年办理行政处罚案件37件。

二、2023年推进法治政府建设存在的不足和原因

执法力量不足，原因是编制少。

三、2023年党政主要负责人履行推进法治建设第一责任人职责情况

镇党委书记履行第一责任人职责，专题述法。

四、2024年推进法治政府建设的主要安排

加强执法培训。
`

  it('expects court judgments as a sub-section of the measures', () => {
    const part = variant.parts.find((candidate) => candidate.id === 'court-judgments')!
    expect(part).toMatchObject({ placement: 'sub', parent: 'measures' })
    const result = checkReport(textToReport(text, variant), variant)
    const missing = result.findings.find((finding) => finding.rule === 'part-missing')
    expect(missing?.message).toContain('请在“主要举措和成效”部分中增加小标题“（X）履行法院生效裁判情况”')
  })

  it('counts the sub-section as present', () => {
    const withCourt = text.replace(
      '全年办理行政处罚案件37件。',
      '全年办理行政处罚案件37件。\n\n（五）履行法院生效裁判情况\n\n需履行生效判决1件，已履行。',
    )
    const result = checkReport(textToReport(withCourt, variant), variant)
    expect(result.parts.find((part) => part.id === 'court-judgments')).toMatchObject({
      status: 'present',
      heading: '（一）履行法院生效裁判情况',
    })
  })
})
