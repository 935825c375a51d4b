import { describe, expect, it } from 'vitest'
import { breaking, findingsOf, goodReport } from '../good-report'

describe('part-unrecognized', () => {
  it('is silent when every top-level heading names a part', () => {
    expect(findingsOf(goodReport, 'part-unrecognized')).toEqual([])
  })

  it('points at a top-level heading that names no part', () => {
    const text = breaking(
      '五、2023年履行法院生效裁判情况',
      '五、2023年履行法院生效裁判情况\n\n六、加强法治政府建设的有关情况\n\n镇政府继续推进依法行政。\n',
    )
    const findings = findingsOf(text, 'part-unrecognized')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ severity: 'info', part: null })
    expect(findings[0]!.message).toContain('加强法治政府建设的有关情况')
  })
})
