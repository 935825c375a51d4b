// Zero network and no browser powers: the app is offline by design, so anything that is not our own
// page (the built renderer inside the app, or the dev server while developing) is cancelled, and every
// permission is refused.
import { isAbsolute, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, type Session } from 'electron'

/**
 * Whether `path` is `folder` or lies inside it. path.relative follows the platform: on Windows it
 * ignores case and accepts either slash, as the file system does.
 */
function isInside(folder: string, path: string): boolean {
  const rest = relative(folder, path)
  return rest === '' || (!rest.startsWith('..') && !isAbsolute(rest))
}

/**
 * `rendererDir`: the built renderer (out/renderer, inside app.asar when packaged). Any file:// URL used
 * to pass, so a page or a frame loaded from a downloaded .html file would have been trusted as ours
 * and could call the Bridge. Only files of our own bundle are ours; `..` segments and encoded
 * slashes are resolved (or refused) before the comparison.
 */
export function isAppUrl(url: string, devUrl: string | undefined, rendererDir: string): boolean {
  if (url.startsWith('devtools://') || url.startsWith('data:') || url.startsWith('blob:')) return true
  if (url.startsWith('file:')) {
    try {
      return isInside(rendererDir, fileURLToPath(new URL(url)))
    } catch {
      // A host (file://server/share) or an encoded slash: not our bundle.
      return false
    }
  }
  return devUrl !== undefined && url.startsWith(new URL(devUrl).origin)
}

export function lockDownSession(session: Session, devUrl: string | undefined, rendererDir: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  // WebUSB/WebHID/Web Serial go through their own handler, not the permission handlers above.
  session.setDevicePermissionHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAppUrl(details.url, devUrl, rendererDir) }),
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
