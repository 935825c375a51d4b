// The autosaver's timing with fake timers: a pause stores once, steady typing stores every 30 s at least,
// flush stores at once (synchronously: pagehide), clear forgets what is pending.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AutosaveDraft } from '../../renderer/bridge/bridge'
import { createAutosaver, type Autosaver } from '../../renderer/app/autosaver'
import { ok, type Result } from '../../renderer/core/result'

describe('createAutosaver', () => {
  let stored: AutosaveDraft[]
  let cleared: string[]
  let text: string
  let saver: Autosaver
  let answer: Result<null>
  let errors: string[]

  beforeEach(() => {
    vi.useFakeTimers()
    stored = []
    cleared = []
    errors = []
    text = ''
    answer = ok(null)
    saver = createAutosaver({
      bridge: {
        storeAutosave: (draft) => {
          stored.push(draft)
          return Promise.resolve(answer)
        },
        clearAutosave: (id) => {
          cleared.push(id)
          return Promise.resolve(ok(null))
        },
      },
      snapshot: () => ({
        id: 'w1-slot',
        documentId: 'new-1',
        content: text,
        title: null,
        name: null,
        path: null,
        savedAt: new Date(Date.now()).toISOString(),
      }),
      onError: (message) => errors.push(message),
    })
  })

  afterEach(() => {
    saver.dispose()
    vi.useRealTimers()
  })

  const type = (more: string): void => {
    text += more
    saver.touch()
  }

  it('stores once, 3 s after the last change', () => {
    type('一')
    vi.advanceTimersByTime(2000)
    type('二')
    vi.advanceTimersByTime(2999)
    expect(stored).toEqual([])
    vi.advanceTimersByTime(1)
    expect(stored.map((draft) => draft.content)).toEqual(['一二'])
    vi.advanceTimersByTime(60_000)
    expect(stored).toHaveLength(1)
  })

  it('stores at least every 30 s while changes never pause for 3 s', () => {
    for (let second = 0; second < 65; second += 1) {
      type(String(second % 10))
      vi.advanceTimersByTime(1000)
    }
    // Due at 30 s and 60 s after the first change of each round; typing went on the whole time.
    expect(stored).toHaveLength(2)
    expect(stored[0]?.content).toHaveLength(30)
    expect(stored[1]?.content).toHaveLength(60)
  })

  it('flush stores at once, before it returns, and only what changed', async () => {
    await saver.flush()
    expect(stored).toEqual([])
    type('关闭前')
    void saver.flush()
    expect(stored.map((draft) => draft.content)).toEqual(['关闭前'])
    vi.advanceTimersByTime(10_000)
    expect(stored).toHaveLength(1)
  })

  it('flush settles once the store has answered', async () => {
    let release: () => void = () => undefined
    const slow = createAutosaver({
      bridge: {
        storeAutosave: () =>
          new Promise((resolve) => {
            release = () => resolve(ok(null))
          }),
        clearAutosave: () => Promise.resolve(ok(null)),
      },
      snapshot: () => ({
        id: 'w1-slot',
        documentId: 'new-1',
        content: 'x',
        title: null,
        name: null,
        path: null,
        savedAt: '',
      }),
      onError: () => undefined,
    })
    slow.touch()
    let settled = false
    void slow.flush().then(() => (settled = true))
    await Promise.resolve()
    expect(settled).toBe(false)
    release()
    await vi.waitFor(() => expect(settled).toBe(true))
    slow.dispose()
  })

  it('clear forgets the pending change and removes the slot', () => {
    type('已保存')
    saver.clear('w1-slot')
    vi.advanceTimersByTime(60_000)
    expect(stored).toEqual([])
    expect(cleared).toEqual(['w1-slot'])
  })

  it('says so when the store fails, and stores the next change again', async () => {
    answer = { ok: false, error: { code: 'disk-full', message: '磁盘空间不足' } }
    type('一')
    await saver.flush()
    expect(errors).toEqual(['磁盘空间不足'])
    answer = ok(null)
    type('二')
    vi.advanceTimersByTime(3000)
    expect(stored.map((draft) => draft.content)).toEqual(['一', '一二'])
  })
})
