// Right-hand panel: writing guidance, the live completeness check and the document's metadata.
import { useState, type ReactNode } from 'react'

export type SideTab = 'guidance' | 'check' | 'lastYear' | 'meta'

const tabs: readonly { id: SideTab; label: string }[] = [
  { id: 'guidance', label: '写作指引' },
  { id: 'check', label: '完整性检查' },
  { id: 'lastYear', label: '去年对照' },
  { id: 'meta', label: '公文信息' },
]

export interface SidePanelProps {
  readonly guidance: ReactNode
  readonly check: ReactNode
  readonly lastYear: ReactNode
  readonly meta: ReactNode
}

export function SidePanel(props: SidePanelProps): ReactNode {
  const [tab, setTab] = useState<SideTab>('guidance')
  return (
    <aside className="side-panel" aria-label="写作指引与检查">
      <div className="tabs" role="tablist">
        {tabs.map(({ id, label }) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} onClick={() => setTab(id)}>
            {label}
          </button>
        ))}
      </div>
      <div className="tab-body" role="tabpanel">
        {props[tab]}
      </div>
    </aside>
  )
}
