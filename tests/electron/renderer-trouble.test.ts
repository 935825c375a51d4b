// A crashed or hung page: the Chinese question, what each answer does, the log line, and the wiring
// (watch-renderer.ts) against a fake window: log in userData, one question at a time, reload or quit.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  troubleAction,
  troubleDialog,
  troubleLogLine,
  type RendererTrouble,
  type TroubleDialog,
} from '../../electron/main/renderer-trouble'
import { watchRenderer, type WatchedWindow } from '../../electron/main/watch-renderer'

const crashed: RendererTrouble = { kind: 'gone', reason: 'crashed', exitCode: 139 }
const hung: RendererTrouble = { kind: 'unresponsive' }
const chinese = /[\u4e00-\u9fff]/

describe('troubleDialog and troubleAction', () => {
  it.each([
    'crashed',
    'oom',
    'killed',
    'abnormal-exit',
    'launch-failed',
    'integrity-failure',
    'memory-eviction',
    'new-reason',
  ])('a page gone (%s) offers to reload with the draft, or quit', (reason) => {
    const trouble: RendererTrouble = { kind: 'gone', reason, exitCode: 1 }
    const dialog = troubleDialog(trouble, 1)!
    expect(dialog.message).toMatch(/^法治年报的页面意外退出（[\u4e00-\u9fff，]+）。$/)
    expect(dialog.detail).toContain('自动保存的草稿')
    expect(dialog.buttons).toEqual(['重新载入并恢复草稿', '退出'])
    expect(troubleAction(trouble, dialog.defaultId)).toBe('reload')
    expect(troubleAction(trouble, dialog.cancelId)).toBe('quit')
  })

  it('says nothing when the page closed normally', () => {
    expect(troubleDialog({ kind: 'gone', reason: 'clean-exit', exitCode: 0 }, 1)).toBeNull()
  })

  it('a hung page: waiting is the default, reloading restores the draft', () => {
    const dialog = troubleDialog(hung, 0)!
    expect(dialog.message).toMatch(chinese)
    expect(dialog.buttons[dialog.defaultId]).toBe('继续等待')
    expect(troubleAction(hung, dialog.defaultId)).toBe('wait')
    expect(troubleAction(hung, dialog.buttons.indexOf('重新载入并恢复草稿'))).toBe('reload')
  })

  it('tells the clerk when the page keeps dying', () => {
    expect(troubleDialog(crashed, 1)!.detail).not.toContain('多次')
    expect(troubleDialog(crashed, 3)!.detail).toContain('多次意外退出')
  })

  it('logs one line with the time, the reason and the exit code', () => {
    expect(troubleLogLine(crashed, '2025-03-01T08:00:00.000Z')).toBe(
      '2025-03-01T08:00:00.000Z render-process-gone reason=crashed exitCode=139\n',
    )
    expect(troubleLogLine(hung, '2025-03-01T08:00:00.000Z')).toBe('2025-03-01T08:00:00.000Z unresponsive\n')
  })
})

function fakeWindow() {
  const listeners: Record<string, (...args: unknown[]) => void> = {}
  let reloads = 0
  const window: WatchedWindow = {
    on: (event, listener) => (listeners[event] = listener),
    webContents: {
      on: (event, listener) => (listeners[event] = listener as (...args: unknown[]) => void),
      reload: () => void (reloads += 1),
    },
  }
  return {
    window,
    gone: (reason: string) => listeners['render-process-gone']!({}, { reason, exitCode: 139 }),
    hang: () => listeners['unresponsive']!(),
    reloads: () => reloads,
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50))

describe('watchRenderer', () => {
  it('logs to userData, asks, and reloads or quits as answered', async () => {
    const logFile = join(mkdtempSync(join(tmpdir(), 'fznb-trouble-')), 'logs', 'renderer.log')
    const fake = fakeWindow()
    const asked: TroubleDialog[] = []
    const answers = [0, 1]
    let quits = 0
    watchRenderer(fake.window, {
      logFile,
      ask: (dialog) => {
        asked.push(dialog)
        return Promise.resolve(answers.shift() ?? 0)
      },
      quit: () => void (quits += 1),
      now: () => new Date('2025-03-01T08:00:00.000Z'),
    })
    fake.gone('crashed')
    await settle()
    expect(fake.reloads()).toBe(1)
    fake.gone('oom')
    await settle()
    expect(quits).toBe(1)
    fake.gone('clean-exit')
    await settle()
    expect(asked).toHaveLength(2)
    expect(readFileSync(logFile, 'utf8').split('\n').filter(Boolean)).toEqual([
      '2025-03-01T08:00:00.000Z render-process-gone reason=crashed exitCode=139',
      '2025-03-01T08:00:00.000Z render-process-gone reason=oom exitCode=139',
      '2025-03-01T08:00:00.000Z render-process-gone reason=clean-exit exitCode=139',
    ])
  })

  it('asks once while a hung page keeps reporting, and still gets the page back when the log cannot be written', async () => {
    const fake = fakeWindow()
    let answer: (response: number) => void = () => undefined
    let questions = 0
    watchRenderer(fake.window, {
      // A folder that cannot be created (a file is in the way): the log fails, the question does not.
      logFile: '/dev/null/logs/renderer.log',
      ask: () => {
        questions += 1
        return new Promise((resolve) => (answer = resolve))
      },
      quit: () => undefined,
      now: () => new Date(),
    })
    fake.hang()
    await settle()
    fake.hang()
    fake.hang()
    await settle()
    expect(questions).toBe(1)
    answer(1)
    await settle()
    expect(fake.reloads()).toBe(1)
  })
})
