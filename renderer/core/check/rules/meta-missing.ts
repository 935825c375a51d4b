// The pieces of an official document a reviewer looks for outside the body (GB/T 9704 §7.2–7.3): every
// report is signed (署名) and dated (成文日期); one sent upward (it carries a 文号, a 签发人 or a 主送) also
// names who signed it off and to whom it goes. Missing pieces are warnings: the 公文信息 form fills them.
import type { ReportMeta } from '../../report'
import type { Finding } from '../finding'
import type { Rule } from '../rule'

interface Piece {
  readonly missing: (meta: ReportMeta) => boolean
  readonly upwardOnly: boolean
  readonly message: string
}

const pieces: readonly Piece[] = [
  {
    missing: (meta) => meta.signer === null,
    upwardOnly: true,
    message: '上报的报告（上行文）应标注签发人，请在“公文信息”中填写签发人姓名。',
  },
  {
    missing: (meta) => meta.recipients === null,
    upwardOnly: true,
    message: '上报的报告（上行文）应写主送机关，如“中共××县委、××县人民政府：”，请在“公文信息”中填写。',
  },
  {
    missing: (meta) => meta.issuers.length === 0,
    upwardOnly: false,
    message: '报告正文后没有署名（发文机关名称），请在“公文信息”中填写署名。',
  },
  {
    missing: (meta) => meta.dateText === null,
    upwardOnly: false,
    message: '报告没有成文日期，请在“公文信息”中填写，如“2024年3月18日”。',
  },
]

/** Sent upward: the app's 上行文 setting, and a sign of it in the document itself (an imported 公开 version has none). */
function isSentUpward(meta: ReportMeta): boolean {
  return (
    meta.version === 'upward' && (meta.docNumber !== null || meta.signer !== null || meta.recipients !== null)
  )
}

export const metaMissing: Rule = {
  id: 'meta-missing',
  run: ({ report }) => {
    // A report with no body yet has nothing to sign.
    if (!report.parts.some((part) => part.blocks.length > 0)) return []
    const upward = isSentUpward(report.meta)
    return pieces
      .filter((piece) => (upward || !piece.upwardOnly) && piece.missing(report.meta))
      .map((piece): Finding => ({
        rule: 'meta-missing',
        severity: 'warning',
        message: piece.message,
        part: null,
        line: null,
      }))
  },
}
