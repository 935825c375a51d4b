// Path → bytes + kind, for the CLI (and main). The kind and size rules are core/file-kind.ts, the
// same the app applies to an opened file; this adds what needs the file system: a missing file, a
// directory, no permission, refusing a huge file before reading it and a zip bomb before inflating it.
// Plain Node: no Electron.
import { basename } from 'node:path'
import { checkInputSize, sniffFileKind, type FileKind } from '../../renderer/core/file-kind'
import { appError, err, ok, type AppError, type Result } from '../../renderer/core/result'
import { readDocxZip } from '../../renderer/docx/zip/read-docx-zip'
import { nodeFileSystem, type FileSystem } from './file-system'
import { nativeInflate } from './native-inflate'
import { errorCode } from './unreadable-entry'

export interface InputFile {
  readonly path: string
  readonly name: string
  readonly kind: FileKind
  readonly bytes: Uint8Array
}

/** `fs`: tests inject failures (EACCES as root, a file removed between stat and read). */
export async function readInput(
  path: string,
  fs: Pick<FileSystem, 'stat' | 'readFile'> = nodeFileSystem,
): Promise<Result<InputFile, AppError>> {
  const name = basename(path)
  try {
    // stat before reading: a pipe named 报告.txt is refused here, never opened (a read would wait forever).
    const info = await fs.stat(path)
    if (!info.isFile()) return err(appError('not-a-file', `“${name}”不是文件。`))
    const size = checkInputSize(name, info.size)
    if (!size.ok) return size
  } catch (error) {
    const code = errorCode(error)
    if (code === 'ENOENT' || code === 'ENOTDIR') return err(appError('not-found', `找不到文件：${path}`))
    if (code === 'EACCES' || code === 'EPERM') return err(appError('no-access', `没有权限读取文件：${path}`))
    if (code === 'EBUSY') return err(appError('file-busy', `文件正被其他程序占用，请关闭后重试：${path}`))
    return err(appError('read-failed', `无法读取文件：${path}`))
  }
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await fs.readFile(path))
  } catch (error) {
    const code = errorCode(error)
    // Locked by Word/WPS on Windows between stat and read.
    if (code === 'EBUSY') return err(appError('file-busy', `文件正被其他程序占用，请关闭后重试：${path}`))
    // Removed, or no permission to read (stat needs none on the file itself).
    if (code === 'ENOENT') return err(appError('not-found', `找不到文件：${path}`))
    if (code === 'EACCES' || code === 'EPERM') return err(appError('no-access', `没有权限读取文件：${path}`))
    return err(appError('read-failed', `无法读取文件：${path}`))
  }
  const kind = sniffFileKind(name, bytes)
  if (!kind.ok) return kind
  // Zip bombs and archives that lie are refused here, by the same capped reader the importer and the
  // layout checker read these bytes through (it remembers them, so they are not inflated again).
  if (kind.value === 'docx') {
    const zip = readDocxZip(bytes, name, nativeInflate)
    if (!zip.ok) return zip
  }
  return ok({ path, name, kind: kind.value, bytes })
}
