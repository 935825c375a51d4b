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
      '/opt/fazhi/resources/app.asar/out/renderer',
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
    expect(decide('file:///home/user/Downloads/page.html')).toBe(true)
    expect(isAppUrl('http://127.0.0.1:5173/src/main.tsx', 'http://127.0.0.1:5173', '/app/out/renderer')).toBe(
      true,
    )
    expect(isAppUrl('http://127.0.0.1:9999/', 'http://127.0.0.1:5173', '/app/out/renderer')).toBe(false)

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

describe('isAppUrl: file:// URLs', () => {
  const bundle = '/opt/fazhi/resources/app.asar/out/renderer'
  it.each([
    ['file:///opt/fazhi/resources/app.asar/out/renderer/index.html', true],
    ['file:///opt/fazhi/resources/app.asar/out/renderer/assets/index-abc.js', true],
    ['file:///opt/fazhi/resources/app.asar/out/renderer/print-preview.html?page=2#top', true],
    ['file:///opt/fazhi/resources/app.asar/out/renderer', true],
    // Not ours: any other file, a sibling folder with a shared prefix, a way out through `..`.
    ['file:///home/user/Downloads/report.html', false],
    ['file:///opt/fazhi/resources/app.asar/out/renderer-evil/index.html', false],
    ['file:///opt/fazhi/resources/app.asar/out/renderer/../main/index.js', false],
    ['file:///opt/fazhi/resources/app.asar/out/renderer/%2e%2e/%2e%2e/secret.html', false],
    ['file:///opt/fazhi/resources/app.asar/out/renderer/..%2f..%2fsecret.html', false],
    ['file://attacker.example/share/index.html', false],
    ['https://example.com/', false],
  ])('%s → %s', async (url, trusted) => {
    const { isAppUrl } = await import('../../electron/main/lock-down-session')
    expect(isAppUrl(url, undefined, bundle)).toBe(trusted)
  })
})
