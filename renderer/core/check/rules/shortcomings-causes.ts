// 存在的不足和原因: the regulation asks for the causes, not only the problems (annual-report.md, the
// `shortcomings` part). A part that lists problems and never says why is what a reviewer returns.
import { blockText } from '../../report'
import type { Finding } from '../finding'
import type { Rule } from '../rule'

/** Ways reports give a cause: 原因是/究其原因, 由于, 导致, 源于, 受…制约/影响, 根源在于 … */
const cause = /原因|由于|源于|导致|造成|根源|因为|归根|究其|在于|受[^。；]{0,12}(?:制约|影响|限制)|受限|制约/

export const shortcomingsCauses: Rule = {
  id: 'shortcomings-causes',
  name: '不足未写原因',
  run: ({ report }): Finding[] => {
    const part = report.parts.find((candidate) => candidate.id === 'shortcomings')
    if (part === undefined) return []
    // the heading (存在的不足和原因) names causes without giving any
    const body = part.blocks.map(blockText).join('').replace(/\s+/g, '')
    if (body === '' || cause.test(body)) return []
    return [
      {
        rule: 'shortcomings-causes',
        severity: 'warning',
        message:
          '“存在的不足”只列了问题，没有分析原因。请逐条写明产生问题的原因（如“原因是……”“主要由于……”）。',
        part: 'shortcomings',
        line: part.line,
      },
    ]
  },
}
