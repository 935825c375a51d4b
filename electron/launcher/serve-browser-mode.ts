// Browser mode as the desktop app's stand-in: the same renderer, built once, served on 127.0.0.1 by Vite's
// static preview server, opened in the default browser. Runs until Ctrl+C.
import { join } from 'node:path'
import { buildIfStale } from './build-if-stale'
import { openInBrowser } from './open-in-browser'

export interface ServeOptions {
  readonly env: NodeJS.ProcessEnv
  readonly platform: NodeJS.Platform
  /** The port README names; the next free one when it is taken. */
  readonly port: number
  readonly log: (line: string) => void
}

export interface BrowserModeServer {
  readonly url: string
  close(): Promise<void>
}

export async function serveBrowserMode(root: string, options: ServeOptions): Promise<BrowserModeServer> {
  // Vite is loaded only here: the desktop path never needs it.
  const { build, preview } = await import('vite')
  const configFile = join(root, 'vite.web.config.ts')
  await buildIfStale(root, join(root, 'out', '.web-build'), async () => {
    options.log('正在构建浏览器版（首次约需半分钟）……')
    await build({ configFile, logLevel: 'error' })
  })
  const server = await preview({
    configFile,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: options.port, strictPort: false, open: false },
  })
  const url = server.resolvedUrls?.local[0]
  if (url === undefined) throw new Error('vite preview reported no address')
  const opened = openInBrowser(url, options.env, options.platform)
  options.log(
    opened
      ? `法治年报（浏览器版）已在浏览器中打开：${url}　按 Ctrl+C 停止。`
      : `法治年报（浏览器版）已启动，请在浏览器中打开：${url}　按 Ctrl+C 停止。`,
  )
  return { url, close: () => server.close() }
}
