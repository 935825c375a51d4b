// 写作指引: for the part under the cursor, what to cover, a short example, and its required items with
// live status; clicking an item inserts a sentence with the figures to fill in.
import type { ReactNode } from 'react'
import type { CheckResult } from '../core/check/check-report'
import { itemSkeleton } from '../core/item-skeleton'
import { withYears } from '../core/standard-heading'
import type { Template, TemplateItem } from '../core/template-schema'

export interface GuidancePanelProps {
  readonly template: Template
  readonly partId: string | null
  /** The report's year, which the examples are written for ({year}, {nextYear}). */
  readonly reportYear: number | null
  readonly result: CheckResult
  readonly onInsert: (text: string) => void
  /** Part-specific extras, e.g. last year's plans for the measures part. */
  readonly children?: ReactNode
}

function itemState(item: TemplateItem, result: CheckResult): { label: string; className: string } {
  const status = result.items.find((candidate) => candidate.id === item.id)
  if (status === undefined || status.status === 'missing') return { label: '未写', className: 'missing' }
  if (status.figures === false) return { label: '缺数字', className: 'no-figures' }
  return { label: '已写', className: 'covered' }
}

export function GuidancePanel({
  template,
  partId,
  reportYear,
  result,
  onInsert,
  children,
}: GuidancePanelProps): ReactNode {
  const part = template.parts.find((candidate) => candidate.id === partId)
  if (part === undefined)
    return <p className="panel-empty">将光标放在报告的某一部分，这里显示该部分应写的内容、必报事项和示例。</p>
  const items = template.items.filter((item) => item.part === part.id)
  return (
    <section className="guidance" aria-label={`写作指引：${part.name}`}>
      <h3>{part.name}</h3>
      <ul className="guidance-cover">
        {part.guidance.cover.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      <p className="guidance-example-label">示例</p>
      <blockquote className="guidance-example">{withYears(part.guidance.example, reportYear)}</blockquote>
      {children}
      {items.length > 0 && (
        <>
          <p className="guidance-items-label">必报事项（点击插入句式）</p>
          <ul className="guidance-items">
            {items.map((item) => {
              const state = itemState(item, result)
              return (
                <li key={item.id}>
                  <button
                    type="button"
                    className={`item-button ${state.className}`}
                    title={itemSkeleton(item)}
                    onClick={() => onInsert(itemSkeleton(item))}
                  >
                    <span className="item-name">{item.name}</span>
                    <span className="item-state">{state.label}</span>
                  </button>
                </li>
              )
            })}
          </ul>
        </>
      )}
    </section>
  )
}
