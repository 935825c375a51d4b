// Offered at start-up after a crash or a closed tab: the newest autosaved report, with when it was saved.
// 稍后 only hides the banner: every draft stays on the start screen until it is recovered or discarded.
import type { ReactNode } from 'react'
import type { AutosaveSummary } from '../bridge/bridge'
import { draftTime } from './draft-time'

export interface RecoveryBannerProps {
  readonly draft: AutosaveSummary
  /** How many other drafts the start screen lists. */
  readonly others: number
  readonly onRecover: () => void
  readonly onLater: () => void
}

export function RecoveryBanner({ draft, others, onRecover, onLater }: RecoveryBannerProps): ReactNode {
  return (
    <div className="recovery-banner" role="alertdialog" aria-label="恢复未保存的报告">
      <span>
        发现上次未保存的报告“{draft.name ?? '未命名报告'}”（自动保存于 {draftTime(draft.savedAt)}
        ），是否恢复？
        {others > 0 && `另有 ${String(others)} 份未保存的报告列在开始页。`}
      </span>
      <button type="button" className="primary" onClick={onRecover}>
        恢复
      </button>
      <button type="button" onClick={onLater}>
        稍后
      </button>
    </div>
  )
}
