// Where the pieces a report still lacks would print (missing-pieces.ts): the 签发人 on the 文号 line, the 主送 under
// the title, the 署名 and 成文日期 under the text. Markers for the clerk's eye only: they take no room in the flow
// (each hangs off a line that is there anyway, in a blank line or below the text), the preview draws them as dashed
// boxes its print stylesheet hides, and the .docx has nothing of them.
import { type MissingPiece, missingPieces } from '../../core/missing-pieces'
import { sanChar, typeSize } from '../export/gbt9704'
import type { OfficialMeta } from '../export/official-meta'
import { textWidth } from '../../core/text-width'
import type { FlowLine, FlowParagraph } from './flow-line'
import { AREA_WIDTH, PITCH } from './flow-metrics'
import type { PrintGap } from './print-layout'

type Field = MissingPiece['field']

const CHAR = sanChar / 20
/** Room on each side of the label inside its box. */
const PADDING = 4

/** The piece the printed report lacks for `field`, if it lacks it. */
export function gapOf(meta: OfficialMeta, field: Field): MissingPiece | undefined {
  return missingPieces(meta, meta.version === 'upward').find((piece) => piece.field === field)
}

/** A marker one line high at `top`, from `left`, or ending `right` points in from the right of the 版心. */
export function gapItem(
  piece: MissingPiece,
  top: number,
  edge: { left: number } | { right: number },
): PrintGap {
  const label = `（缺${piece.name}）`
  const width = textWidth(label) * typeSize.san + 2 * PADDING
  const left = 'left' in edge ? edge.left : AREA_WIDTH - edge.right - width
  return { kind: 'gap', top, left, width, height: PITCH, field: piece.field, label }
}

/** `flow` with `gap` hung off the first or last line of its paragraph `index`, top relative to that line. */
function hang(
  flow: FlowParagraph[],
  index: number,
  which: 'first' | 'last',
  gap: (line: FlowLine) => PrintGap,
): void {
  const paragraph = flow[index]
  if (paragraph === undefined || paragraph.lines.length === 0) return
  const at = which === 'first' ? 0 : paragraph.lines.length - 1
  flow[index] = {
    ...paragraph,
    lines: paragraph.lines.map((line, i) =>
      i === at ? { ...line, items: [...line.items, gap(line)] } : line,
    ),
  }
}

export interface GapAnchors {
  /** Paragraph index of the 正文's first paragraph (flow-report.ts). */
  readonly bodyStart: number
  /** Paragraph index of the 署名's first line: one past the 正文, or past the 附件说明 under it. */
  readonly signatureStart: number
  readonly sealed: boolean
}

/**
 * The gaps flow-masthead.ts does not place itself: a 签发人 with no 文号 line to stand on (in the 天头 above the
 * 版心), the 主送 (in the blank line under the title, or above the text), the 署名 (in the blank line above the date,
 * or a line under the text) and the 成文日期 (under the 署名, or where it would follow it).
 */
export function withGaps(
  source: readonly FlowParagraph[],
  meta: OfficialMeta,
  at: GapAnchors,
): FlowParagraph[] {
  const flow = [...source]
  const signer = gapOf(meta, 'signer')
  if (signer !== undefined && meta.docNumber === null)
    hang(flow, 0, 'first', () => gapItem(signer, -(flow[0]?.before ?? 0) - PITCH, { right: CHAR }))
  const recipients = gapOf(meta, 'recipients')
  if (recipients !== undefined) {
    // with a title, the paragraph before the text is the blank line that would have been above the 主送
    if (meta.title !== null) hang(flow, at.bodyStart - 1, 'first', () => gapItem(recipients, 0, { left: 0 }))
    else hang(flow, at.bodyStart, 'first', () => gapItem(recipients, -PITCH, { left: 0 }))
  }
  const dateRight = (at.sealed ? 4 : 2) * CHAR
  const lastText = at.signatureStart - 1
  const issuers = gapOf(meta, 'issuers')
  if (issuers !== undefined) {
    if (meta.dateText !== null)
      hang(flow, at.signatureStart, 'first', () => gapItem(issuers, -PITCH, { right: 2 * CHAR }))
    else hang(flow, lastText, 'last', (line) => gapItem(issuers, line.height + PITCH, { right: 2 * CHAR }))
  }
  const date = gapOf(meta, 'date')
  if (date !== undefined) {
    if (meta.issuers.length > 0)
      hang(flow, at.signatureStart + meta.issuers.length - 1, 'last', (line) =>
        gapItem(date, line.height, { right: dateRight }),
      )
    else hang(flow, lastText, 'last', (line) => gapItem(date, line.height + 2 * PITCH, { right: dateRight }))
  }
  return flow
}
