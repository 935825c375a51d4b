// The stand-ins the compiled CLI bundles for packages mammoth requires and the CLI never calls: reaching one is
// a bug, and it must say which package at once instead of failing somewhere further on.
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)
const { unused } = require('../../electron/cli-launcher/unused-by-cli.cjs') as {
  unused: (name: string) => unknown
}

describe('a package left out of the compiled CLI', () => {
  type StandIn = (new () => unknown) &
    (() => unknown) & { loadAsync: (data: unknown) => unknown; support: unknown }
  const stand = unused('JSZip') as StandIn

  it('can be required and looked at, as mammoth does when it loads', () => {
    expect(typeof stand).toBe('function')
    expect(typeof stand.support).toBe('function')
  })

  it('refuses every use, naming the package', () => {
    expect(() => new stand()).toThrow(/JSZip is not part of the compiled CLI/)
    expect(() => stand()).toThrow(/JSZip is not part of the compiled CLI/)
    expect(() => stand.loadAsync(new Uint8Array(4))).toThrow(/JSZip is not part of the compiled CLI/)
  })
})
