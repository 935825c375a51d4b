// The compiled CLI (out/cli): esbuild bundles electron/cli/index.ts with its dependencies into one ES module
// and, by code splitting, puts what only some commands need (exceljs, docx, mammoth, jschardet: the dynamic
// import()s at the command boundaries) in chunks of their own, so `check` starts by reading only what it runs.
// Plain JavaScript because it runs before anything is compiled (Node 20 strips no types); cli-bundle.d.mts
// types it for the tests.
//
// A stale bundle must never run. The stamp, written last, lists every file the bundle was built from (the
// sources esbuild read, per its metafile) with size and modification time, plus what stands for the rest:
// the installed packages (node_modules/.package-lock.json, which npm rewrites on every change), package.json
// and this build script. Any difference, a file gone, or no stamp at all means: build again.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

export const bundleFolder = 'out/cli'
export const bundleEntry = 'out/cli/index.js'
const stampName = 'stamp.json'
const metafileName = 'metafile.json'
const sourceEntry = 'electron/cli/index.ts'
/** Not read by esbuild as sources, but a change in any of them changes the bundle. */
const alwaysStamped = [
  'package.json',
  'node_modules/.package-lock.json',
  'node_modules/esbuild/package.json',
  'electron/cli-launcher/cli-bundle.mjs',
]
/** Chunks of an older build are removed once this old, so a CLI run still going can load its own. */
const oldChunkAgeMs = 10 * 60_000

/** @param {string} root @param {string} file */
function fileState(root, file) {
  try {
    const stat = statSync(join(root, file))
    return `${String(stat.size)}:${String(stat.mtimeMs)}`
  } catch {
    return 'missing'
  }
}

/**
 * Why the bundle under `root` must be built (again), or null when it matches the sources.
 * @param {string} root
 * @returns {string | null}
 */
export function bundleStaleness(root) {
  let stamp
  try {
    stamp = JSON.parse(readFileSync(join(root, bundleFolder, stampName), 'utf8'))
  } catch {
    return 'not built'
  }
  const files = /** @type {Record<string, string> | undefined} */ (stamp?.files)
  if (files === undefined || typeof files !== 'object') return 'stamp unreadable'
  if (fileState(root, bundleEntry) === 'missing') return `${bundleEntry} missing`
  for (const [file, state] of Object.entries(files))
    if (fileState(root, file) !== state) return `${file} changed`
  return null
}

/** Writes through a temporary file and a rename: a CLI run at the same moment reads the old file or the new one. */
function writeAtomic(/** @type {string} */ path, /** @type {Uint8Array | string} */ data) {
  const temporary = `${path}.${String(process.pid)}.tmp`
  writeFileSync(temporary, data)
  renameSync(temporary, path)
}

/**
 * Builds out/cli from the sources under `root`; throws with esbuild's message when they do not compile.
 * @param {string} root
 * @returns {Promise<void>}
 */
export async function buildCliBundle(root) {
  const esbuild = await import('esbuild')
  const startedMs = Date.now()
  const outdir = join(root, bundleFolder)
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { index: sourceEntry },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    splitting: true,
    // smaller source to compile at every start (about 10 % of a check's CPU); the CLI prints no stack traces
    minify: true,
    outdir,
    chunkNames: '[name]-[hash]',
    write: false,
    metafile: true,
    logLevel: 'silent',
    // The CommonJS packages (exceljs, mammoth …) call require('fs'); an ES module has no require of its own.
    banner: {
      js: "import { createRequire as __fznbCreateRequire } from 'node:module'; const require = __fznbCreateRequire(import.meta.url);",
    },
  })
  mkdirSync(outdir, { recursive: true })
  const written = new Set([stampName, metafileName])
  // chunks first, the entry after them, the stamp last: whatever a concurrent run sees is whole
  const files = [...result.outputFiles].sort(
    (a, b) => Number(a.path.endsWith('index.js')) - Number(b.path.endsWith('index.js')),
  )
  for (const file of files) {
    writeAtomic(file.path, file.contents)
    written.add(relative(outdir, file.path))
  }
  writeAtomic(join(outdir, metafileName), JSON.stringify(result.metafile))
  const sources = Object.keys(result.metafile.inputs).filter((input) => !input.includes('node_modules/'))
  /** @type {Record<string, string>} */
  const stamped = {}
  for (const file of [...sources, ...alwaysStamped].sort()) stamped[file] = fileState(root, file)
  // A source saved while esbuild was reading it may not be in the bundle: leave no stamp, build next time.
  const changedMeanwhile = sources.some(
    (file) => Number(stamped[file]?.split(':')[1] ?? Infinity) >= startedMs,
  )
  if (!changedMeanwhile) writeAtomic(join(outdir, stampName), JSON.stringify({ files: stamped }, null, 1))
  removeOldChunks(outdir, written)
}

/** @param {string} outdir @param {Set<string>} keep */
function removeOldChunks(outdir, keep) {
  for (const name of readdirSync(outdir)) {
    if (keep.has(name)) continue
    const path = join(outdir, name)
    try {
      if (Date.now() - statSync(path).mtimeMs > oldChunkAgeMs) rmSync(path, { force: true })
    } catch {
      // another run removed it first
    }
  }
}

/**
 * Builds the bundle when it is missing or stale; true when it built.
 * @param {string} root
 * @returns {Promise<boolean>}
 */
export async function ensureCliBundle(root) {
  if (bundleStaleness(root) === null) return false
  await buildCliBundle(root)
  return true
}

/** The project root, two folders above this file. */
export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
