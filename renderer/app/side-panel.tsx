// Right-hand panel: writing guidance for the part under the cursor and the live completeness check.
import { useState, type ReactNode } from 'react'

type Tab = 'guidance' | 'check'

export function SidePanel(): ReactNode {
  const [tab, setTab] = useState<Tab>('guidance')
  return (
    <aside className="side-panel" aria-label="写作指引与检查">
      <div className="tabs" role="tablist">
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'guidance'}
          onClick={() => setTab('guidance')}
        >
          写作指引
        </button>
        <button type="button" role="tab" aria-selected={tab === 'check'} onClick={() => setTab('check')}>
          完整性检查
        </button>
      </div>
      <div className="tab-body" role="tabpanel">
        {tab === 'guidance' ? (
          <p className="panel-empty">将光标放在报告的某一部分，这里显示该部分应写的内容、必报事项和示例。</p>
        ) : (
          <p className="panel-empty">这里列出缺少的部分、必报事项和需要修改的写法，点击可跳转到对应位置。</p>
        )}
      </div>
    </aside>
  )
}
