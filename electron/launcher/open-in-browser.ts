// Open an address in the user's default browser, where there is one. Failure is silent on purpose: the
// launcher has already printed the address, which the user can open by hand.
import { spawn } from 'node:child_process'

function opener(url: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): [string, string[]] | null {
  if (platform === 'win32') return ['cmd.exe', ['/c', 'start', '""', url]]
  if (platform === 'darwin') return ['open', [url]]
  // Linux without a desktop session (a server, CI): nothing to open a browser on.
  if ((env['DISPLAY'] ?? '') === '' && (env['WAYLAND_DISPLAY'] ?? '') === '') return null
  return ['xdg-open', [url]]
}

/** True when a browser was asked to open the page. BROWSER=none (as in Vite) turns this off. */
export function openInBrowser(url: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): boolean {
  if (env['BROWSER']?.toLowerCase() === 'none') return false
  const command = opener(url, env, platform)
  if (command === null) return false
  try {
    const child = spawn(command[0], command[1], {
      detached: true,
      stdio: 'ignore',
      windowsHide: true,
      // `start ""` needs its quotes as written, not escaped again by Node.
      windowsVerbatimArguments: platform === 'win32',
    })
    child.on('error', () => undefined)
    child.unref()
    return true
  } catch {
    return false
  }
}
