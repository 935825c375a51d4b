// Browser mode: the same renderer, served by plain Vite, talking to the browser Bridge.
// electron.vite.config.ts reuses `rendererConfig` so both builds stay one configuration.
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin, type UserConfig } from 'vite'

/**
 * The dev server injects React Refresh as an inline script, which our CSP (script-src 'self') blocks.
 * Relax it while serving only; every build keeps the strict policy.
 */
function allowInlineScriptsWhileServing(): Plugin {
  return {
    name: 'allow-inline-scripts-while-serving',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
  }
}

export const rendererConfig: UserConfig = {
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react(), allowInlineScriptsWhileServing()],
  // Users run this offline: never let a dependency pull anything from the network at runtime.
  build: {
    target: 'chrome120',
    assetsInlineLimit: 0,
    rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
  },
}

export default defineConfig({
  ...rendererConfig,
  build: {
    ...rendererConfig.build,
    // Browser mode also serves the print preview on a page of its own (print-preview.html).
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'renderer/index.html'),
        'print-preview': resolve(import.meta.dirname, 'renderer/print-preview.html'),
      },
    },
    outDir: resolve(import.meta.dirname, 'out/web'),
    emptyOutDir: true,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1' },
})
