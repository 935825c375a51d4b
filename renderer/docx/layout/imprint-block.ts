// 版记 (imprint.ts, GB/T 9704 §7.4): 抄送 and 印发机关 + 印发日期 in 4号仿宋 on exact rows of the line pitch,
// a thick rule above the first and below the last row and thin ones between, as one block the paginator puts
// on the bottom of the 版心.
import { imprintRowLines, type ImprintOptions } from '../export/imprint'
import { imprintRule, siChar, typeSize } from '../export/gbt9704'
import { textWidth } from '../../core/text-width'
import { AREA_WIDTH, BODY_HEIGHT, PITCH } from './flow-metrics'
import { paragraphLines, type ParagraphFormat } from './paragraph-lines'
import type { PrintItem } from './print-layout'

const COPY_LABEL = '抄送：'
const SI_CHAR = siChar / 20

/** The hairline paragraph that anchors the floating 版记 table in the .docx (imprint.ts): 1 pt. */
const ANCHOR_HEIGHT = 1
const EPSILON = 0.01

/**
 * Whether a 版记 `height` points tall fits under text that ends `used` points down the last page: the float keeps
 * one line (topFromText) between itself and the text, and its anchor takes a hairline under the text.
 */
export function imprintFits(used: number, height: number): boolean {
  return used + ANCHOR_HEIGHT <= BODY_HEIGHT - height - PITCH + EPSILON
}

export interface ImprintBlock {
  readonly height: number
  readonly items: readonly PrintItem[]
}

export function imprintBlock(options: ImprintOptions): ImprintBlock | null {
  const rows = imprintRowLines(options)
  if (rows.length === 0) return null
  const items: PrintItem[] = []
  const format: ParagraphFormat = {
    size: typeSize.si,
    tracking: 0,
    align: 'left',
    left: SI_CHAR,
    width: AREA_WIDTH - 2 * SI_CHAR,
    firstLine: 0,
    lineHeight: PITCH,
  }
  let top = 0
  const rule = (at: number, eighths: number): PrintItem => ({
    kind: 'rule',
    top: at,
    left: 0,
    width: AREA_WIDTH,
    thickness: eighths / 8,
    red: false,
  })
  if (options.copyTo !== null) {
    // §7.4.2: 左右各空一字, a wrapped line aligned with the first character after the colon, ends with 。
    const label = textWidth(COPY_LABEL) * SI_CHAR
    const text = `${COPY_LABEL}${options.copyTo.replace(/[。.]\s*$/u, '')}。`
    const lines = paragraphLines([{ text, font: 'body', bold: false }], {
      ...format,
      left: SI_CHAR + label,
      width: format.width - label,
      firstLine: -label,
    })
    for (const [index, line] of lines.entries())
      items.push(...line.items.map((item) => ({ ...item, top: top + index * PITCH })))
    top += (rows[0] ?? 1) * PITCH
  }
  if (options.printedBy !== null) {
    if (top > 0) items.push(rule(top, imprintRule.thin))
    // §7.4.3: 印发机关 左空一字, 印发日期 右空一字
    const date = options.printedDateText === null ? '印发' : `${options.printedDateText}印发`
    const half = AREA_WIDTH / 2
    items.push(
      {
        kind: 'line',
        top,
        height: PITCH,
        left: SI_CHAR,
        width: half - SI_CHAR,
        size: typeSize.si,
        tracking: 0,
        align: 'left',
        red: false,
        spans: [{ text: options.printedBy, font: 'body', bold: false }],
      },
      {
        kind: 'line',
        top,
        height: PITCH,
        left: half,
        width: half - SI_CHAR,
        size: typeSize.si,
        tracking: 0,
        align: 'right',
        red: false,
        spans: [{ text: date, font: 'body', bold: false }],
      },
    )
    top += PITCH
  }
  items.push(rule(0, imprintRule.thick), rule(top, imprintRule.thick))
  return { height: top, items }
}
