import type { ReactNode } from 'react'
import type { Report } from '../core/report'

export function PartsOutline({ report }: { report: Report }): ReactNode {
  return (
    <nav className="outline" aria-label="报告结构">
      <h2 className="panel-title">报告结构</h2>
      {report.parts.length === 0 ? (
        <p className="panel-empty">新建或打开报告后，这里列出报告的各个部分，点击即可跳转。</p>
      ) : (
        <ol className="outline-list">
          {report.parts.map((part, index) => (
            <li key={index} className={part.id === null ? 'outline-unknown' : undefined}>
              {part.heading ?? '（开头部分）'}
            </li>
          ))}
        </ol>
      )}
    </nav>
  )
}
