// State and actions of the 打印预览: open/close, and printing or saving a PDF of the sheets while they are
// on screen (the print stylesheet hides the app then). Errors come back as Results for the caller to show.
import { useCallback, useMemo, useState } from 'react'
import type { SavedFile } from '../../bridge/bridge'
import type { Result } from '../../core/result'
import { useBridge } from '../bridge-context'

export interface PrintPreviewControl {
  readonly open: boolean
  /** A print or PDF export is running. */
  readonly busy: boolean
  show(): void
  close(): void
  /** System print dialog (Electron) or the browser's. */
  print(): Promise<Result<null>>
  /** Electron: asks where to save and writes an A4 PDF; browser: the print dialog, whose 另存为 PDF does it. */
  exportPdf(suggestedName: string): Promise<Result<SavedFile | null>>
}

export function usePrintPreview(): PrintPreviewControl {
  const bridge = useBridge()
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const run = useCallback(async <T>(action: () => Promise<T>): Promise<T> => {
    setBusy(true)
    try {
      return await action()
    } finally {
      setBusy(false)
    }
  }, [])
  const show = useCallback(() => setOpen(true), [])
  const close = useCallback(() => setOpen(false), [])
  const print = useCallback(() => run(() => bridge.print()), [bridge, run])
  const exportPdf = useCallback(
    (suggestedName: string) => run(() => bridge.exportPdf({ suggestedName })),
    [bridge, run],
  )
  return useMemo(
    () => ({ open, busy, show, close, print, exportPdf }),
    [open, busy, show, close, print, exportPdf],
  )
}
