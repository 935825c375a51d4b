// Main's save and autosave handlers on a disk that fails (errors injected into node:fs/promises): the
// renderer gets a Result with a Chinese message, never a throw; the report on disk and the previous
// autosave stay as they were, so the text in the editor plus the last autosave are never both lost.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type * as FsPromises from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createFileAccess } from '../../electron/main/file-access'
import { createHandlers, type BridgeHost } from '../../electron/main/register-bridge'
import type { AutosaveDraft } from '../../renderer/bridge/bridge'
import { defaultSettings } from '../../renderer/core/settings'

const fault = vi.hoisted(() => ({ code: null as string | null }))

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>()
  return {
    ...real,
    // Every new file (the temp of each atomic write) fails while a fault is set: a full or read-only disk.
    open: async (...args: Parameters<typeof real.open>) => {
      if (fault.code !== null && args[1] === 'wx')
        throw Object.assign(new Error(`${fault.code}: injected`), { code: fault.code })
      return real.open(...args)
    },
  }
})

const draft = (content: string): AutosaveDraft => ({
  id: 'w1-slot',
  documentId: 'new-1',
  content,
  title: null,
  name: '清江镇2024年报告.fznb',
  path: null,
  savedAt: '2025-02-01T08:00:00.000Z',
})

describe('Bridge handlers when the disk fails', () => {
  let folder: string
  let handlers: ReturnType<typeof createHandlers>
  const reportPath = (): string => join(folder, '清江镇2024年报告.fznb')

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'fznb-bridge-faults-'))
    fault.code = null
    const files = createFileAccess()
    files.grant(reportPath())
    const host = {
      store: {
        readSettings: () => defaultSettings,
        writeSettings: (settings) => settings,
        readRecent: () => [],
        addRecent: () => [],
      },
      files,
      autosaveFolder: join(folder, 'autosave'),
      isTrustedSender: () => true,
      askOpenPath: () => Promise.resolve(null),
      askFolderPath: () => Promise.resolve(null),
      askSavePath: () => Promise.resolve(null),
      takeLaunchPath: () => null,
      setDocumentState: () => undefined,
      print: () => Promise.resolve({ ok: true as const, value: null }),
      printToPdf: () => Promise.resolve({ ok: true as const, value: new Uint8Array() }),
      recentChanged: () => undefined,
      autosaveFlushed: () => undefined,
    } satisfies BridgeHost
    handlers = createHandlers(host)
  })

  afterEach(() => rmSync(folder, { recursive: true, force: true }))

  it.each([
    ['ENOSPC', /磁盘空间不足/],
    ['EROFS', /没有权限写入/],
    ['EBUSY', /正被其他程序/],
  ])('save on %s: Chinese message, the report on disk untouched', async (code, message) => {
    writeFileSync(reportPath(), '旧版')
    fault.code = code
    const result = await handlers.saveReport({
      content: '新版',
      path: reportPath(),
      suggestedName: '报告.fznb',
    })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toMatch(message)
    expect(readFileSync(reportPath(), 'utf8')).toBe('旧版')
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('autosave on a full disk: says so in Chinese and keeps the previous draft loadable', async () => {
    expect((await handlers.storeAutosave(draft('第一稿'))).ok).toBe(true)
    fault.code = 'ENOSPC'
    const failed = await handlers.storeAutosave(draft('第二稿'))
    expect(failed).toMatchObject({ ok: false, error: { code: 'disk-full' } })
    if (!failed.ok)
      expect(failed.error.message).toBe(
        '磁盘空间不足，“自动保存的草稿”未能保存。请清理磁盘后重试，编辑中的内容不会丢失。',
      )
    fault.code = null
    expect(await handlers.loadAutosave('w1-slot')).toEqual({ ok: true, value: draft('第一稿') })
  })

  it('a torn or foreign autosave file never blocks start-up', async () => {
    expect((await handlers.storeAutosave(draft('第一稿'))).ok).toBe(true)
    const path = join(folder, 'autosave', 'w1-slot.json')
    const whole = readFileSync(path, 'utf8')
    for (const broken of [whole.slice(0, whole.length / 2), '', '\u0000\u0001', '{"content":1}', 'null']) {
      writeFileSync(path, broken)
      expect(await handlers.loadAutosave('w1-slot')).toEqual({ ok: true, value: null })
      expect(await handlers.listAutosaves()).toEqual({ ok: true, value: [] })
    }
  })
})
