// The window's autosave: one autosaver for the window's life, flushed whenever the page may go away
// (pagehide, hidden, blur; in the desktop app also when main is about to close the window), and the list
// of recoverable drafts the start screen shows.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { AutosaveDraft, AutosaveSummary, Bridge } from '../bridge/bridge'
import { createAutosaver, type Autosaver } from './autosaver'
import { draftSlotId, randomId, slotWindow, windowLockName } from './draft-slot'

export interface AutosaveControls {
  /** This window's identity in slot ids: a new one per page load, so no two windows share a slot. */
  readonly windowId: string
  /** Recoverable drafts, newest first (this window's live one included; the caller filters it). */
  readonly drafts: readonly AutosaveSummary[] | null
  /** A draft another open window (tab) is writing: not to be recovered or discarded from here. */
  readonly openElsewhere: (draft: AutosaveSummary) => boolean
  readonly slotOf: (documentId: string) => string
  readonly touch: () => void
  readonly flush: () => Promise<void>
  readonly clear: (id: string) => void
  readonly refresh: () => void
}

export function useAutosave(
  bridge: Bridge,
  snapshot: (slotOf: (documentId: string) => string) => AutosaveDraft | null,
  onError: (message: string) => void,
): AutosaveControls {
  const [windowId] = useState(() => randomId((bytes) => crypto.getRandomValues(bytes), 8))
  const [drafts, setDrafts] = useState<readonly AutosaveSummary[] | null>(null)
  const [liveWindows, setLiveWindows] = useState<ReadonlySet<string>>(new Set())
  const saver = useRef<Autosaver | null>(null)
  const slotOf = useCallback((documentId: string) => draftSlotId(windowId, documentId), [windowId])

  // The autosaver outlives renders and reads the latest snapshot through the ref. Made anew with each
  // snapshot (every live-check sync), it lost its pending change and cleared its timer.
  const snapshotRef = useRef(() => snapshot(slotOf))
  const onErrorRef = useRef(onError)
  useEffect(() => {
    snapshotRef.current = () => snapshot(slotOf)
    onErrorRef.current = onError
  })

  useEffect(() => {
    const autosaver = createAutosaver({
      bridge,
      snapshot: () => snapshotRef.current(),
      onError: (message) => onErrorRef.current(message),
    })
    saver.current = autosaver
    // Each handler starts the store synchronously: on pagehide the page may be gone right after it returns.
    const flushNow = (): void => void autosaver.flush()
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') flushNow()
    }
    window.addEventListener('pagehide', flushNow)
    window.addEventListener('blur', flushNow)
    document.addEventListener('visibilitychange', onVisibility)
    const offFlush = bridge.onFlushRequest(() => autosaver.flush())
    return () => {
      window.removeEventListener('pagehide', flushNow)
      window.removeEventListener('blur', flushNow)
      document.removeEventListener('visibilitychange', onVisibility)
      offFlush()
      autosaver.dispose()
      saver.current = null
    }
  }, [bridge])

  // Held until the page goes away (the browser releases it then, even on a crash): while it is held, this
  // window's drafts are live, and another tab recovering or discarding one would pull it from under the writer.
  useEffect(() => {
    if (!('locks' in navigator)) return
    let release: () => void = () => undefined
    const held = new Promise<void>((resolve) => (release = resolve))
    navigator.locks.request(windowLockName(windowId), () => held).catch(() => undefined)
    return () => release()
  }, [windowId])

  const refresh = useCallback(() => {
    void bridge.listAutosaves().then((result) => {
      if (result.ok) setDrafts(result.value)
    })
    if ('locks' in navigator)
      void navigator.locks.query().then(
        (snapshot) => setLiveWindows(new Set((snapshot.held ?? []).flatMap((lock) => lock.name ?? []))),
        () => undefined,
      )
  }, [bridge])

  useEffect(refresh, [refresh])
  // Coming back to this window: another may have closed (its drafts free now) or written new ones.
  useEffect(() => {
    window.addEventListener('focus', refresh)
    return () => window.removeEventListener('focus', refresh)
  }, [refresh])

  const openElsewhere = useCallback(
    (draft: AutosaveSummary) => {
      const writer = slotWindow(draft.id)
      return writer !== null && writer !== windowId && liveWindows.has(windowLockName(writer))
    },
    [liveWindows, windowId],
  )

  return {
    windowId,
    drafts,
    openElsewhere,
    slotOf,
    touch: useCallback(() => saver.current?.touch(), []),
    flush: useCallback(() => saver.current?.flush() ?? Promise.resolve(), []),
    clear: useCallback((id: string) => saver.current?.clear(id), []),
    refresh,
  }
}
