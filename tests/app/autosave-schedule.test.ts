// When the next autosave is due: 3 s after the last change, but never later than 30 s after the first
// change not yet stored.
import { describe, expect, it } from 'vitest'
import { autosaveDelay, defaultAutosaveTiming } from '../../renderer/app/autosave-schedule'

describe('autosaveDelay', () => {
  const cases = [
    { name: 'a first change waits for a pause', now: 0, first: 0, expected: 3000 },
    { name: 'a change 10 s in still waits for a pause', now: 10_000, first: 0, expected: 3000 },
    { name: 'a change 28 s in waits only until 30 s', now: 28_000, first: 0, expected: 2000 },
    { name: 'a change 27 s in waits the full pause, due at 30 s', now: 27_000, first: 0, expected: 3000 },
    { name: 'a change at 30 s is due at once', now: 30_000, first: 0, expected: 0 },
    {
      name: 'a timer late past the limit is due at once, never negative',
      now: 45_000,
      first: 0,
      expected: 0,
    },
    { name: 'counted from the first pending change', now: 105_000, first: 100_000, expected: 3000 },
  ]
  it.each(cases)('$name', ({ now, first, expected }) => {
    expect(autosaveDelay(now, first, defaultAutosaveTiming)).toBe(expected)
  })

  it('keeps the default limits: 3 s pause, 30 s at most', () => {
    expect(defaultAutosaveTiming).toEqual({ idleMs: 3000, maxWaitMs: 30_000 })
  })
})
