// GB/T 9704 §5.2.2: 天头 37 mm, 订口 28 mm, leaving a 156 × 225 mm 版心 (bottom 35 mm, right 26 mm).
import type { FormatCheck } from '../../core/review/format-conformance'
import { margins } from '../export/gbt9704'
import type { ConformanceContext } from './conformance-context'
import { mm, pageGeometry } from './page-geometry'

/** ±0.5 mm: Word's own mm → twips rounding and WPS's cm fields move a margin by a few twips. */
const TOLERANCE = 30

const sides = [
  ['top', '上'],
  ['bottom', '下'],
  ['left', '左'],
  ['right', '右'],
] as const

export function checkPageMargins(context: ConformanceContext): FormatCheck {
  const geometry = pageGeometry(context.pkg.section)
  const wrong = sides
    .filter(([side]) => Math.abs(geometry[side] - margins[side]) > TOLERANCE)
    .map(([side, label]) => `${label} ${mm(geometry[side])} 毫米（应为 ${mm(margins[side])}）`)
  if (wrong.length === 0)
    return { id: 'page-margins', status: 'pass', message: '上 37、下 35、左 28、右 26 毫米' }
  return { id: 'page-margins', status: 'fail', message: `页边距不符：${wrong.join('，')}` }
}
