// Zero network and no browser powers: the app is offline by design, so anything that is not our own
// page (file://, or the dev server while developing) is cancelled, and every permission is refused.
import { app, type Session } from 'electron'

export function isAppUrl(url: string, devUrl: string | undefined): boolean {
  if (
    url.startsWith('file://') ||
    url.startsWith('devtools://') ||
    url.startsWith('data:') ||
    url.startsWith('blob:')
  )
    return true
  return devUrl !== undefined && url.startsWith(new URL(devUrl).origin)
}

export function lockDownSession(session: Session, devUrl: string | undefined): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  // WebUSB/WebHID/Web Serial go through their own handler, not the permission handlers above.
  session.setDevicePermissionHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAppUrl(details.url, devUrl) }),
  )
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (url !== contents.getURL()) event.preventDefault()
    })
    contents.on('will-redirect', (event) => event.preventDefault())
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
}
