import type { ReactNode } from 'react'

export interface StatusBarProps {
  readonly documentName: string
  readonly dirty: boolean
  readonly message: string
  readonly platform: 'electron' | 'browser'
}

export function StatusBar({ documentName, dirty, message, platform }: StatusBarProps): ReactNode {
  return (
    <footer className="status-bar" role="status" aria-live="polite">
      <span className="status-document">
        {documentName}
        {dirty ? '（未保存）' : ''}
      </span>
      <span className="status-message" data-testid="status-message">
        {message}
      </span>
      <span className="status-mode">{platform === 'electron' ? '桌面版 · 离线' : '浏览器模式 · 离线'}</span>
    </footer>
  )
}
