// Installers cannot be built here (no Electron download); this pins what the build would produce.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const root = join(import.meta.dirname, '../..')
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>

interface Target {
  target: string
  arch: string[]
}

function targets(platform: string): Target[] {
  return (config[platform] as { target: Target[] }).target
}

describe('electron-builder.yml', () => {
  it('names the product in Chinese', () => {
    expect(config['productName']).toBe('法治年报')
  })

  it('builds a Windows NSIS installer for 64- and 32-bit', () => {
    expect(targets('win')).toEqual([{ target: 'nsis', arch: ['x64', 'ia32'] }])
    expect((config['nsis'] as { installerLanguages: string[] }).installerLanguages).toEqual(['zh_CN'])
  })

  it('builds deb and AppImage for x64 and arm64 (UOS and Kylin run on both)', () => {
    const linux = targets('linux')
    for (const kind of ['deb', 'AppImage'])
      expect(linux.find((target) => target.target === kind)?.arch.sort()).toEqual(['arm64', 'x64'])
  })

  it('associates .fznb report files with the app', () => {
    const associations = config['fileAssociations'] as { ext: string; role: string }[]
    expect(associations.map((association) => association.ext)).toContain('fznb')
  })

  it('never publishes or checks for updates: the users are offline', () => {
    expect(config['publish']).toBeNull()
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
    }
    expect(Object.keys(pkg.dependencies)).not.toContain('electron-updater')
  })

  it('ships the built app and an icon that exists', () => {
    expect(config['files']).toContain('out/**')
    const icon = (config['win'] as { icon: string }).icon
    expect(readFileSync(join(root, icon)).subarray(1, 4).toString()).toBe('PNG')
  })

  it('flips the Electron fuses that turn the installed app into a Node runtime or debugger off', () => {
    expect(config['asar']).toBe(true)
    expect(config['electronFuses']).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    })
  })

  it('uses only fuse names electron-builder knows (a misspelt key would be ignored)', () => {
    const declarations = readFileSync(
      join(root, 'node_modules/app-builder-lib/out/configuration.d.ts'),
      'utf8',
    )
    const known = declarations.slice(declarations.indexOf('export interface FuseOptionsV1'))
    for (const key of Object.keys(config['electronFuses'] as object))
      expect(known).toContain(`${key}?: boolean`)
  })
})
