// Runs the compiled CLI (one CommonJS file, cli-bundle.mjs) with V8's code cache, the way Node 22's
// module.enableCompileCache does and Node 20 cannot yet: a fresh process otherwise parses and compiles the
// same megabytes of JavaScript on every call, which is most of a `check`'s CPU. After a command has run, the
// bytecode of every function it compiled is saved next to the bundle, one file per command and kind of input
// (check and review compile different code, and so do a check of a .txt and of a .docx: the first never reaches
// the .docx importer), and the next run of that command on that kind of input starts from it. What a cache lacks
// is compiled anew on every run that needs it, and V8 offers no cheap way to tell that a run did: hence a cache
// per kind, made by the first run on that kind.
//
// A cache is only ever used with the very bundle it was made from: the bundle's file name carries a hash of its
// content, and so does the cache's. V8 refuses a cache made by another Node version or with other flags
// (cachedDataRejected); that run compiles as usual and writes a fresh one. The Node version and flags are part of
// the cache's name as well, so runs with and without, say, --max-old-space-size keep a cache each instead of
// overwriting each other's. Writing goes through a temporary file and a rename, so concurrent runs read a whole
// cache or none; a folder that cannot be written just means no cache. Copied into out/cli by the build, so the
// compiled CLI needs nothing outside that folder but Node and the few packages the bundle leaves external.
'use strict'
const { readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs')
const { createRequire } = require('node:module')
const { dirname } = require('node:path')
const { setFlagsFromString } = require('node:v8')
const { Script } = require('node:vm')

/**
 * Commands that read or write one file and exit within a few hundred milliseconds. V8's optimizing compiler
 * (TurboFan) compiles their hot functions on a second thread, work that a run this short never earns back: a
 * `check` of a 30-page report costs a third more CPU with it. A `review` of a folder runs long enough to gain
 * from it and keeps it. The same holds for zod's compiled parsers, which the bundle leaves off when told the run
 * is short (electron/cli/index.ts). A command missing here only runs as it would anyway.
 */
const oneFileCommands = new Set(['check', 'export', 'rollover'])

/**
 * FNV-1a, 32 bits, as 8 hex digits: enough to tell a handful of flag sets apart (V8 checks the flags itself), and
 * cheaper than loading node:crypto, which would cost a `check` a few milliseconds of its start.
 * @param {string} text
 */
function shortHash(text) {
  let hash = 0x811c9dc5
  for (let at = 0; at < text.length; at += 1) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193)
  return (hash >>> 0).toString(16).padStart(8, '0')
}

/**
 * The kind of input a command reads: the extension of the first argument that names a file the CLI reads, or
 * `folder` (review) and `none`. A name that fits no kind gets `none`, and a cache shared with other such runs.
 * @param {readonly string[]} args
 */
function inputKind(args) {
  for (const arg of args) {
    const match = /\.(docx|txt|md|fznb)$/i.exec(arg)
    if (match !== null) return (match[1] ?? '').toLowerCase()
  }
  return args.length > 0 ? 'folder' : 'none'
}

/** @param {string} bundleFile @param {string} command @param {readonly string[]} args */
function cacheFileOf(bundleFile, command, args) {
  const node = shortHash(JSON.stringify([process.version, process.arch, process.execArgv]))
  return `${bundleFile.replace(/\.cjs$/, '')}.${command}-${inputKind(args)}.${node}.cache`
}

/** @param {string} file @returns {Buffer | undefined} */
function readCache(file) {
  try {
    return readFileSync(file)
  } catch {
    return undefined
  }
}

/** @param {string} file @param {Buffer} data */
function writeCache(file, data) {
  const temporary = `${file}.${String(process.pid)}.tmp`
  try {
    writeFileSync(temporary, data)
    renameSync(temporary, file)
  } catch {
    rmSync(temporary, { force: true })
  }
}

/**
 * Compiles and evaluates `bundleFile` (a CommonJS module) with the code cache `cachedData`; returns its exports and
 * the compiled script, whose cache the caller may write.
 * @param {string} bundleFile
 * @param {Buffer | undefined} cachedData
 */
function loadBundle(bundleFile, cachedData) {
  const source = readFileSync(bundleFile, 'utf8')
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundleFile,
    cachedData,
  })
  const module = {
    exports: /** @type {{ main?: unknown, reviewWorker?: unknown }} */ ({}),
  }
  script.runInThisContext()(
    module.exports,
    createRequire(bundleFile),
    module,
    bundleFile,
    dirname(bundleFile),
  )
  return { exports: module.exports, script }
}

const reviewWorkerFlag = '--fznb-review-worker'

/**
 * How `review` starts a worker thread (electron/cli/review/review-workers.ts): this file again, told which bundle
 * to load, with what the review gives it (the folder and the template).
 * @param {string} bundleFile
 * @param {string} cacheFile
 */
function reviewWorkerStarter(bundleFile, cacheFile) {
  return (/** @type {object} */ data) => {
    const { Worker } = require('node:worker_threads')
    return new Worker(__filename, {
      argv: [reviewWorkerFlag],
      workerData: { ...data, fznbBundle: bundleFile, fznbCache: cacheFile },
    })
  }
}

/**
 * Loads `bundleFile` (a CommonJS module exporting `main(argv, options)`) and runs it; resolves when it is done.
 * Only a command that ran (exit code 0 or 1) leaves a cache: a typo or an unreadable file compiles little.
 * @param {string} bundleFile
 * @param {readonly string[]} argv
 * @returns {Promise<void>}
 */
async function runBundle(bundleFile, argv) {
  const command = /^[a-z]{1,16}$/.test(argv[0] ?? '') ? argv[0] : 'usage'
  // Before the bundle is compiled: V8 stamps its flags into the code cache and refuses a cache made under others,
  // so every run of a command sets the same flags at the same point.
  if (oneFileCommands.has(command)) setFlagsFromString('--no-opt')
  const cacheFile = cacheFileOf(bundleFile, command, argv.slice(1))
  const cachedData = readCache(cacheFile)
  const { exports, script } = loadBundle(bundleFile, cachedData)
  const main = exports.main
  if (typeof main !== 'function') throw new Error(`${bundleFile} exports no main`)
  await main(argv, {
    shortRun: oneFileCommands.has(command),
    startReviewWorker: reviewWorkerStarter(bundleFile, cacheFile),
  })
  const ran = process.exitCode === 0 || process.exitCode === 1 || process.exitCode === undefined
  if (ran && (cachedData === undefined || script.cachedDataRejected === true))
    writeCache(cacheFile, script.createCachedData())
}

/**
 * In a review's worker thread: this file was started by `reviewWorkerStarter`; it loads the bundle with the
 * review's code cache, which it only reads (the main thread writes it), and runs the bundle's worker.
 */
function runReviewWorker() {
  // told by the thread's argv, so that the main thread of every command does not load node:worker_threads to ask
  if (!process.argv.includes(reviewWorkerFlag)) return
  const { workerData } = require('node:worker_threads')
  if (typeof workerData?.fznbBundle !== 'string') return
  const { exports } = loadBundle(workerData.fznbBundle, readCache(workerData.fznbCache))
  if (typeof exports.reviewWorker !== 'function')
    throw new Error(`${workerData.fznbBundle} exports no reviewWorker`)
  void exports.reviewWorker()
}

runReviewWorker()

module.exports = { runBundle }
