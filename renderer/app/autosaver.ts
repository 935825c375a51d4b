// Autosave: a few seconds after the last change, and at once when the window loses focus, the whole
// report goes to the app's data folder (IndexedDB in browser mode). Driven by the editor's change
// callback with plain timers, so typing never re-renders React for it.
import type { AutosaveDraft, Bridge } from '../bridge/bridge'

export const autosaveIdleMs = 3000

export interface Autosaver {
  /** A change happened: save once the writer pauses. */
  touch(): void
  /** Save now if anything changed since the last autosave (window blur, before closing). */
  flush(): void
  /** The document was saved or discarded: nothing to recover any more. */
  clear(): void
  dispose(): void
}

export function createAutosaver(
  bridge: Bridge,
  snapshot: () => AutosaveDraft | null,
  onError: (message: string) => void,
): Autosaver {
  let timer: number | undefined
  let pending = false
  const flush = (): void => {
    window.clearTimeout(timer)
    if (!pending) return
    const draft = snapshot()
    pending = false
    if (draft === null) return
    void bridge.storeAutosave(draft).then((result) => {
      if (!result.ok) onError(result.error.message)
    })
  }
  window.addEventListener('blur', flush)
  return {
    touch() {
      pending = true
      window.clearTimeout(timer)
      timer = window.setTimeout(flush, autosaveIdleMs)
    },
    flush,
    clear() {
      pending = false
      window.clearTimeout(timer)
      void bridge.clearAutosave()
    },
    dispose() {
      window.clearTimeout(timer)
      window.removeEventListener('blur', flush)
    },
  }
}
