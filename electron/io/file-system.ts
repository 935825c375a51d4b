// The few file-system calls that reading inputs and walking a folder make, as one object, so tests
// can make a call fail the way a real disk does (EACCES, a file removed between listing and reading).
// Tests run as root, where chmod 000 denies nothing; this seam is how permission errors are tested.
import type { Dirent, Stats } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'

export interface FileSystem {
  readonly readdir: (path: string) => Promise<Dirent[]>
  /** Follows symbolic links, as opening the file would. */
  readonly stat: (path: string) => Promise<Stats>
  readonly readFile: (path: string) => Promise<Uint8Array>
}

export const nodeFileSystem: FileSystem = {
  readdir: (path) => readdir(path, { withFileTypes: true }),
  stat: (path) => stat(path),
  readFile: (path) => readFile(path),
}
