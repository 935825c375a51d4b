// GB/T 9704 §7.3.3: body text in 3号 (16 pt, w:sz 32), judged like body-font on each paragraph's dominant run.
import type { FormatCheck } from '../../core/review/format-conformance'
import { ptToHalfPoints, typeSize } from '../export/gbt9704'
import { dominantFormat, mostCommon, type ConformanceContext } from './conformance-context'

const SAN = ptToHalfPoints(typeSize.san)

export function checkBodySize(context: ConformanceContext): FormatCheck {
  if (context.body.length === 0) return { id: 'body-size', status: 'fail', message: '没有找到正文段落' }
  const sizes = context.body.map((paragraph) => dominantFormat(context, paragraph.element).size)
  const san = sizes.filter((size) => size === SAN).length
  const summary = `${String(san)}/${String(sizes.length)} 段为 3 号`
  if (san * 2 > sizes.length) return { id: 'body-size', status: 'pass', message: `${summary}（16 磅）` }
  const common = mostCommon(sizes)?.value ?? 0
  return {
    id: 'body-size',
    status: 'fail',
    message: `正文字号为 ${String(common / 2)} 磅，应为 3 号（16 磅）；${summary}`,
  }
}
