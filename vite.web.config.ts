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

/**
 * The large libraries get chunks of their own, named after them (assets/lib-docx-….js): the start screen loads
 * none of them, and tests/browser/start-screen-chunks.test.ts checks that by these names. Everything else
 * is split where the app imports it on demand (the editor, review, print preview, import, export).
 */
const libraryChunks = [
  { name: 'lib-react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  {
    name: 'lib-tiptap',
    test: /node_modules[\\/](@tiptap|prosemirror-[^\\/]+|linkifyjs|orderedmap|rope-sequence|w3c-keyname)[\\/]/,
  },
  { name: 'lib-docx', test: /node_modules[\\/]docx[\\/]/ },
  {
    name: 'lib-mammoth',
    test: /node_modules[\\/](mammoth|jszip|@xmldom|xmlbuilder|underscore|lop|bluebird|dingbat-to-unicode|option|pako)[\\/]/,
  },
  { name: 'lib-exceljs', test: /node_modules[\\/]exceljs[\\/]/ },
  { name: 'lib-zod', test: /node_modules[\\/]zod[\\/]/ },
]

export const rendererConfig: UserConfig = {
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react(), allowInlineScriptsWhileServing()],
  // Users run this offline: never let a dependency pull anything from the network at runtime.
  build: {
    target: 'chrome120',
    assetsInlineLimit: 0,
    rollupOptions: {
      input: resolve(import.meta.dirname, 'renderer/index.html'),
      output: { codeSplitting: { groups: libraryChunks } },
    },
  },
}

export default defineConfig({
  ...rendererConfig,
  build: {
    ...rendererConfig.build,
    // Browser mode also serves the print preview on a page of its own (print-preview.html).
    rollupOptions: {
      ...rendererConfig.build?.rollupOptions,
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
