// The measures every part of the text flow shares, in points: the GB/T 9704 line pitch and the 版心's size.
import { linePitch, textHeight, textWidth as textAreaTwips } from '../export/gbt9704'
import type { FontRole } from '../export/official-fonts'
import type { PrintSpan } from './print-layout'

/** 28.95 pt: the GB/T 9704 line pitch (gbt9704.ts `linePitch`). */
export const PITCH = linePitch / 20
/** 225 mm, the 版心 height. */
export const BODY_HEIGHT = textHeight / 20
/** 156 mm, the 版心 width. */
export const AREA_WIDTH = textAreaTwips / 20

export const span = (text: string, font: FontRole, bold = false): PrintSpan => ({ text, font, bold })
