// GB/T 9704 §5.2.1: A4, 210 × 297 mm, portrait.
import type { FormatCheck } from '../../core/review/format-conformance'
import { page } from '../export/gbt9704'
import type { ConformanceContext } from './conformance-context'
import { mm, pageGeometry } from './page-geometry'

/** Word stores A4 as 11906 × 16838 twips; others round differently (11905, 11907). */
const TOLERANCE = 10

export function checkPageSize(context: ConformanceContext): FormatCheck {
  const { width, height } = pageGeometry(context.pkg.section)
  const found = `${mm(width)}×${mm(height)} 毫米`
  if (Math.abs(width - page.width) <= TOLERANCE && Math.abs(height - page.height) <= TOLERANCE) {
    return { id: 'page-size', status: 'pass', message: `A4 纵向（${found}）` }
  }
  const landscape = Math.abs(width - page.height) <= TOLERANCE && Math.abs(height - page.width) <= TOLERANCE
  const detail = landscape ? '横向 A4' : found
  return { id: 'page-size', status: 'fail', message: `纸张为${detail}，应为 A4 纵向（210×297 毫米）` }
}
