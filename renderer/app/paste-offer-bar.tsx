// The bar over the page that offers 识别为整篇报告 after a whole report was pasted, and 撤销 once it was done.
import type { ReactNode } from 'react'
import type { WholeReportPaste } from './use-whole-report-paste'

export function PasteOfferBar({ paste }: { readonly paste: WholeReportPaste }): ReactNode {
  const { offer, applied } = paste
  if (offer !== null)
    return (
      <div className="paste-offer" role="status" aria-label="识别整篇报告">
        <span>
          粘贴的内容像一整篇报告（识别到{offer.found.join('、')}）。识别后公文信息和各部分会分别填好。
        </span>
        <button type="button" className="primary" onClick={paste.accept}>
          识别为整篇报告
        </button>
        <button type="button" onClick={paste.dismiss}>
          保持原样
        </button>
      </div>
    )
  if (applied !== null)
    return (
      <div className="paste-offer" role="status" aria-label="识别整篇报告">
        <span>已识别为整篇报告：{applied.found.join('、')}已分别填入。</span>
        <button type="button" onClick={paste.undo}>
          撤销
        </button>
        <button type="button" onClick={paste.dismiss}>
          关闭
        </button>
      </div>
    )
  return null
}
