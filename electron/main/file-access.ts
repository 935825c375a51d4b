// Main writes only where the user pointed: paths from an open/save dialog, the recent list or the
// command line. A compromised renderer cannot ask main to overwrite an arbitrary file.
import { resolve } from 'node:path'

export interface FileAccess {
  grant(path: string): void
  isGranted(path: string): boolean
}

export function createFileAccess(): FileAccess {
  const granted = new Set<string>()
  return {
    grant: (path) => void granted.add(resolve(path)),
    isGranted: (path) => granted.has(resolve(path)),
  }
}
