// When the next autosave is due. A pause in typing is the natural moment (3 s of quiet), but a writer who
// never pauses must not go unsaved: a change waits at most 30 s, counted from the first change not yet saved.
// Pure arithmetic, so the schedule is tested with plain numbers and the autosaver only sets a timer.

/** Quiet time after the last change before its autosave. */
export const autosaveIdleMs = 3000

/** The longest a change waits for its autosave while typing goes on. */
export const autosaveMaxWaitMs = 30_000

export interface AutosaveTiming {
  readonly idleMs: number
  readonly maxWaitMs: number
}

export const defaultAutosaveTiming: AutosaveTiming = { idleMs: autosaveIdleMs, maxWaitMs: autosaveMaxWaitMs }

/**
 * Milliseconds from `now` until the autosave of the changes pending since `firstChangeAt` (the last of them
 * made `now`); 0 when it is due already.
 */
export function autosaveDelay(now: number, firstChangeAt: number, timing: AutosaveTiming): number {
  const idleDue = now + timing.idleMs
  const latestDue = firstChangeAt + timing.maxWaitMs
  return Math.max(0, Math.min(idleDue, latestDue) - now)
}
