// The pieces of an official document outside the body (missing-pieces.ts), for a report sent upward (it carries a
// 文号, a 签发人 or a 主送) or not. Missing pieces are warnings: the 公文信息 form fills them.
import { missingPieces } from '../../missing-pieces'
import type { ReportMeta } from '../../report'
import type { Finding } from '../finding'
import type { Rule } from '../rule'

/** Sent upward: the app's 上行文 setting, and a sign of it in the document itself (an imported 公开 version has none). */
function isSentUpward(meta: ReportMeta): boolean {
  return (
    meta.version === 'upward' && (meta.docNumber !== null || meta.signer !== null || meta.recipients !== null)
  )
}

export const metaMissing: Rule = {
  id: 'meta-missing',
  name: '公文要素缺失',
  run: ({ report }) => {
    // A report with no body yet has nothing to sign.
    if (!report.parts.some((part) => part.blocks.length > 0)) return []
    const upward = isSentUpward(report.meta)
    return missingPieces(report.meta, upward).map((piece): Finding => ({
      rule: 'meta-missing',
      severity: 'warning',
      message: piece.message,
      part: null,
      line: null,
    }))
  },
}
