// Where the Electron executable is, read the way the `electron` package itself reads it (its index.js and
// install.js): dist/ holds the unpacked download, path.txt names the executable inside it, dist/version its
// version, and ELECTRON_OVERRIDE_DIST_PATH replaces dist/ altogether.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface ElectronPackage {
  /** node_modules/electron */
  readonly dir: string
  /** The version in its package.json: the one whose binary (and checksums) it expects. */
  readonly version: string
}

/** The executable inside the unpacked Electron zip, per platform (electron/install.js getPlatformPath). */
export function electronExecutableName(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron'
  if (platform === 'win32') return 'electron.exe'
  return 'electron'
}

/** The installed `electron` package, or null when npm did not install it at all. */
export function readElectronPackage(root: string): ElectronPackage | null {
  const dir = join(root, 'node_modules', 'electron')
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: unknown }
    return typeof manifest.version === 'string' ? { dir, version: manifest.version } : null
  } catch {
    return null
  }
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8').trim()
  } catch {
    return null
  }
}

/**
 * The Electron executable to run, or null when there is none yet (the download never happened, failed, or
 * is of another version than the package now installed).
 */
export function findElectronBinary(
  electron: ElectronPackage,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
): string | null {
  const named = readText(join(electron.dir, 'path.txt'))
  const override = env['ELECTRON_OVERRIDE_DIST_PATH']
  if (override !== undefined && override !== '') {
    const path = join(override, named ?? electronExecutableName(platform))
    return existsSync(path) ? path : null
  }
  if (named === null) return null
  // A binary left from an older electron package would not match its checksums or typings: fetch anew.
  if (readText(join(electron.dir, 'dist', 'version'))?.replace(/^v/, '') !== electron.version) return null
  const path = join(electron.dir, 'dist', named)
  return existsSync(path) ? path : null
}
