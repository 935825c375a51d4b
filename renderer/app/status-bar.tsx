import type { ReactNode } from 'react'

export interface StatusBarProps {
  readonly documentName: string
  readonly dirty: boolean
  readonly message: string
  readonly checkSummary: string | null
  readonly platform: 'electron' | 'browser'
}

export function StatusBar({
  documentName,
  dirty,
  message,
  checkSummary,
  platform,
}: StatusBarProps): ReactNode {
  return (
    <footer className="status-bar" role="status" aria-live="polite">
      <span className="status-document">
        {documentName}
        {dirty ? '（未保存）' : ''}
      </span>
      <span className="status-message" data-testid="status-message">
        {message}
      </span>
      {checkSummary !== null && (
        <span className="status-check" data-testid="status-check">
          {checkSummary}
        </span>
      )}
      <span className="status-mode">{platform === 'electron' ? '桌面版 · 离线' : '浏览器模式 · 离线'}</span>
    </footer>
  )
}
