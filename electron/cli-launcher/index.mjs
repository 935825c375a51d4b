// `npm run cli -- …` (cli.md): runs the compiled CLI (out/cli/index.cjs), building it first when it is missing
// or older than its sources (cli-bundle.mjs), so the first run after an install or an edit takes a few seconds
// more and every other run starts at once. No TypeScript at run time.
import { createRequire } from 'node:module'
import { join } from 'node:path'
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
/** @type {{ run: (argv: readonly string[]) => Promise<void> }} */
const compiled = createRequire(import.meta.url)(join(projectRoot, bundleEntry))
await compiled.run(process.argv.slice(2))
