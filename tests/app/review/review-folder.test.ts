// The app's 审阅模式 reads the clock and hands the day to the check, as the CLI's review does.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { reviewFolderContents } from '../../../renderer/app/review/review-folder'
import { defaultTemplate } from '../../../renderer/core/builtin-templates'

const qingjiang = readFileSync(
  fileURLToPath(new URL('../../../../shared/fixtures/reports/qingjiang-2023.txt', import.meta.url)),
)

async function futureFindings(): Promise<string[]> {
  const summary = await reviewFolderContents(
    { name: '各乡镇', files: [{ path: 'qingjiang-2023.txt', bytes: qingjiang, error: null }] },
    defaultTemplate(),
  )
  return (summary.rows[0]?.findings ?? [])
    .filter((finding) => finding.rule === 'date-in-future')
    .map((finding) => finding.message)
}

describe('reviewFolderContents', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('names the 成文日期 2024年3月18日 as still to come on the day before, not on the day itself', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2024, 2, 17, 23, 59))
    const before = await futureFindings()
    expect(before).toHaveLength(1)
    expect(before[0]).toContain('晚于今天（2024年3月17日）')
    vi.setSystemTime(new Date(2024, 2, 18, 0, 1))
    expect(await futureFindings()).toEqual([])
  })
})

describe('reviewFolderContents, a file the Bridge read no bytes of', () => {
  it('says why, not only 无法读取', async () => {
    const summary = await reviewFolderContents(
      {
        name: '各乡镇',
        files: [
          {
            path: '读取失败.docx',
            bytes: null,
            error: { code: 'no-access', message: '无法读取（没有读取权限）' },
          },
          { path: '空白.txt', bytes: null, error: null },
        ],
      },
      defaultTemplate(),
    )
    const reason = (file: string) => summary.rows.find((row) => row.file === file)?.error?.message
    expect(reason('读取失败.docx')).toBe('无法读取（没有读取权限）')
    expect(reason('空白.txt')).toBe('无法读取（没有读到文件内容，请重新选择文件夹再试）')
  })
})
