// The measures every part of the text flow shares, in points: the GB/T 9704 line pitch and the 版心's size.
import {
  linePitch,
  linesPerPage,
  sanChar,
  textHeight,
  textWidth as textAreaTwips,
  typeSize,
} from '../export/gbt9704'
import type { FontRole } from '../export/official-fonts'
import { BODY_TRACKING_PT, type ParagraphFormat } from './paragraph-lines'
import type { PrintSpan } from './print-layout'

/** 28.95 pt: the GB/T 9704 line pitch (gbt9704.ts `linePitch`). */
export const PITCH = linePitch / 20
/** 225 mm, the 版心 height. */
export const BODY_HEIGHT = textHeight / 20
/**
 * Where text lines stop: LibreOffice fills the 版心 with whole lines of the section's 22-line grid (docGrid), 0.9 pt
 * short of its 225 mm; a 版头 of any height can leave page 1 ending in between.
 */
export const FILL_HEIGHT = linesPerPage * PITCH
/** 156 mm, the 版心 width. */
export const AREA_WIDTH = textAreaTwips / 20

export const span = (text: string, font: FontRole, bold = false): PrintSpan => ({ text, font, bold })

/** A 正文 paragraph: 3号 justified on the 版心's width, 2 字 in on its first line, tracked, on the line pitch. */
export const BODY_FORMAT: ParagraphFormat = {
  size: typeSize.san,
  tracking: BODY_TRACKING_PT,
  align: 'justify',
  left: 0,
  width: AREA_WIDTH,
  firstLine: (2 * sanChar) / 20,
  lineHeight: PITCH,
}
