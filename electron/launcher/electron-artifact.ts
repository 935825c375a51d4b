// Where the Electron zip for this machine comes from and where a previous download of it is cached,
// resolved as @electron/get resolves them (artifact-utils.js mirrorVar, Cache.js), so that what the
// launcher probes is exactly what electron/install.js will then download.
import { existsSync, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'

export interface ElectronArtifact {
  readonly url: string
  readonly fileName: string
  /** True when someone set a mirror: the message then talks about that mirror, not about GitHub. */
  readonly mirrored: boolean
}

const defaultMirror = 'https://github.com/electron/electron/releases/download/'

/**
 * One mirror setting, looked up in @electron/get's order: .npmrc (`electron_mirror=`, which npm hands to
 * scripts as npm_config_electron_mirror), package.json config, then the ELECTRON_* environment variable.
 */
function mirrorSetting(name: string, env: NodeJS.ProcessEnv): string | undefined {
  const snake = name.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase()
  const candidates = [
    `npm_config_electron_${name.toLowerCase()}`,
    `NPM_CONFIG_ELECTRON_${snake.toUpperCase()}`,
    `npm_config_electron_${snake}`,
    `npm_package_config_electron_${name}`,
    `npm_package_config_electron_${snake}`,
    `ELECTRON_${snake.toUpperCase()}`,
  ]
  for (const key of candidates) {
    const value = env[key]
    if (value !== undefined && value !== '') return value
  }
  return undefined
}

export function electronArtifact(
  version: string,
  platform: NodeJS.Platform,
  arch: string,
  env: NodeJS.ProcessEnv,
): ElectronArtifact {
  const tag = `v${version.replace(/^v/, '')}`
  const fileName = `electron-${tag}-${platform}-${arch}.zip`
  const mirror = mirrorSetting('mirror', env)
  const dir = (mirrorSetting('customDir', env) ?? tag).replace('{{ version }}', tag.slice(1))
  const file = mirrorSetting('customFilename', env) ?? fileName
  return { url: `${mirror ?? defaultMirror}${dir}/${file}`, fileName: file, mirrored: mirror !== undefined }
}

/** @electron/get's cache folder (env-paths 'electron', or electron_config_cache as install.js passes it). */
function cacheRoot(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string {
  const configured = env['electron_config_cache']
  if (configured !== undefined && configured !== '') return configured
  const home = homedir()
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'electron')
  if (platform === 'win32')
    return join(env['LOCALAPPDATA'] ?? join(home, 'AppData', 'Local'), 'electron', 'Cache')
  return join(env['XDG_CACHE_HOME'] ?? join(home, '.cache'), 'electron')
}

/**
 * True when an earlier download of this zip sits in the cache (one folder per download URL): then
 * install.js unpacks it without the network, and no mirror needs to answer.
 */
export function isArtifactCached(
  artifact: ElectronArtifact,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
): boolean {
  const root = cacheRoot(env, platform)
  try {
    return readdirSync(root, { withFileTypes: true }).some(
      (entry) => entry.isDirectory() && existsSync(join(root, entry.name, artifact.fileName)),
    )
  } catch {
    return false
  }
}
