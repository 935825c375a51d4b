// Why a file or folder of a reviewed folder could not be read, as the Chinese row text
// “无法读取（原因）”. One unreadable entry is one row of the review; it never stops the batch.
import { appError, type AppError } from '../../renderer/core/result'

/** The system error code of a failed call (EACCES, ENOENT …), '' when there is none. */
export function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
}

const reasons: Readonly<Record<string, string>> = {
  EACCES: '没有读取权限',
  EPERM: '没有读取权限',
  ENOENT: '找不到文件，可能在审阅时被移走或删除',
  ENOTDIR: '找不到文件，可能在审阅时被移走或删除',
  ELOOP: '快捷方式（符号链接）循环指向自身',
  EBUSY: '文件正被其他程序占用，请关闭后重试',
  EMFILE: '同时打开的文件过多',
  ENAMETOOLONG: '文件名或路径过长',
  EIO: '磁盘读取出错',
}

export type UnreadableKind =
  'dangling-link' | 'folder-not-file' | 'special-file' | 'folder-unreadable' | 'file-unreadable'

const kindReasons: Readonly<
  Record<Exclude<UnreadableKind, 'folder-unreadable' | 'file-unreadable'>, string>
> = {
  'dangling-link': '快捷方式（符号链接）指向的文件不存在',
  'folder-not-file': '这是一个文件夹，不是文件',
  'special-file': '不是普通文件（可能是管道或设备）',
}

/** `cause`: the system error of a failed read, for the two kinds that come from one. */
export function unreadableEntry(kind: UnreadableKind, cause?: unknown): AppError {
  if (kind === 'folder-unreadable' || kind === 'file-unreadable') {
    const code = errorCode(cause)
    const what = kind === 'folder-unreadable' ? '文件夹无法打开' : '读取出错'
    const reason =
      code === 'EACCES' || code === 'EPERM'
        ? kind === 'folder-unreadable'
          ? '没有打开文件夹的权限'
          : '没有读取权限'
        : (reasons[code] ?? (code === '' ? what : `${what}：${code}`))
    return appError('unreadable', `无法读取（${reason}）`)
  }
  return appError('unreadable', `无法读取（${kindReasons[kind]}）`)
}
