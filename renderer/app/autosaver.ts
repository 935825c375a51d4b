// Autosave: the whole report goes to its slot in the app's data folder (IndexedDB in browser mode) 3 s after
// the writer pauses, and at the latest 30 s after the first change not yet saved, however steadily the
// writing goes on (autosave-schedule.ts). flush() stores at once: the window hides, loses focus or closes.
// Driven by the editor's change callback with plain timers, so typing never re-renders React for it; no DOM
// here (use-autosave.ts listens to the page), so the timing is tested in Node with fake timers.
import type { AutosaveDraft, Bridge } from '../bridge/bridge'
import { defaultAutosaveTiming, autosaveDelay, type AutosaveTiming } from './autosave-schedule'

export interface Autosaver {
  /** A change happened: save once the writer pauses, or when the longest wait is up. */
  touch(): void
  /**
   * Save now if anything changed since the last autosave. The store starts before this returns (pagehide);
   * the promise settles when it, and any store still under way, is done (main waits for that before closing).
   */
  flush(): Promise<void>
  /** The document in slot `id` was saved or discarded: forget pending changes, remove its draft. */
  clear(id: string): void
  dispose(): void
}

export interface AutosaverOptions {
  readonly bridge: Pick<Bridge, 'storeAutosave' | 'clearAutosave'>
  /** The draft as it stands now; null while no report is open. */
  readonly snapshot: () => AutosaveDraft | null
  readonly onError: (message: string) => void
  readonly timing?: AutosaveTiming
  readonly now?: () => number
}

export function createAutosaver({
  bridge,
  snapshot,
  onError,
  timing = defaultAutosaveTiming,
  now = Date.now,
}: AutosaverOptions): Autosaver {
  let timer: ReturnType<typeof setTimeout> | undefined
  /** When the oldest change not yet stored was made; null when nothing is pending. */
  let firstChangeAt: number | null = null
  let inFlight: Promise<void> = Promise.resolve()

  const flush = (): Promise<void> => {
    clearTimeout(timer)
    timer = undefined
    if (firstChangeAt === null) return inFlight
    firstChangeAt = null
    const draft = snapshot()
    if (draft === null) return inFlight
    const stored = bridge.storeAutosave(draft).then(
      (result) => {
        if (!result.ok) onError(result.error.message)
      },
      () => onError('自动保存失败，请及时手动保存。'),
    )
    const previous = inFlight
    inFlight = Promise.all([previous, stored]).then(() => undefined)
    return inFlight
  }

  return {
    touch() {
      const at = now()
      firstChangeAt ??= at
      clearTimeout(timer)
      timer = setTimeout(() => void flush(), autosaveDelay(at, firstChangeAt, timing))
    },
    flush,
    clear(id) {
      firstChangeAt = null
      clearTimeout(timer)
      timer = undefined
      void bridge.clearAutosave(id)
    },
    dispose() {
      clearTimeout(timer)
      timer = undefined
    },
  }
}
