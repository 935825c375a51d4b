// Build only when the sources changed since the last build: a second `npm start` opens at once. The
// fingerprint is every source file's path, size and modification time, so an edit, a `git pull` or a
// switched branch all count as changes; it is written only after a build succeeded.
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'

/** What a build of the app reads: the sources, the templates, the build configuration and the lockfile. */
const sourceFolders = ['renderer', 'electron', 'templates', 'assets']
const sourceFiles = [
  'package.json',
  'package-lock.json',
  'vite.web.config.ts',
  'electron.vite.config.ts',
  'tsconfig.json',
  'tsconfig.base.json',
  'tsconfig.web.json',
  'tsconfig.node.json',
]

function listFiles(folder: string, into: string[]): void {
  let entries
  try {
    entries = readdirSync(folder, { withFileTypes: true })
  } catch {
    return
  }
  for (const entry of entries) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) listFiles(path, into)
    else if (entry.isFile()) into.push(path)
  }
}

export function sourceFingerprint(root: string): string {
  const files: string[] = []
  for (const folder of sourceFolders) listFiles(join(root, folder), files)
  files.push(...sourceFiles.map((file) => join(root, file)))
  const hash = createHash('sha256')
  for (const file of files.sort()) {
    try {
      const stat = statSync(file)
      hash.update(`${relative(root, file)}\0${String(stat.size)}\0${String(stat.mtimeMs)}\n`)
    } catch {
      hash.update(`${relative(root, file)}\0missing\n`)
    }
  }
  return hash.digest('hex')
}

function readStamp(stampPath: string): string | null {
  try {
    return readFileSync(stampPath, 'utf8')
  } catch {
    return null
  }
}

/**
 * Runs `build` unless `stampPath` records a build of these very sources; true when it built.
 * The stamp lives beside the output (which a build may empty), so it is written after the build.
 */
export async function buildIfStale(
  root: string,
  stampPath: string,
  build: () => Promise<void>,
): Promise<boolean> {
  const fingerprint = sourceFingerprint(root)
  if (readStamp(stampPath) === fingerprint) return false
  await build()
  mkdirSync(dirname(stampPath), { recursive: true })
  writeFileSync(stampPath, fingerprint)
  return true
}
