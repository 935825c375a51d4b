// The start screen's list of unsaved reports that autosave kept (after a crash, a closed tab, another
// window): each with its name and time, to recover or to discard. They stay until the writer does one or
// the other, or saves the report.
import type { ReactNode } from 'react'
import type { AutosaveSummary } from '../bridge/bridge'
import { draftTime } from './draft-time'

export interface DraftsListProps {
  readonly drafts: readonly AutosaveSummary[]
  readonly openElsewhere: (draft: AutosaveSummary) => boolean
  readonly onRecover: (draft: AutosaveSummary) => void
  readonly onDiscard: (draft: AutosaveSummary) => void
}

export function DraftsList({ drafts, openElsewhere, onRecover, onDiscard }: DraftsListProps): ReactNode {
  return (
    <section className="start-card drafts" aria-labelledby="start-drafts">
      <h2 id="start-drafts">未保存的报告</h2>
      <p className="panel-empty">自动保存的内容，恢复后请及时保存。</p>
      <ul className="drafts-list">
        {drafts.map((draft) => {
          const name = draft.name ?? '未命名报告'
          const title = draft.title?.trim() ?? ''
          return (
            <li key={draft.id} aria-label={title === '' ? name : title}>
              <span className="draft-name" title={draft.path ?? undefined}>
                {title === '' ? name : title}
              </span>
              <span className="draft-time">
                {title === '' ? '' : `${name} · `}自动保存于 {draftTime(draft.savedAt)}
              </span>
              {openElsewhere(draft) ? (
                <span className="draft-elsewhere">正在其他窗口中编辑</span>
              ) : (
                <>
                  <button type="button" className="primary" onClick={() => onRecover(draft)}>
                    恢复
                  </button>
                  <button type="button" onClick={() => onDiscard(draft)}>
                    丢弃
                  </button>
                </>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
