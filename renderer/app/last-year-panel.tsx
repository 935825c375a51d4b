// 去年对照: last year's text of the part under the cursor, beside this year's draft.
import type { ReactNode } from 'react'
import type { Report } from '../core/report'
import { lastYearPartText } from '../core/rollover/last-year-reference'

export interface LastYearPanelProps {
  readonly report: Report
  readonly partId: string | null
}

export function LastYearPanel({ report, partId }: LastYearPanelProps): ReactNode {
  const lastYear = report.meta.lastYear
  if (lastYear === undefined)
    return <p className="panel-empty">从去年的报告开始起草时，这里对照显示去年同一部分的原文。</p>
  const part = lastYearPartText(report, partId)
  return (
    <section className="last-year" aria-label="去年对照">
      <p className="guidance-items-label">
        {lastYear.title ?? `${String(lastYear.reportYear ?? '')}年度报告`}
      </p>
      {lastYear.trimmed?.map((reason) => (
        <p key={reason} className="panel-empty">
          {reason}
        </p>
      ))}
      {part === null ? (
        <p className="panel-empty">去年的报告没有这一部分。</p>
      ) : (
        <>
          {part.heading !== null && <h3>{part.heading}</h3>}
          <div className="last-year-text">
            {part.text.split('\n').map((line, index) => (
              <p key={index}>{line}</p>
            ))}
          </div>
        </>
      )}
    </section>
  )
}
