// .docx bytes → format conformance against GB/T 9704 (gbt9704-layout.md), one check per layout rule, in
// the order of formatCheckIds. Independent of the importer: a report whose text cannot be read still
// gets its layout judged, and the app can run the same code on a file the clerk opens.
import {
  formatCheckIds,
  formatConformance,
  type FormatCheck,
  type FormatCheckId,
  type FormatConformance,
} from '../../core/review/format-conformance'
import { err, ok, type AppError, type Result } from '../../core/result'
import { checkBodyFont } from './body-font'
import { checkBodySize } from './body-size'
import { buildConformanceContext, type ConformanceContext } from './conformance-context'
import { checkDocNumber } from './doc-number'
import { readDocxPackage } from './docx-package'
import { checkImprint } from './imprint'
import { checkLineGrid } from './line-grid'
import { checkPageMargins } from './page-margins'
import { checkPageNumbers } from './page-numbers'
import { checkPageSize } from './page-size'

const checks: Readonly<Record<FormatCheckId, (context: ConformanceContext) => FormatCheck>> = {
  'page-size': checkPageSize,
  'page-margins': checkPageMargins,
  'line-grid': checkLineGrid,
  'body-font': checkBodyFont,
  'body-size': checkBodySize,
  'doc-number': checkDocNumber,
  'page-numbers': checkPageNumbers,
  imprint: checkImprint,
}

export function checkConformance(bytes: Uint8Array, name: string): Result<FormatConformance, AppError> {
  const pkg = readDocxPackage(bytes, name)
  if (!pkg.ok) return err(pkg.error)
  const context = buildConformanceContext(pkg.value)
  return ok(formatConformance(formatCheckIds.map((id) => checks[id](context))))
}
