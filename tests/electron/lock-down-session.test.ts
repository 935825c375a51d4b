// Zero network and no permissions in the desktop app.
import { describe, expect, it, vi } from 'vitest'

const appListeners: Record<string, (...args: unknown[]) => void> = {}
vi.mock('electron', () => ({
  app: { on: (name: string, listener: (...args: unknown[]) => void) => (appListeners[name] = listener) },
}))

describe('lockDownSession', () => {
  it('cancels every request that is not our own page and refuses every permission', async () => {
    const { lockDownSession, isAppUrl } = await import('../../electron/main/lock-down-session')
    let onRequest:
      ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | undefined
    let onPermission:
      ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined
    let onCheck: (() => boolean) | undefined
    let onDevice: (() => boolean) | undefined
    lockDownSession(
      {
        setPermissionRequestHandler: (handler: typeof onPermission) => (onPermission = handler),
        setPermissionCheckHandler: (handler: typeof onCheck) => (onCheck = handler),
        setDevicePermissionHandler: (handler: typeof onDevice) => (onDevice = handler),
        webRequest: { onBeforeRequest: (handler: typeof onRequest) => (onRequest = handler) },
      } as never,
      undefined,
    )
    const decide = (url: string): boolean => {
      let cancel = false
      onRequest!({ url }, (response) => (cancel = response.cancel))
      return cancel
    }
    expect(decide('file:///opt/fazhi/resources/app.asar/out/renderer/index.html')).toBe(false)
    expect(decide('https://fonts.googleapis.com/css?family=Noto')).toBe(true)
    expect(decide('http://127.0.0.1:5173/')).toBe(true)
    let granted = true
    onPermission!({}, 'geolocation', (answer) => (granted = answer))
    expect(granted).toBe(false)
    expect(onCheck!()).toBe(false)
    expect(onDevice!()).toBe(false)
    expect(isAppUrl('http://127.0.0.1:5173/src/main.tsx', 'http://127.0.0.1:5173')).toBe(true)
    expect(isAppUrl('http://127.0.0.1:9999/', 'http://127.0.0.1:5173')).toBe(false)

    const contentsEvents: Record<string, (event: { preventDefault(): void }, url?: string) => void> = {}
    let openHandler: (() => unknown) | undefined
    appListeners['web-contents-created']!(
      {},
      {
        on: (name: string, listener: (event: { preventDefault(): void }, url?: string) => void) =>
          (contentsEvents[name] = listener),
        setWindowOpenHandler: (handler: () => unknown) => (openHandler = handler),
        getURL: () => 'file:///app/index.html',
      },
    )
    const prevented = vi.fn()
    contentsEvents['will-navigate']!({ preventDefault: prevented }, 'https://example.com/')
    contentsEvents['will-attach-webview']!({ preventDefault: prevented })
    expect(prevented).toHaveBeenCalledTimes(2)
    expect(openHandler!()).toEqual({ action: 'deny' })
  })
})
