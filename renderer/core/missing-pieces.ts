// The pieces of an official document outside the body a reviewer looks for (GB/T 9704 §7.2–7.3): every report is
// signed (署名) and dated (成文日期); one sent upward also names who signed it off (签发人) and to whom it goes
// (主送). The check warns of a missing one, and an export says which it wrote without, and that it made the
// 发文机关标志 from the 署名 when the report has a 文号 but no mark.
import { issuerMarkOf } from './issuer-mark'
import type { ReportMeta } from './report'
import type { Settings } from './settings'

export interface MissingPiece {
  /** The field in ReportMeta, as `export --set` names it. */
  readonly field: 'signer' | 'recipients' | 'issuers' | 'date'
  /** Chinese name, for a list: 签发人、主送机关. */
  readonly name: string
  /** What to do, for a finding. */
  readonly message: string
}

/** What a piece is looked for in: the report's metadata, or what the export prints of it (official-meta.ts). */
export type PieceValues = Pick<ReportMeta, 'signer' | 'recipients' | 'issuers' | 'dateText'>

interface Piece extends MissingPiece {
  readonly missing: (meta: PieceValues) => boolean
  readonly upwardOnly: boolean
}

const pieces: readonly Piece[] = [
  {
    field: 'signer',
    name: '签发人',
    missing: (meta) => meta.signer === null,
    upwardOnly: true,
    message: '上报的报告（上行文）应标注签发人，请在“公文信息”中填写签发人姓名。',
  },
  {
    field: 'recipients',
    name: '主送机关',
    missing: (meta) => meta.recipients === null,
    upwardOnly: true,
    message: '上报的报告（上行文）应写主送机关，如“中共××县委、××县人民政府：”，请在“公文信息”中填写。',
  },
  {
    field: 'issuers',
    name: '署名',
    missing: (meta) => meta.issuers.length === 0,
    upwardOnly: false,
    message: '报告正文后没有署名（发文机关名称），请在“公文信息”中填写署名。',
  },
  {
    field: 'date',
    name: '成文日期',
    missing: (meta) => meta.dateText === null,
    upwardOnly: false,
    message: '报告没有成文日期，请在“公文信息”中填写，如“2024年3月18日”。',
  },
]

/** The pieces the report lacks, for a document sent upward (all four) or published (署名 and 成文日期). */
export function missingPieces(meta: PieceValues, upward: boolean): MissingPiece[] {
  return pieces
    .filter((piece) => (upward || !piece.upwardOnly) && piece.missing(meta))
    .map(({ field, name, message }) => ({ field, name, message }))
}

/** Said beside the missing pieces when the export makes the 发文机关标志 itself (issuer-mark.ts). */
export const DERIVED_MARK_NOTE = '发文机关标志按署名机关生成，可修改'

/** The note for a report whose 版头 gets a mark made from its 署名, or null when it has its own or none. */
export function derivedMarkNote(
  meta: ReportMeta,
  settings: Pick<Settings, 'issuerMark' | 'issuers'>,
): string | null {
  return issuerMarkOf(meta, settings).derived ? DERIVED_MARK_NOTE : null
}
