// Turns a failed write into a sentence a clerk can act on; the text in the editor is never touched.
import { basename } from 'node:path'
import { appError, type AppError } from '../../renderer/core/result'

/** `label` names what was being saved when the file name would mean nothing to a clerk (「自动保存的草稿」). */
export function describeWriteError(path: string, cause: unknown, label?: string): AppError {
  const name = label ?? basename(path)
  switch ((cause as { code?: unknown }).code) {
    case 'ENOSPC':
      return appError(
        'disk-full',
        `磁盘空间不足，“${name}”未能保存。请清理磁盘后重试，编辑中的内容不会丢失。`,
      )
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return appError('no-write-permission', `没有权限写入“${name}”，请“另存为”到其他文件夹。`)
    case 'EBUSY':
      return appError('file-busy', `“${name}”正被其他程序（如 Word、WPS）占用，请关闭后重试。`)
    case 'ENOENT':
      return appError('folder-missing', `保存“${name}”的文件夹已不存在，请“另存为”到其他位置。`)
    default:
      return appError('write-failed', `“${name}”未能保存，请重试或“另存为”到其他位置。`)
  }
}
