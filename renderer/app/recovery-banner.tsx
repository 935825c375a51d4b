// Offered after a crash or a closed tab: the autosaved report, with when it was saved.
import type { ReactNode } from 'react'
import type { AutosaveDraft } from '../bridge/bridge'

function timeOf(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${String(date.getMonth() + 1)}月${String(date.getDate())}日 ${pad(date.getHours())}:${pad(date.getMinutes())}`
}

export interface RecoveryBannerProps {
  readonly draft: AutosaveDraft
  readonly onRecover: () => void
  readonly onDiscard: () => void
}

export function RecoveryBanner({ draft, onRecover, onDiscard }: RecoveryBannerProps): ReactNode {
  return (
    <div className="recovery-banner" role="alertdialog" aria-label="恢复未保存的报告">
      <span>
        发现上次未保存的报告“{draft.name ?? '未命名报告'}”（自动保存于 {timeOf(draft.savedAt)}），是否恢复？
      </span>
      <button type="button" className="primary" onClick={onRecover}>
        恢复
      </button>
      <button type="button" onClick={onDiscard}>
        放弃
      </button>
    </div>
  )
}
