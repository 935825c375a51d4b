// A question asked in the app's own dialog (ModalDialog), answered with a promise: Chinese buttons in
// browser mode and on the desktop alike, and no native window.confirm blocking the page while it waits.
import { useCallback, useRef, useState, type ReactNode } from 'react'
import { ModalDialog } from './modal-dialog'

export interface ConfirmRequest {
  readonly title: string
  readonly message: string
  /** The button that goes ahead, e.g. 恢复, 丢弃. */
  readonly confirmLabel: string
  /** @default '取消' */
  readonly cancelLabel?: string
}

/** The dialog to render (null while nothing is asked) and `ask`, which resolves true on the confirm button. */
export function useConfirm(): readonly [ReactNode, (request: ConfirmRequest) => Promise<boolean>] {
  const [request, setRequest] = useState<ConfirmRequest | null>(null)
  const answer = useRef<((confirmed: boolean) => void) | null>(null)

  const ask = useCallback((next: ConfirmRequest): Promise<boolean> => {
    // A second question replaces a first one left open: the first counts as cancelled.
    answer.current?.(false)
    setRequest(next)
    return new Promise((resolve) => {
      answer.current = resolve
    })
  }, [])

  const close = (confirmed: boolean): void => {
    answer.current?.(confirmed)
    answer.current = null
    setRequest(null)
  }

  const dialog =
    request === null ? null : (
      <ModalDialog title={request.title} onSubmit={() => close(true)} onCancel={() => close(false)}>
        <p className="dialog-hint">{request.message}</p>
        <div className="dialog-actions">
          <button type="button" onClick={() => close(false)} autoFocus>
            {request.cancelLabel ?? '取消'}
          </button>
          <button type="submit" className="primary">
            {request.confirmLabel}
          </button>
        </div>
      </ModalDialog>
    )
  return [dialog, ask] as const
}
