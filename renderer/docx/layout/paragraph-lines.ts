// A paragraph of spans (runs in their font roles) broken into flow lines with break-lines.ts: justified body
// text with its 2-字 first-line indent, left/right/centred lines for 主送, 署名 and the 版记.
import { bodyTracking, looseTracking, stretchTracking, tightTracking } from '../export/gbt9704'
import { breakLines, type LineBox } from './break-lines'
import { type FlowLine, lazyLine } from './flow-line'
import type { LineAlign, PrintSpan } from './print-layout'

export interface ParagraphFormat {
  readonly size: number
  /** Tracking in points; body text carries `bodyTracking` (gbt9704.ts), other text none. */
  readonly tracking: number
  readonly align: 'left' | 'center' | 'right' | 'justify'
  /** Box of the paragraph inside the 版心, in points. */
  readonly left: number
  readonly width: number
  /** First-line indent in points; negative hangs the first line out to the left of the box (抄送：). */
  readonly firstLine: number
  readonly lineHeight: number
  readonly red?: boolean
  /** Room LibreOffice keeps free at each line's end, where not the body's (break-lines.ts `lineEndReserve`). */
  readonly lineEndReserve?: number
}

export const BODY_TRACKING_PT = bodyTracking / 20
export const LOOSE_TRACKING_PT = looseTracking / 20
export const STRETCH_TRACKING_PT = stretchTracking / 20
export const TIGHT_TRACKING_PT = tightTracking / 20

/** The spans of `spans` that fall in characters [start, end). */
function slice(spans: readonly PrintSpan[], start: number, end: number): PrintSpan[] {
  const out: PrintSpan[] = []
  let offset = 0
  for (const span of spans) {
    const chars = [...span.text]
    const from = Math.max(start, offset)
    const to = Math.min(end, offset + chars.length)
    if (from < to) out.push({ ...span, text: chars.slice(from - offset, to - offset).join('') })
    offset += chars.length
  }
  return out
}

/**
 * Where the spans' formatting changes, in characters of their joined text: the .docx writes a run of its own there,
 * and LibreOffice sets it as a portion of its own (break-lines.ts `portions`).
 */
export function portionStarts(spans: readonly PrintSpan[]): Set<number> {
  const out = new Set<number>()
  let offset = 0
  spans.forEach((span, index) => {
    const before = spans[index - 1]
    if (before !== undefined && (before.font !== span.font || before.bold !== span.bold)) out.add(offset)
    offset += [...span.text].length
  })
  return out
}

/** Which characters of the spans' joined text are bold, where any is (break-lines.ts `bold`). */
export function boldChars(spans: readonly PrintSpan[]): Uint8Array | undefined {
  if (!spans.some((span) => span.bold)) return undefined
  const lengths = spans.map((span) => [...span.text].length)
  const out = new Uint8Array(lengths.reduce((sum, length) => sum + length, 0))
  let offset = 0
  spans.forEach((span, index) => {
    if (span.bold) out.fill(1, offset, offset + lengths[index]!)
    offset += lengths[index]!
  })
  return out
}

/** The line boxes of the text of `spans` in `format`. */
export function formatBoxes(spans: readonly PrintSpan[], format: ParagraphFormat): LineBox[] {
  const bold = boldChars(spans)
  return breakLines(spans.map((span) => span.text).join(''), {
    size: format.size,
    tracking: format.tracking,
    firstWidth: format.width - format.firstLine,
    width: format.width,
    portions: portionStarts(spans),
    ...(bold === undefined ? {} : { bold }),
    ...(format.lineEndReserve === undefined ? {} : { lineEndReserve: format.lineEndReserve }),
  })
}

/** The paragraph's flow lines; `boxes`, where the caller has broken its text in `format` already. */
export function paragraphLines(
  spans: readonly PrintSpan[],
  format: ParagraphFormat,
  boxes: readonly LineBox[] = formatBoxes(spans, format),
): FlowLine[] {
  return boxes.map((box, index) => {
    const indent = index === 0 ? format.firstLine : 0
    const last = index === boxes.length - 1
    // a justified paragraph's last line stays flush left; so does a line that ends the text early
    const align: LineAlign = format.align === 'justify' ? (last ? 'left' : 'justify') : format.align
    return lazyLine(
      format.lineHeight,
      () => [
        {
          kind: 'line',
          top: 0,
          height: format.lineHeight,
          left: format.left + indent,
          width: format.width - indent,
          size: format.size,
          tracking: format.tracking,
          align,
          red: format.red === true,
          spans: slice(spans, box.start, box.end),
        },
      ],
      box.end - box.start,
    )
  })
}
