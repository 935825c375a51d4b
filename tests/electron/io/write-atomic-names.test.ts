// Long Chinese file names: a name may take up to 255 bytes (ext4; NTFS counts UTF-16 units, never more
// than the UTF-8 bytes), and an 80-character title already takes 240 of them. The temp name used for the
// atomic write and the .bak must stay within the limit, in the same folder, and unique per save.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { backupPath, writeFileAtomic } from '../../../electron/io/write-atomic'

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8')
/** A name of exactly `total` UTF-8 bytes: Chinese characters, ASCII padding, then `.fznb`. */
function nameOf(total: number): string {
  const chars = Math.floor((total - 5) / 3)
  const name = `${'清江镇法治政府建设年度报告'.repeat(10).slice(0, chars)}${'x'.repeat(total - 5 - chars * 3)}.fznb`
  expect(bytes(name)).toBe(total)
  return name
}

describe('writeFileAtomic with long names', () => {
  it.each([200, 240, 250, 255])('saves and backs up a %i-byte Chinese file name', async (total) => {
    const folder = mkdtempSync(join(tmpdir(), 'fznb-long-'))
    const target = join(folder, nameOf(total))
    await writeFileAtomic(target, '第一版', { keepBackup: true })
    await writeFileAtomic(target, '第二版', { keepBackup: true })
    expect(readFileSync(target, 'utf8')).toBe('第二版')
    expect(readFileSync(backupPath(target), 'utf8')).toBe('第一版')
    // Only the target and its backup: no temp left behind, every name within the limit.
    const names = readdirSync(folder)
    expect(names.sort()).toEqual([nameOf(total), backupPath(target).slice(folder.length + 1)].sort())
    for (const name of names) expect(bytes(name)).toBeLessThanOrEqual(255)
  })

  it('keeps `<name>.bak` whenever it fits, and cuts between characters when it does not', () => {
    expect(backupPath('/d/报告.fznb')).toBe('/d/报告.fznb.bak')
    const long = backupPath(`/d/${nameOf(255)}`)
    const name = long.slice(3)
    expect(bytes(name)).toBeLessThanOrEqual(255)
    expect(name.endsWith('.bak')).toBe(true)
    expect(name).not.toContain('\ufffd')
  })

  it('clears a temp orphaned by a killed save of a long name', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'fznb-long-'))
    const name = nameOf(252)
    // A temp whose writer (pid 2^22 + 1, above Linux's pid_max) is gone, named as a cut-down save would.
    const cut = [...name].slice(0, 75).join('')
    expect(bytes(`.${cut}.4194305.0123456789ab.tmp`)).toBeLessThanOrEqual(255)
    writeFileSync(join(folder, `.${cut}.4194305.0123456789ab.tmp`), 'half')
    await writeFileAtomic(join(folder, name), '全文')
    expect(readdirSync(folder)).toEqual([name])
  })
})
