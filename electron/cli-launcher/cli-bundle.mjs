// The compiled CLI (out/cli): esbuild bundles electron/cli/index.ts with its dependencies into one CommonJS file
// named by a hash of its content (cli-<hash>.cjs), run by bundle-runner.cjs with V8's code cache, and writes
// out/cli/index.cjs, the entry that runs it. What only some commands need stays out of the bundle: the Word writer
// (docx) and the text-encoding guesser (jschardet) are required from node_modules
// at the command boundaries (the dynamic import()s, which esbuild turns into code run on first use), so a `check`
// of a .docx reads and compiles none of them. mammoth, zod and the rest are in the bundle; their code runs only
// when first used too.
// Plain JavaScript because it runs before anything is compiled (Node 20 strips no types); cli-bundle.d.mts
// types it for the tests.
//
// A stale bundle must never run. The stamp, written last, lists every file the bundle was built from (the
// sources esbuild read, per its metafile) and the bundle itself, with size and modification time, plus what
// stands for the rest: the installed packages (node_modules/.package-lock.json, which npm rewrites on every
// change), package.json and the build scripts. Any difference, a file gone, or no stamp at all means: build again.
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const bundleFolder = 'out/cli'
export const bundleEntry = 'out/cli/index.cjs'
const stampName = 'stamp.json'
const metafileName = 'metafile.json'
const sourceEntry = 'electron/cli/index.ts'
/** Not read by esbuild as sources, but a change in any of them changes the bundle. */
const alwaysStamped = [
  'package.json',
  'node_modules/.package-lock.json',
  'node_modules/esbuild/package.json',
  'electron/cli-launcher/cli-bundle.mjs',
  'electron/cli-launcher/bundle-runner.cjs',
  'electron/cli-launcher/unused-by-cli.cjs',
]
/** Left to node_modules, required only by the commands that use them. */
const external = ['docx', 'jschardet']
/** Required by mammoth and never called by the CLI (unused-by-cli.cjs): bundled as stand-ins. */
const unusedByCli = ['jszip', 'xmlbuilder']
/** esbuild's namespace of those stand-ins: the metafile names them `unused-by-cli:jszip`. */
const unusedNamespace = 'unused-by-cli'
const runnerName = 'bundle-runner.cjs'
/** Files of an older build are removed once this old, so a CLI run still going can load its own. */
const oldFileAgeMs = 10 * 60_000

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
    entryPoints: [sourceEntry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external,
    // fflate's build for Node starts worker_threads on load for its asynchronous API, which we never call; its
    // browser build is the same synchronous code without that
    alias: { fflate: './node_modules/fflate/esm/browser.js' },
    plugins: [unusedByCliPlugin(root), zodEnglishOnlyPlugin()],
    // The bundle runs as a vm.Script (bundle-runner.cjs), where a real import() has no loader to call: every
    // import() left in it, of a package kept out or of node:crypto, becomes a require() run when it is reached.
    supported: { 'dynamic-import': false },
    // less source to read at every start; the CLI prints no stack traces
    minify: true,
    outfile: join(outdir, 'cli.cjs'),
    write: false,
    metafile: true,
    logLevel: 'silent',
  })
  const [bundle] = result.outputFiles
  if (bundle === undefined) throw new Error('esbuild wrote no bundle')
  const bundleName = `cli-${createHash('sha256').update(bundle.contents).digest('hex').slice(0, 16)}.cjs`
  mkdirSync(outdir, { recursive: true })
  // the bundle and its runner first, the entry naming them after, the stamp last: a concurrent run sees a whole CLI
  writeAtomic(join(outdir, bundleName), bundle.contents)
  writeAtomic(join(outdir, runnerName), readFileSync(join(root, 'electron/cli-launcher', runnerName)))
  writeAtomic(join(outdir, 'index.cjs'), entrySource(bundleName))
  writeAtomic(join(outdir, metafileName), JSON.stringify(result.metafile))
  const written = new Set([stampName, metafileName, bundleName, runnerName, 'index.cjs'])
  // files only: the stand-ins of unusedByCliPlugin are named `unused-by-cli:jszip`, and their source is stamped
  const sources = Object.keys(result.metafile.inputs).filter(
    (input) => !input.includes('node_modules/') && !input.startsWith(`${unusedNamespace}:`),
  )
  /** @type {Record<string, string>} */
  const stamped = {}
  for (const file of [...sources, ...alwaysStamped, `${bundleFolder}/${bundleName}`].sort())
    stamped[file] = fileState(root, file)
  // A source saved while esbuild was reading it may not be in the bundle: leave no stamp, build next time.
  const changedMeanwhile = sources.some(
    (file) => Number(stamped[file]?.split(':')[1] ?? Infinity) >= startedMs,
  )
  if (!changedMeanwhile) writeAtomic(join(outdir, stampName), JSON.stringify({ files: stamped }, null, 1))
  removeOldFiles(outdir, written, bundleName)
}

/**
 * mammoth's requires of the packages in unusedByCli resolve to their stand-ins; anyone else's to the package.
 * @param {string} root
 * @returns {import('esbuild').Plugin}
 */
function unusedByCliPlugin(root) {
  const namespace = unusedNamespace
  const filter = new RegExp(`^(${unusedByCli.join('|')})$`)
  return {
    name: namespace,
    setup(build) {
      build.onResolve({ filter }, (args) =>
        args.importer.includes('/node_modules/mammoth/') ? { path: args.path, namespace } : undefined,
      )
      build.onLoad({ filter: /.*/, namespace }, (args) => ({
        contents: `module.exports = require('./electron/cli-launcher/unused-by-cli.cjs').unused(${JSON.stringify(args.path)})`,
        resolveDir: root,
        loader: 'js',
      }))
    },
  }
}

/**
 * zod's `z.locales`, the error messages in 64 languages (260 kB, a fifth of the bundle), reduced to the English
 * that zod sets by default: the CLI never switches language (its messages are its own, in Chinese), and every
 * start reads, and the code cache holds, what the bundle carries.
 * @returns {import('esbuild').Plugin}
 */
function zodEnglishOnlyPlugin() {
  const namespace = 'zod-english-only'
  return {
    name: namespace,
    setup(build) {
      build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
        args.importer.includes('/node_modules/zod/') ? { path: args.importer, namespace } : undefined,
      )
      build.onLoad({ filter: /.*/, namespace }, (args) => ({
        contents: "export { default as en } from '../locales/en.js'",
        resolveDir: dirname(args.path),
        loader: 'js',
      }))
    },
  }
}

/** out/cli/index.cjs: run as a script it runs the CLI; required (by the launcher), it exports `run`. */
function entrySource(/** @type {string} */ bundleName) {
  return [
    '// Written by electron/cli-launcher/cli-bundle.mjs: the compiled CLI, run with its code cache.',
    "'use strict'",
    `const { runBundle } = require('./${runnerName}')`,
    `const bundle = require('node:path').join(__dirname, ${JSON.stringify(bundleName)})`,
    'exports.run = (argv) => runBundle(bundle, argv)',
    'if (require.main === module) void exports.run(process.argv.slice(2))',
    '',
  ].join('\n')
}

/**
 * Removes what older builds left (their bundles, code caches, the chunks of the ES module builds before), once
 * old enough that no run still going can need them. The current bundle's caches stay.
 * @param {string} outdir @param {Set<string>} keep @param {string} bundleName
 */
function removeOldFiles(outdir, keep, bundleName) {
  const ownCache = `${bundleName.replace(/\.cjs$/, '')}.`
  for (const name of readdirSync(outdir)) {
    if (keep.has(name) || (name.startsWith(ownCache) && name.endsWith('.cache'))) continue
    const path = join(outdir, name)
    try {
      if (Date.now() - statSync(path).mtimeMs > oldFileAgeMs) rmSync(path, { force: true })
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
