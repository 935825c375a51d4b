// `npm run cli -- …` (cli.md): runs the compiled CLI (out/cli/index.js), building it first when it is missing
// or older than its sources (cli-bundle.mjs), so the first run after an install or an edit takes a few seconds
// more and every other run starts at once. No TypeScript at run time.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { bundleEntry, ensureCliBundle, projectRoot } from './cli-bundle.mjs'

function firstLine(/** @type {unknown} */ error) {
  const text = error instanceof Error ? error.message : String(error)
  return text.split(/\r?\n/)[0]?.slice(0, 300) ?? ''
}

try {
  await ensureCliBundle(projectRoot)
} catch (error) {
  process.stderr.write(
    `命令行程序未能编译（${firstLine(error)}）。请确认已在本文件夹运行过 npm install；仍有问题请把这一行发给技术支持。\n`,
  )
  process.exit(2)
}
const entry = join(projectRoot, bundleEntry)
// The entry runs only as the process's script (so tests can import runCli); this file hands that role over.
process.argv[1] = entry
await import(pathToFileURL(entry).href)
