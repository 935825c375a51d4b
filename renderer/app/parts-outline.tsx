import type { ReactNode } from 'react'
import type { CheckResult } from '../core/check/check-report'
import type { Report } from '../core/report'
import type { Template } from '../core/template-schema'

export interface PartsOutlineProps {
  readonly report: Report
  readonly template: Template
  readonly result: CheckResult
  readonly onJump: (line: number) => void
}

const statusLabel = { present: '✓', merged: '并入其他部分', missing: '缺少' } as const

export function PartsOutline({ report, template, result, onJump }: PartsOutlineProps): ReactNode {
  return (
    <nav className="outline" aria-label="报告结构">
      <h2 className="panel-title">报告结构</h2>
      <ol className="outline-list">
        {report.parts.map((part, index) => (
          <li key={index} className={part.id === null ? 'outline-unknown' : undefined}>
            <button type="button" onClick={() => part.line !== null && onJump(part.line)}>
              {part.heading === null || part.heading === '' ? '（未命名部分）' : part.heading}
            </button>
          </li>
        ))}
      </ol>
      <h2 className="panel-title">模板要求</h2>
      <ul className="outline-status">
        {template.parts.map((part) => {
          const found = result.parts.find((candidate) => candidate.id === part.id)
          const status = found?.status ?? 'missing'
          const label = found?.empty === true ? '未写' : statusLabel[status]
          return (
            <li key={part.id} className={`part-status ${found?.empty === true ? 'missing' : status}`}>
              <span>{part.name}</span>
              <span>{status === 'missing' && !part.required ? '可选' : label}</span>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
