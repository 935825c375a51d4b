// The document a user double-clicked (file association) arrives as a command-line argument.
import { extname } from 'node:path'

const openable = new Set(['.fznb', '.docx', '.txt', '.md'])

export function findLaunchPath(argv: readonly string[]): string | null {
  // argv[0] is the executable; in development argv[1] is the app folder.
  for (const arg of argv.slice(1)) {
    if (!arg.startsWith('-') && openable.has(extname(arg).toLowerCase())) return arg
  }
  return null
}
