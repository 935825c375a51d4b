// Global setup of the browser project: build browser mode once and serve it on 127.0.0.1 for the tests.
import { resolve } from 'node:path'
import { build, preview, type PreviewServer } from 'vite'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    webUrl: string
  }
}

const configFile = resolve(import.meta.dirname, '../../vite.web.config.ts')

let server: PreviewServer | undefined

export async function setup(project: TestProject): Promise<void> {
  await build({ configFile, logLevel: 'warn' })
  server = await preview({
    configFile,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  })
  const url = server.resolvedUrls?.local[0]
  if (url === undefined) throw new Error('vite preview did not report a local URL')
  project.provide('webUrl', url)
}

export async function teardown(): Promise<void> {
  await server?.close()
}
