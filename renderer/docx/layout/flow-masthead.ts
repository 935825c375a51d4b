// The 版头 of the text flow as masthead.ts writes it: the red 发文机关标志 (joint marks with 文件 once on the
// right), 2 blank lines, the 发文字号 with the 签发人 on its right in a 上行文, and the red separator.
import {
  docNumberRuleGap,
  linePitch,
  markTopOffset,
  ptToTwips,
  redRuleWidth,
  sanChar,
  typeSize,
} from '../export/gbt9704'
import { markSize } from '../export/masthead'
import type { OfficialFonts } from '../export/official-fonts'
import type { OfficialMeta } from '../export/official-meta'
import { textWidth } from '../export/text-width'
import type { FlowLine, FlowParagraph } from './flow-line'
import { AREA_WIDTH, PITCH, span } from './flow-metrics'
import type { PrintItem } from './print-layout'

const pt = (twips: number): number => twips / 20
const SAN = typeSize.san
const CHAR = pt(sanChar)

const MARK_SUFFIX = '文件'

/** 版头 (masthead.ts): the red mark, 2 blank lines, the 发文字号 (签发人 on its right in a 上行文), the red rule. */
export function mastheadFlow(meta: OfficialMeta, fonts: OfficialFonts): FlowParagraph[] {
  if (meta.markLines.length === 0 && meta.docNumber === null) return []
  const out: FlowParagraph[] = []
  const lines = meta.markLines
  const last = lines[lines.length - 1] ?? ''
  const markLine = (text: string, size: number, left: number, width: number): FlowLine => ({
    height: pt(ptToTwips(size * 1.2)),
    items: [
      {
        kind: 'line',
        top: 0,
        height: pt(ptToTwips(size * 1.2)),
        left,
        width,
        size,
        tracking: 0,
        align: 'center',
        red: true,
        spans: [span(text, 'mark', fonts.mark.bold)],
      },
    ],
  })
  if (lines.length > 1 && last.endsWith(MARK_SUFFIX) && last.length > MARK_SUFFIX.length) {
    // joint documents: names stacked on the left, 文件 once on the right, centred on them (§7.2.2)
    const names = [...lines.slice(0, -1), last.slice(0, -MARK_SUFFIX.length)]
    const size = markSize(names, textWidth(MARK_SUFFIX))
    const suffixWidth = pt(ptToTwips(size * (textWidth(MARK_SUFFIX) + 0.5)))
    const namesWidth = AREA_WIDTH - suffixWidth
    const rows = names.map((name) => markLine(name, size, 0, namesWidth))
    const height = rows.reduce((sum, row) => sum + row.height, 0)
    const suffix = markLine(MARK_SUFFIX, size, namesWidth, suffixWidth)
    out.push({ before: 0, lines: [{ height: pt(markTopOffset), items: [] }] })
    out.push({
      before: 0,
      lines: [
        {
          height,
          items: [
            ...rows.flatMap((row, index) => row.items.map((item) => ({ ...item, top: index * row.height }))),
            ...suffix.items.map((item) => ({ ...item, top: (height - suffix.height) / 2 })),
          ],
        },
      ],
    })
  } else {
    const size = markSize(lines)
    lines.forEach((text, index) =>
      out.push({ before: index === 0 ? pt(markTopOffset) : 0, lines: [markLine(text, size, 0, AREA_WIDTH)] }),
    )
  }
  if (meta.docNumber !== null) {
    const items: PrintItem[] =
      meta.signer === null
        ? [
            {
              kind: 'line',
              top: 0,
              height: PITCH,
              left: 0,
              width: AREA_WIDTH,
              size: SAN,
              tracking: 0,
              align: 'center',
              red: false,
              spans: [span(meta.docNumber, 'body')],
            },
          ]
        : [
            // §7.2.4: 文号 1 字 in from the left, 签发人 1 字 in from the right
            {
              kind: 'line',
              top: 0,
              height: PITCH,
              left: CHAR,
              width: AREA_WIDTH - 2 * CHAR,
              size: SAN,
              tracking: 0,
              align: 'left',
              red: false,
              spans: [span(meta.docNumber, 'body')],
            },
            {
              kind: 'line',
              top: 0,
              height: PITCH,
              left: CHAR,
              width: AREA_WIDTH - 2 * CHAR,
              size: SAN,
              tracking: 0,
              align: 'right',
              red: false,
              spans: [span('签发人：', 'body'), span(meta.signer, 'signerName', fonts.signerName.bold)],
            },
          ]
    out.push({ before: lines.length > 0 ? 2 * PITCH : 0, lines: [{ height: PITCH, items }] })
  }
  // masthead.ts `redRule`: an empty paragraph whose bottom border is the separator, 4 mm under the 文号
  const underGlyphs = Math.round((linePitch - sanChar) / 2)
  const height = pt(Math.max(20, docNumberRuleGap - underGlyphs))
  out.push({
    before: 0,
    lines: [
      {
        height,
        items: [
          { kind: 'rule', top: height, left: 0, width: AREA_WIDTH, thickness: redRuleWidth / 8, red: true },
        ],
      },
    ],
  })
  return out
}
