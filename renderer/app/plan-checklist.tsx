// 去年计划 → 今年落实: last year's plans, each ticked once this year's text speaks to it; a click on a
// covered plan jumps to where it is written.
import type { ReactNode } from 'react'
import type { PlanCoverage } from '../core/rollover/plan-coverage'

export interface PlanChecklistProps {
  readonly coverage: readonly PlanCoverage[]
  readonly lastYear: number | null
  readonly onJump: (line: number) => void
  /** An open plan, clicked: a sentence about it with a field to fill, where the cursor is. */
  readonly onInsert: (text: string) => void
}

export function PlanChecklist({ coverage, lastYear, onJump, onInsert }: PlanChecklistProps): ReactNode {
  if (coverage.length === 0) return null
  const done = coverage.filter((entry) => entry.covered).length
  return (
    <section className="plan-checklist" aria-label="去年计划落实情况">
      <p className="guidance-items-label">
        {lastYear === null ? '去年' : `${String(lastYear)}年报告`}的工作安排：已写落实情况 {done}/
        {coverage.length} 项
      </p>
      <ul>
        {coverage.map((entry) => (
          <li key={entry.plan.text} className={entry.covered ? 'plan covered' : 'plan open'}>
            <button
              type="button"
              title={entry.covered ? '跳到写了落实情况的地方' : `点击插入句式：${entry.plan.detail}`}
              onClick={() =>
                entry.covered && entry.line !== null
                  ? onJump(entry.line)
                  : onInsert(`${entry.plan.text}方面，【　】。`)
              }
            >
              <span className="plan-mark">{entry.covered ? '✓' : '○'}</span>
              <span>
                去年计划：{entry.plan.text}
                {entry.covered ? '' : ' — 今年落实情况写了吗？'}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
