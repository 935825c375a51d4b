// The preload exposes exactly the Bridge, one named function per method, and never ipcRenderer itself.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { channels } from '../../renderer/bridge/channels'

const exposed: Record<string, unknown> = {}
const invoke = vi.fn((channel: string, ...args: unknown[]) =>
  Promise.resolve({ ok: true, value: { channel, args } }),
)
const on = vi.fn()
const removeListener = vi.fn()

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: { invoke, on, removeListener },
}))

const bridgeMethods = Object.keys(channels).filter(
  (key) => !['menuCommand', 'fileOpened', 'flushAutosave', 'autosaveFlushed'].includes(key),
)

describe('preload', () => {
  beforeEach(async () => {
    await import('../../electron/preload/index')
  })

  it('exposes one object, "bridge", and no raw IPC', () => {
    expect(Object.keys(exposed)).toEqual(['bridge'])
    const bridge = exposed['bridge'] as Record<string, unknown>
    expect(Object.keys(bridge).sort()).toEqual(
      [...bridgeMethods, 'onFileOpened', 'onFlushRequest', 'onMenuCommand', 'platform'].sort(),
    )
    for (const value of Object.values(bridge)) expect(value).not.toBe(invoke)
    expect(JSON.stringify(Object.keys(bridge))).not.toMatch(/ipc|send|invoke/i)
  })

  it('sends each method over its own channel with its arguments', async () => {
    const bridge = exposed['bridge'] as Record<string, (...args: unknown[]) => Promise<unknown>>
    for (const method of bridgeMethods) {
      invoke.mockClear()
      await bridge[method]!('argument')
      const channel = channels[method as keyof typeof channels]
      expect(invoke).toHaveBeenCalledTimes(1)
      expect(invoke.mock.calls[0]![0]).toBe(channel)
    }
  })

  it('subscribes to menu commands and unsubscribes the same handler', () => {
    const bridge = exposed['bridge'] as { onMenuCommand(listener: (command: string) => void): () => void }
    const received: string[] = []
    const off = bridge.onMenuCommand((command) => received.push(command))
    const [channel, handler] = on.mock.calls.at(-1) as [string, (event: unknown, payload: string) => void]
    expect(channel).toBe(channels.menuCommand)
    handler({}, 'save')
    expect(received).toEqual(['save'])
    off()
    expect(removeListener).toHaveBeenCalledWith(channels.menuCommand, handler)
  })

  it('answers a flush request only once the page has stored its draft', async () => {
    const bridge = exposed['bridge'] as { onFlushRequest(listener: () => Promise<void>): () => void }
    let storeDone: () => void = () => undefined
    const off = bridge.onFlushRequest(() => new Promise<void>((resolve) => (storeDone = resolve)))
    const [channel, handler] = on.mock.calls.at(-1) as [string, (event: unknown, payload: null) => void]
    expect(channel).toBe(channels.flushAutosave)
    invoke.mockClear()
    handler({}, null)
    await Promise.resolve()
    expect(invoke).not.toHaveBeenCalled()
    storeDone()
    await vi.waitFor(() => expect(invoke).toHaveBeenCalledWith(channels.autosaveFlushed))
    off()
    expect(removeListener).toHaveBeenCalledWith(channels.flushAutosave, handler)
  })
})
