// A 报告 must not carry a request (《党政机关公文处理工作条例》第十五条: 报告……不得夹带请示事项): 妥否，请批示
// or 请予批准 in an annual report is sent back; a request goes in a 请示 of its own.
import { toSimplified } from '../../simplified-chinese'
import { quoteEvidence } from '../evidence'
import type { Finding } from '../finding'
import type { Rule } from '../rule'

const REQUEST =
  /妥否|请批示|请予批示|请审批|请予审批|请批准|请予批准|请予支持|恳请.{0,10}(?:批准|解决|支持|拨付)/

export const requestInReport: Rule = {
  id: 'request-in-report',
  name: '报告夹带请示',
  run: ({ segments }) =>
    segments.flatMap((segment): Finding[] => {
      if (segment.kind === 'title') return []
      // 妥否，請批示 is the same request: matched as simplified, quoted as written
      const match = REQUEST.exec(toSimplified(segment.raw))
      if (match === null) return []
      return [
        {
          rule: 'request-in-report',
          severity: 'warning',
          message: `报告中不得夹带请示事项（“${match[0]}”）。需要上级批准或支持的事项，请另行以请示行文，报告只写情况。`,
          part: segment.partId,
          line: segment.line,
          evidence: quoteEvidence(segment.raw, match.index, match.index + match[0].length),
        },
      ]
    }),
}
