// Global setup of the browser project: build browser mode once and serve it on 127.0.0.1 for the tests.
// The build goes to a folder of its own, not out/web: `npm start` (and its test) builds and serves out/web,
// and a rebuild there, which empties the folder first, must not pull pages from under a running test.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build, preview, type PreviewServer } from 'vite'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    webUrl: string
    /** The built browser mode being served (index.html, assets/). */
    webDir: string
  }
}

const configFile = resolve(import.meta.dirname, '../../vite.web.config.ts')

let server: PreviewServer | undefined
let outDir: string | undefined

export async function setup(project: TestProject): Promise<void> {
  outDir = mkdtempSync(join(tmpdir(), 'fznb-web-'))
  await build({ configFile, logLevel: 'warn', build: { outDir } })
  server = await preview({
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  })
  const url = server.resolvedUrls?.local[0]
  if (url === undefined) throw new Error('vite preview did not report a local URL')
  project.provide('webUrl', url)
  project.provide('webDir', outDir)
}

export async function teardown(): Promise<void> {
  await server?.close()
  if (outDir !== undefined) rmSync(outDir, { recursive: true, force: true })
}
