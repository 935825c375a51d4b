// `review` over a folder with entries that cannot be read: each becomes a row “无法读取（原因）” and the
// review goes on, outputs written. Tests run as root, where chmod 000 denies nothing, so permission
// errors are injected through the file-system seam (electron/io/file-system.ts); a dangling link, a
// folder named 报告.docx, a pipe and a file removed between listing and reading are made for real.
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import { reviewCommand } from '../../electron/cli/review-command'
import { nodeFileSystem, type FileSystem } from '../../electron/io/file-system'
import { reviewFolder } from '../../electron/cli/review/review-folder'
import { defaultTemplate } from '../../renderer/core/builtin-templates'
import type { ReviewSummary } from '../../renderer/core/review/review-summary'
import { runCli } from './run-cli'

const report = fileURLToPath(new URL('../fixtures/reports/nanhu-2023.txt', import.meta.url))
const template = defaultTemplate()

/** A folder with one good report and every kind of unreadable entry that can be made without a seam. */
function buildFolder(): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'fznb-unreadable-')), '各乡镇')
  mkdirSync(folder)
  copyFileSync(report, join(folder, '南湖乡.txt'))
  symlinkSync(join(folder, '已删除的报告.docx'), join(folder, '断链.docx'))
  mkdirSync(join(folder, '解压后的.docx'))
  execFileSync('mkfifo', [join(folder, '管道.txt')])
  // A link to a real report is read; a link back up the tree does not loop.
  symlinkSync(join(folder, '南湖乡.txt'), join(folder, '南湖乡-链接.txt'))
  mkdirSync(join(folder, '子目录'))
  symlinkSync(folder, join(folder, '子目录', '回到上级'))
  return folder
}

const errorOf = (summary: ReviewSummary, file: string): string | undefined =>
  summary.rows.find((row) => row.file === file)?.error?.message

describe('reviewFolder with unreadable entries', () => {
  it('makes one row per unreadable entry and reads the rest', async () => {
    const folder = buildFolder()
    const summary = await reviewFolder(folder, template)
    expect(summary.rows.map((row) => row.file).sort()).toEqual(
      ['南湖乡-链接.txt', '南湖乡.txt', '断链.docx', '管道.txt', '解压后的.docx'].sort(),
    )
    expect(errorOf(summary, '断链.docx')).toBe('无法读取（快捷方式（符号链接）指向的文件不存在）')
    expect(errorOf(summary, '解压后的.docx')).toBe('无法读取（这是一个文件夹，不是文件）')
    expect(errorOf(summary, '管道.txt')).toBe('无法读取（不是普通文件（可能是管道或设备））')
    for (const file of ['南湖乡.txt', '南湖乡-链接.txt'])
      expect(summary.rows.find((row) => row.file === file)?.readable).toBe(true)
    for (const file of ['断链.docx', '解压后的.docx', '管道.txt']) {
      const row = summary.rows.find((candidate) => candidate.file === file)
      expect(row?.readable).toBe(false)
      expect(row?.sendBack).toContain('unreadable')
    }
  })

  it('records a subfolder without permission and a file it may not read, then goes on', async () => {
    const folder = buildFolder()
    mkdirSync(join(folder, '受限'))
    copyFileSync(report, join(folder, '受限', '看不到.txt'))
    copyFileSync(report, join(folder, '无权限.txt'))
    const denied = (path: string): Error => Object.assign(new Error(`EACCES: ${path}`), { code: 'EACCES' })
    const fs: FileSystem = {
      ...nodeFileSystem,
      readdir: (path) =>
        path.endsWith('受限') ? Promise.reject(denied(path)) : nodeFileSystem.readdir(path),
      readFile: (path) =>
        path.endsWith('无权限.txt') ? Promise.reject(denied(path)) : nodeFileSystem.readFile(path),
    }
    const summary = await reviewFolder(folder, template, fs)
    expect(errorOf(summary, '受限')).toBe('无法读取（没有打开文件夹的权限）')
    expect(errorOf(summary, '无权限.txt')).toBe('无法读取（没有读取权限）')
    expect(summary.rows.find((row) => row.file === '南湖乡.txt')?.readable).toBe(true)
  })

  it('records a file removed between listing and reading', async () => {
    const folder = buildFolder()
    copyFileSync(report, join(folder, '被删.txt'))
    const fs: FileSystem = {
      ...nodeFileSystem,
      stat: async (path) => {
        const info = await nodeFileSystem.stat(path)
        // Listed, then gone before it is read: another clerk tidied the shared folder.
        if (path.endsWith('被删.txt') && info.isFile() && existsSync(path)) rmSync(path)
        return info
      },
    }
    const summary = await reviewFolder(folder, template, fs)
    expect(errorOf(summary, '被删.txt')).toBe('无法读取（找不到文件，可能在审阅时被移走或删除）')
  })
})

describe('npm run cli -- review with unreadable entries', () => {
  it('exits 1, lists them as 无法读取 and still writes the outputs', () => {
    const folder = buildFolder()
    const html = join(folder, '..', '汇总.html')
    const run = runCli('review', folder, '--json', '-o', html)
    expect(run.stderr).not.toMatch(/EACCES|Error|at /)
    expect(run.code).toBe(1)
    const summary = JSON.parse(run.stdout) as ReviewSummary
    expect(errorOf(summary, '管道.txt')).toMatch(/^无法读取（/)
    expect(errorOf(summary, '断链.docx')).toMatch(/^无法读取（/)
    expect(readFileSync(html, 'utf8')).toContain('无法读取（这是一个文件夹，不是文件）')
  })

  it('exits 2 with a Chinese line when the folder itself cannot be listed', async () => {
    const folder = buildFolder()
    // In process, so the permission error can be injected into the default file system (root reads all).
    const original = nodeFileSystem.readdir
    const spy = vi
      .spyOn(nodeFileSystem, 'readdir')
      .mockImplementation((path) =>
        path === folder
          ? Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' }))
          : original(path),
      )
    const out: string[] = []
    const code = await reviewCommand.run([folder], {
      stdout: (text) => out.push(text),
      stderr: (text) => out.push(text),
    })
    spy.mockRestore()
    expect(code).toBe(2)
    expect(out.join('')).toBe(`文件夹“${folder}”无法读取（没有打开文件夹的权限）。\n`)
  })
})
