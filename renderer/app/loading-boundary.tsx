// What a part of the app loaded on demand (the editor, review mode, the print preview) shows meanwhile:
// a short 正在加载… in the space the part will take, or, when its file could not be loaded (a damaged
// installation, a browser tab whose server went away), a Chinese message instead of a blank window.
import { Component, Suspense, type ReactNode } from 'react'
import './loading-boundary.css'

interface LoadingBoundaryProps {
  /** Names the part in the messages: 编辑器, 审阅模式, 打印预览. */
  readonly part: string
  /** Class of the placeholder, so it takes the place of the part while loading and does not shift the page. */
  readonly className?: string
  readonly children: ReactNode
}

interface FailureState {
  readonly failed: boolean
}

class LoadFailure extends Component<LoadingBoundaryProps, FailureState> {
  override state: FailureState = { failed: false }

  static getDerivedStateFromError(): FailureState {
    return { failed: true }
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children
    return <LoadFailed part={this.props.part} className={this.props.className} />
  }
}

type PlaceholderProps = Omit<LoadingBoundaryProps, 'children'>

/** 正在加载…, in the place of a part still loading. */
export function Loading({ part, className }: PlaceholderProps): ReactNode {
  return (
    <div className={`loading-part ${className ?? ''}`} aria-busy="true">
      正在加载{part}…
    </div>
  )
}

/** The message in the place of a part whose file could not be loaded. */
export function LoadFailed({ part, className }: PlaceholderProps): ReactNode {
  return (
    <div className={`loading-part ${className ?? ''}`} role="alert">
      {part}加载失败，请关闭后重新打开本程序；已保存的报告和自动保存的草稿不受影响。
    </div>
  )
}

export function LoadingBoundary({ part, className, children }: LoadingBoundaryProps): ReactNode {
  return (
    <LoadFailure part={part} className={className}>
      <Suspense fallback={<Loading part={part} className={className} />}>{children}</Suspense>
    </LoadFailure>
  )
}
