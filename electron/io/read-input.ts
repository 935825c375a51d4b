// Path → bytes + kind, for the CLI (and main). The kind and size rules are core/file-kind.ts, the
// same the app applies to an opened file; this adds what needs the file system: a missing file, a
// directory, no permission, refusing a huge file before reading it and a zip bomb before inflating it.
// Plain Node: no Electron.
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { checkInputSize, sniffFileKind, type FileKind } from '../../renderer/core/file-kind'
import { appError, err, ok, type AppError, type Result } from '../../renderer/core/result'
import { readDocxZip } from '../../renderer/docx/zip/read-docx-zip'

export interface InputFile {
  readonly path: string
  readonly name: string
  readonly kind: FileKind
  readonly bytes: Uint8Array
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
}

export async function readInput(path: string): Promise<Result<InputFile, AppError>> {
  const name = basename(path)
  try {
    const info = await stat(path)
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
    bytes = new Uint8Array(await readFile(path))
  } catch (error) {
    // Locked by Word/WPS on Windows between stat and read.
    if (errorCode(error) === 'EBUSY') return err(appError('file-busy', `文件正被其他程序占用，请关闭后重试：${path}`))
    return err(appError('read-failed', `无法读取文件：${path}`))
  }
  const kind = sniffFileKind(name, bytes)
  if (!kind.ok) return kind
  // Zip bombs and archives that lie are refused here, by the same capped reader the importer and the
  // layout checker read these bytes through (it remembers them, so they are not inflated again).
  if (kind.value === 'docx') {
    const zip = readDocxZip(bytes, name)
    if (!zip.ok) return zip
  }
  return ok({ path, name, kind: kind.value, bytes })
}
