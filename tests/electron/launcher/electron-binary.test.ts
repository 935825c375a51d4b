import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  electronExecutableName,
  findElectronBinary,
  readElectronPackage,
  type ElectronPackage,
} from '../../../electron/launcher/electron-binary'

let root: string
let electron: ElectronPackage

function write(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, text)
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fznb-electron-'))
  write(
    join(root, 'node_modules/electron/package.json'),
    JSON.stringify({ name: 'electron', version: '41.7.1' }),
  )
  const found = readElectronPackage(root)
  if (found === null) throw new Error('package not read')
  electron = found
})

afterEach(() => rmSync(root, { recursive: true, force: true }))

function unpack(version: string): string {
  write(join(electron.dir, 'path.txt'), 'electron')
  write(join(electron.dir, 'dist/version'), version)
  const binary = join(electron.dir, 'dist/electron')
  write(binary, '#!/bin/sh\n')
  chmodSync(binary, 0o755)
  return binary
}

describe('findElectronBinary', () => {
  it('reads the installed electron package, or none when npm left it out', () => {
    expect(electron.version).toBe('41.7.1')
    expect(readElectronPackage(join(root, 'elsewhere'))).toBeNull()
  })

  it('has no binary before the download (no path.txt, no dist/)', () => {
    expect(findElectronBinary(electron, {}, 'linux')).toBeNull()
  })

  it('finds the unpacked download that path.txt names', () => {
    const binary = unpack('v41.7.1')
    expect(findElectronBinary(electron, {}, 'linux')).toBe(binary)
  })

  it('ignores a binary left by another electron version: it is fetched anew', () => {
    unpack('v40.0.0')
    expect(findElectronBinary(electron, {}, 'linux')).toBeNull()
  })

  it('takes ELECTRON_OVERRIDE_DIST_PATH instead of dist/, with the platform executable name', () => {
    const override = join(root, 'override')
    expect(findElectronBinary(electron, { ELECTRON_OVERRIDE_DIST_PATH: override }, 'linux')).toBeNull()
    write(join(override, 'electron'), '#!/bin/sh\n')
    expect(findElectronBinary(electron, { ELECTRON_OVERRIDE_DIST_PATH: override }, 'linux')).toBe(
      join(override, 'electron'),
    )
    expect(findElectronBinary(electron, { ELECTRON_OVERRIDE_DIST_PATH: override }, 'win32')).toBeNull()
  })

  it('names the executable per platform as electron/install.js does', () => {
    expect(electronExecutableName('linux')).toBe('electron')
    expect(electronExecutableName('win32')).toBe('electron.exe')
    expect(electronExecutableName('darwin')).toBe('Electron.app/Contents/MacOS/Electron')
  })
})
