// A child-process script of these tests (save-loop.ts, save-once.ts) bundled to one plain .mjs: starting it
// through tsx would take most of a second per process on two cores, and the file can be put where another
// user may read it.
import { join } from 'node:path'
import { build } from 'esbuild'

export async function bundleChildScript(name: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [join(import.meta.dirname, name)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'silent',
  })
}
