// The two dates of the 公文信息 the date rules read alike: the 成文日期 under the 署名 and the 印发日期 in the 版记,
// each with the line it came from for the finding.
import type { Report } from '../report'

export interface MetaDate {
  readonly label: '成文日期' | '印发日期'
  readonly written: string | null
  readonly line: number | null
}

export function metaDates({ meta }: Report): MetaDate[] {
  return [
    { label: '成文日期', written: meta.dateText, line: meta.source?.lines.dateText ?? null },
    { label: '印发日期', written: meta.printedDateText, line: meta.source?.lines.printedDateText ?? null },
  ]
}
