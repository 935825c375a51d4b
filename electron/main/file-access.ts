// Main writes a report in place only where the user pointed it at a report: a path chosen in the save
// dialog, or a .fznb the user opened (open dialog, recent list, command line, double-click). Opening a
// .docx or .txt grants nothing: saving the imported report must ask where, or the report's JSON would
// overwrite the clerk's Word document. Exports (.docx, .pdf, summaries) always ask and grant nothing.
// A compromised renderer therefore cannot ask main to overwrite an arbitrary file.
import { extname, resolve } from 'node:path'
import { reportExtension } from '../../renderer/core/file-kind'

export interface FileAccess {
  /** A path the user chose in the save dialog for a report. */
  grant(path: string): void
  /** A file the user opened: writable only if it is the app's own report file. */
  grantOpened(path: string): void
  isGranted(path: string): boolean
}

export function createFileAccess(): FileAccess {
  const granted = new Set<string>()
  return {
    grant: (path) => void granted.add(resolve(path)),
    grantOpened: (path) => {
      if (extname(path).toLowerCase() === reportExtension) granted.add(resolve(path))
    },
    isGranted: (path) => granted.has(resolve(path)),
  }
}
