// The 版头 of the text flow as masthead.ts writes it: the red 发文机关标志 (joint marks with 文件 once on the
// right), 2 blank lines, the 发文字号 with the 签发人 on its right in a 上行文, and the red separator.
import {
  docNumberRuleGap,
  linePitch,
  markTopOffset,
  redRuleWidth,
  sanChar,
  typeSize,
} from '../export/gbt9704'
import { MARK_SUFFIX, markPlan } from '../export/mark-plan'
import type { OfficialFonts } from '../export/official-fonts'
import type { OfficialMeta } from '../export/official-meta'
import { gapItem, gapOf } from './flow-gaps'
import type { FlowParagraph } from './flow-line'
import { AREA_WIDTH, PITCH, span } from './flow-metrics'
import type { LineAlign, PrintItem, PrintLine, PrintSpan } from './print-layout'

const pt = (twips: number): number => twips / 20
const SAN = typeSize.san
const CHAR = pt(sanChar)

/** A piece of the 文号 line, `inset` points in from each side of the 版心. */
function docNumberRow(inset: number, align: LineAlign, spans: PrintSpan[]): PrintItem {
  return {
    kind: 'line',
    top: 0,
    height: PITCH,
    left: inset,
    width: AREA_WIDTH - 2 * inset,
    size: SAN,
    tracking: 0,
    align,
    red: false,
    spans,
  }
}

/** 版头 (masthead.ts): the red mark, 2 blank lines, the 发文字号 (签发人 on its right in a 上行文), the red rule. */
export function mastheadFlow(meta: OfficialMeta, fonts: OfficialFonts): FlowParagraph[] {
  if (meta.markLines.length === 0 && meta.docNumber === null) return []
  const out: FlowParagraph[] = []
  const plan = markPlan(meta.markLines)
  const lineHeight = pt(plan.lineHeight)
  const markLine = (text: string, top: number, left: number, width: number): PrintLine => ({
    kind: 'line',
    top,
    height: lineHeight,
    left,
    width,
    size: plan.size,
    tracking: 0,
    ...(plan.scale === 100 ? {} : { scale: plan.scale / 100 }),
    align: 'center',
    red: true,
    spans: [span(text, 'mark', fonts.mark.bold)],
  })
  const columns = plan.joint
  if (columns !== null) {
    // joint documents: names stacked on the left, 文件 once on the right, centred on them (§7.2.2), the table
    // as wide as its two columns and centred in the 版心
    const names = pt(columns.names)
    const left = (AREA_WIDTH - names - pt(columns.suffix)) / 2
    const height = plan.lines.length * lineHeight
    out.push({ before: 0, lines: [{ height: pt(markTopOffset), items: [] }] })
    out.push({
      before: 0,
      lines: [
        {
          height,
          items: [
            ...plan.lines.map((name, index) => markLine(name, index * lineHeight, left, names)),
            markLine(MARK_SUFFIX, (height - lineHeight) / 2, left + names, pt(columns.suffix)),
          ],
        },
      ],
    })
  } else {
    plan.lines.forEach((text, index) =>
      out.push({
        before: index === 0 ? pt(markTopOffset) : 0,
        lines: [{ height: lineHeight, items: [markLine(text, 0, 0, AREA_WIDTH)] }],
      }),
    )
  }
  if (meta.docNumber !== null) {
    const signer = meta.signer
    const items: PrintItem[] =
      signer === null
        ? [docNumberRow(0, 'center', [span(meta.docNumber, 'body')])]
        : [
            // §7.2.4: 文号 1 字 in from the left, 签发人 1 字 in from the right
            docNumberRow(CHAR, 'left', [span(meta.docNumber, 'body')]),
            docNumberRow(CHAR, 'right', [
              span('签发人：', 'body'),
              span(signer, 'signerName', fonts.signerName.bold),
            ]),
          ]
    // a 上行文 without 签发人: the marker stands where it would (flow-gaps.ts)
    const signerGap = gapOf(meta, 'signer')
    if (signerGap !== undefined) items.push(gapItem(signerGap, 0, { right: CHAR }))
    out.push({ before: plan.lines.length > 0 ? 2 * PITCH : 0, lines: [{ height: PITCH, items }] })
  }
  // masthead.ts `redRule`: an empty paragraph whose bottom border is the separator, 4 mm under the 文号;
  // LibreOffice, like Word, adds the border's width under the paragraph and draws the rule there
  const underGlyphs = Math.round((linePitch - sanChar) / 2)
  const height = pt(Math.max(20, docNumberRuleGap - underGlyphs))
  const thickness = redRuleWidth / 8
  out.push({
    before: 0,
    lines: [
      {
        height: height + thickness,
        items: [
          { kind: 'rule', top: height + thickness / 2, left: 0, width: AREA_WIDTH, thickness, red: true },
        ],
      },
    ],
  })
  return out
}
