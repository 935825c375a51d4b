import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { electronArtifact, isArtifactCached } from '../../../electron/launcher/electron-artifact'

const github = 'https://github.com/electron/electron/releases/download/'
const mirror = 'https://npmmirror.com/mirrors/electron/'

describe('electronArtifact', () => {
  it('downloads from GitHub releases when no mirror is set', () => {
    expect(electronArtifact('41.7.1', 'linux', 'x64', {})).toEqual({
      url: `${github}v41.7.1/electron-v41.7.1-linux-x64.zip`,
      fileName: 'electron-v41.7.1-linux-x64.zip',
      mirrored: false,
    })
    expect(electronArtifact('41.7.1', 'win32', 'ia32', {}).fileName).toBe('electron-v41.7.1-win32-ia32.zip')
  })

  it.each([
    ['ELECTRON_MIRROR', 'the environment variable'],
    ['npm_config_electron_mirror', 'electron_mirror= in .npmrc, as npm hands it to scripts'],
    ['NPM_CONFIG_ELECTRON_MIRROR', 'the upper-case npm variable'],
    ['npm_package_config_electron_mirror', 'config.electron_mirror in package.json'],
  ])('honours %s (%s)', (key) => {
    const artifact = electronArtifact('41.7.1', 'linux', 'x64', { [key]: mirror })
    expect(artifact.url).toBe(`${mirror}v41.7.1/electron-v41.7.1-linux-x64.zip`)
    expect(artifact.mirrored).toBe(true)
  })

  it('prefers .npmrc over the environment, as @electron/get does', () => {
    const artifact = electronArtifact('41.7.1', 'linux', 'x64', {
      ELECTRON_MIRROR: 'http://env.example/',
      npm_config_electron_mirror: 'http://npmrc.example/',
    })
    expect(artifact.url.startsWith('http://npmrc.example/')).toBe(true)
  })

  it('honours a custom folder with {{ version }} and a custom file name', () => {
    const artifact = electronArtifact('41.7.1', 'linux', 'x64', {
      ELECTRON_MIRROR: mirror,
      ELECTRON_CUSTOM_DIR: '{{ version }}',
      ELECTRON_CUSTOM_FILENAME: 'electron.zip',
    })
    expect(artifact.url).toBe(`${mirror}41.7.1/electron.zip`)
  })
})

describe('isArtifactCached', () => {
  it('finds an earlier download in any URL folder of the cache', () => {
    const cache = mkdtempSync(join(tmpdir(), 'fznb-cache-'))
    try {
      const artifact = electronArtifact('41.7.1', 'linux', 'x64', {})
      const env = { electron_config_cache: cache }
      expect(isArtifactCached(artifact, env, 'linux')).toBe(false)
      mkdirSync(join(cache, 'a1b2c3'))
      writeFileSync(join(cache, 'a1b2c3', 'electron-v41.7.1-linux-x64.zip'), 'zip')
      expect(isArtifactCached(artifact, env, 'linux')).toBe(true)
      expect(isArtifactCached(electronArtifact('41.7.1', 'linux', 'arm64', {}), env, 'linux')).toBe(false)
    } finally {
      rmSync(cache, { recursive: true, force: true })
    }
  })

  it('is false when the cache folder does not exist', () => {
    const artifact = electronArtifact('41.7.1', 'linux', 'x64', {})
    expect(
      isArtifactCached(artifact, { electron_config_cache: join(tmpdir(), 'no-such-cache-folder') }, 'linux'),
    ).toBe(false)
  })
})
