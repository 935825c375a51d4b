// Main's wait for the page to store its autosave before the window closes: over when the page answers,
// and over anyway after the cap, so a stuck page never keeps the window open.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createFlushBeforeClose, flushWaitMs } from '../../electron/main/flush-before-close'

describe('createFlushBeforeClose', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('asks the page and settles when it answers', async () => {
    let asked = 0
    const flush = createFlushBeforeClose(() => (asked += 1))
    let settled = false
    void flush.request().then(() => (settled = true))
    expect(asked).toBe(1)
    await vi.advanceTimersByTimeAsync(100)
    expect(settled).toBe(false)
    flush.done()
    await vi.advanceTimersByTimeAsync(0)
    expect(settled).toBe(true)
  })

  it('settles after the cap when the page never answers', async () => {
    const flush = createFlushBeforeClose(() => undefined)
    let settled = false
    void flush.request().then(() => (settled = true))
    await vi.advanceTimersByTimeAsync(flushWaitMs - 1)
    expect(settled).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(settled).toBe(true)
    // A late answer is harmless.
    flush.done()
  })
})
