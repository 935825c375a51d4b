import { describe, expect, it } from 'vitest'
import { breaking, findingsOf, goodReport } from '../good-report'

const lead = '主动公开政府信息290条。'

describe('request-in-report', () => {
  it('is silent on a report that only reports', () => {
    expect(findingsOf(goodReport, 'request-in-report')).toEqual([])
  })

  it.each(['妥否，请批示。', '恳请县政府批准增加执法编制2名。', '请予批准。'])('flags “%s”', (request) => {
    const [finding] = findingsOf(breaking('特此报告。', `${request}\n\n特此报告。`), 'request-in-report')
    expect(finding?.severity).toBe('warning')
    expect(finding?.message).toContain('不得夹带请示事项')
    expect(finding?.evidence).toContain(request.slice(0, 4))
  })

  it('leaves a request reported as done alone', () => {
    expect(findingsOf(breaking(lead, `${lead}按程序报请县政府批准后实施。`), 'request-in-report')).toEqual([])
  })
})
