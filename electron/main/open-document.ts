// Reads a file the user chose, with the same size and format checks as browser mode.
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { OpenedFile } from '../../renderer/bridge/bridge'
import { checkInputSize, sniffFileKind } from '../../renderer/core/file-kind'
import { appError, err, ok, type Result } from '../../renderer/core/result'
import { checkZipLimits } from '../../renderer/docx/import/zip-limits'

export async function openDocument(path: string): Promise<Result<OpenedFile>> {
  const name = basename(path)
  try {
    const info = await stat(path)
    if (!info.isFile()) return err(appError('not-a-file', `“${name}”不是文件。`))
    const size = checkInputSize(name, info.size)
    if (!size.ok) return size
    const bytes = new Uint8Array(await readFile(path))
    const kind = sniffFileKind(name, bytes)
    if (!kind.ok) return kind
    // Refused in main, before the bytes reach the renderer's importer (mammoth inflates without limits).
    if (kind.value === 'docx') {
      const limits = await checkZipLimits(bytes, name)
      if (!limits.ok) return limits
    }
    return ok({ name, path, kind: kind.value, bytes })
  } catch (cause) {
    return err(describeReadError(name, cause))
  }
}

function describeReadError(name: string, cause: unknown): ReturnType<typeof appError> {
  const code = (cause as { code?: unknown }).code
  if (code === 'ENOENT') return appError('file-not-found', `找不到“${name}”，文件可能已被移动或删除。`)
  if (code === 'EACCES' || code === 'EPERM')
    return appError('file-no-permission', `没有权限读取“${name}”，请检查文件权限或是否被其他程序占用。`)
  if (code === 'EBUSY') return appError('file-busy', `“${name}”正被其他程序占用，请关闭后重试。`)
  return appError('file-read-failed', `读取“${name}”失败，请重试。`)
}
