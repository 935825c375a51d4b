// Main's Bridge handlers with a fake host and real files in a temp folder: validation, the write
// whitelist, atomic saves with a backup, and Chinese errors instead of exceptions.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { channels } from '../../renderer/bridge/channels'
import { defaultSettings, type Settings } from '../../renderer/core/settings'
import { createFileAccess } from '../../electron/main/file-access'
import { registerBridge, type BridgeHost } from '../../electron/main/register-bridge'
import type { Result } from '../../renderer/core/result'
import { memoryStore } from './memory-store'

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>

describe('registerBridge', () => {
  let folder: string
  let handlers: Map<string, Listener>
  let host: BridgeHost & {
    savePathAnswer: string | null
    asked: number
    askedKinds: string[]
    pdf: Result<Uint8Array>
    printedPdfs: number
  }
  const trusted = { senderFrame: { url: 'file:///app/index.html' } }
  const call = <T>(channel: string, ...args: unknown[]): Promise<Result<T>> =>
    handlers.get(channel)!(trusted, ...args) as Promise<Result<T>>

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'fznb-bridge-'))
    handlers = new Map()
    const state = {
      savePathAnswer: null as string | null,
      asked: 0,
      askedKinds: [] as string[],
      pdf: { ok: true, value: new TextEncoder().encode('%PDF-1.7 preview') } as Result<Uint8Array>,
      printedPdfs: 0,
    }
    host = Object.assign(state, {
      store: memoryStore(),
      files: createFileAccess(),
      autosaveFolder: join(folder, 'autosave'),
      isTrustedSender: (event: unknown) => event === trusted,
      askOpenPath: () => Promise.resolve(join(folder, 'opened.fznb')),
      askFolderPath: () => Promise.resolve(join(folder, 'reports')),
      askSavePath: (_name: string, kind: string) => {
        state.asked += 1
        state.askedKinds.push(kind)
        return Promise.resolve(state.savePathAnswer)
      },
      takeLaunchPath: () => null,
      setDocumentState: () => undefined,
      print: () => Promise.resolve({ ok: true as const, value: null }),
      printToPdf: () => {
        state.printedPdfs += 1
        return Promise.resolve(state.pdf)
      },
      recentChanged: () => undefined,
      autosaveFlushed: () => undefined,
    })
    registerBridge({ handle: (channel, listener) => handlers.set(channel, listener) }, host)
  })

  afterEach(() => rmSync(folder, { recursive: true, force: true }))

  it('registers one handler per Bridge method', () => {
    const events = new Set<string>([channels.menuCommand, channels.fileOpened, channels.flushAutosave])
    expect([...handlers.keys()].sort()).toEqual(
      Object.values(channels)
        .filter((channel) => !events.has(channel))
        .sort(),
    )
  })

  it('refuses calls from frames that are not the app', async () => {
    const result = (await handlers.get(channels.loadSettings)!({
      senderFrame: { url: 'https://evil.example' },
    })) as Result<unknown>
    expect(result.ok).toBe(false)
  })

  it('rejects malformed requests with a Chinese message instead of throwing', async () => {
    for (const bad of [
      undefined,
      42,
      { content: 5 },
      { content: 'x', path: null, suggestedName: '../../etc/passwd' },
    ]) {
      const result = await call(channels.saveReport, bad)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error.message).toMatch(/[\u4e00-\u9fff]/)
    }
    expect(host.asked).toBe(0)
  })

  it('asks where to save a new report, writes it, and then saves in place keeping a .bak', async () => {
    const target = join(folder, '2024年报告.fznb')
    host.savePathAnswer = target
    const first = await call<{ path: string }>(channels.saveReport, {
      content: '第一版',
      path: null,
      suggestedName: 'a.fznb',
    })
    expect(first).toEqual({ ok: true, value: { name: '2024年报告.fznb', path: target } })
    expect(readFileSync(target, 'utf8')).toBe('第一版')

    const second = await call(channels.saveReport, {
      content: '第二版',
      path: target,
      suggestedName: 'a.fznb',
    })
    expect(second.ok).toBe(true)
    expect(host.asked).toBe(1)
    expect(readFileSync(target, 'utf8')).toBe('第二版')
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe('第一版')
    expect(host.store.readRecent()[0]?.path).toBe(target)
  })

  it('never writes to a path the user did not choose', async () => {
    const sneaky = join(folder, 'not-chosen.txt')
    host.savePathAnswer = null
    const result = await call(channels.saveReport, { content: 'x', path: sneaky, suggestedName: 'a.fznb' })
    expect(result).toEqual({ ok: true, value: null })
    expect(host.asked).toBe(1)
    expect(existsSync(sneaky)).toBe(false)
  })

  it('opens only recent files by path, and reports a vanished one in Chinese', async () => {
    const refused = await call(channels.openRecent, join(folder, 'anything.fznb'))
    expect(refused.ok).toBe(false)

    const path = join(folder, 'opened.fznb')
    writeFileSync(path, '{"format":"fazhi-nianbao-report"}')
    const opened = await call<{ kind: string; bytes: Uint8Array }>(channels.openFile)
    expect(opened.ok && opened.value.kind).toBe('report')
    rmSync(path)
    const vanished = await call(channels.openRecent, path)
    expect(vanished.ok).toBe(false)
    if (!vanished.ok) expect(vanished.error.message).toContain('找不到')
  })

  it('reports a folder that has vanished in Chinese and writes nothing', async () => {
    host.savePathAnswer = join(folder, 'removed', 'a.fznb')
    const result = await call(channels.saveReport, { content: 'x', path: null, suggestedName: 'a.fznb' })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('folder-missing')
      expect(result.error.message).toContain('另存为')
    }
    expect(existsSync(join(folder, 'removed'))).toBe(false)
  })

  it('stores, lists, loads and clears autosaves, one file per slot', async () => {
    const draft = (id: string, documentId: string, savedAt: string) => ({
      id,
      documentId,
      content: `{"slot":"${id}"}`,
      title: null,
      name: '草稿',
      path: null,
      savedAt,
    })
    const first = draft('w1-a', 'new-a', '2025-01-10T08:00:00.000Z')
    const second = draft('w2-b', 'new-b', '2025-01-10T09:00:00.000Z')
    expect(await call(channels.listAutosaves)).toEqual({ ok: true, value: [] })
    expect(await call(channels.loadAutosave, 'w1-a')).toEqual({ ok: true, value: null })
    expect((await call(channels.storeAutosave, first)).ok).toBe(true)
    expect((await call(channels.storeAutosave, second)).ok).toBe(true)
    expect(await call(channels.loadAutosave, 'w1-a')).toEqual({ ok: true, value: first })
    expect(await call(channels.listAutosaves)).toEqual({
      ok: true,
      value: [
        { id: 'w2-b', documentId: 'new-b', title: null, name: '草稿', path: null, savedAt: second.savedAt },
        { id: 'w1-a', documentId: 'new-a', title: null, name: '草稿', path: null, savedAt: first.savedAt },
      ],
    })
    expect((await call(channels.clearAutosave, 'w2-b')).ok).toBe(true)
    expect(await call(channels.loadAutosave, 'w2-b')).toEqual({ ok: true, value: null })
    expect(await call(channels.loadAutosave, 'w1-a')).toEqual({ ok: true, value: first })
  })

  it('refuses slot ids that could name a file outside the autosave folder', async () => {
    for (const id of ['../settings', 'a/b', '..', '', 'a.b', 'x'.repeat(81)]) {
      expect(await call(channels.loadAutosave, id)).toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      })
      expect(await call(channels.clearAutosave, id)).toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      })
      const stored = await call(channels.storeAutosave, {
        id,
        documentId: 'new-a',
        content: '{}',
        title: null,
        name: null,
        path: null,
        savedAt: '2025-01-10T08:00:00.000Z',
      })
      expect(stored).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    }
    expect(existsSync(join(folder, 'settings.json'))).toBe(false)
  })

  it('lists the draft the one-slot versions left (draft.json) as slot "draft"', async () => {
    mkdirSync(join(folder, 'autosave'), { recursive: true })
    const legacy = { content: '{}', name: '旧草稿', path: null, savedAt: '2024-12-01T08:00:00.000Z' }
    writeFileSync(join(folder, 'autosave', 'draft.json'), JSON.stringify(legacy))
    expect(await call(channels.listAutosaves)).toEqual({
      ok: true,
      value: [
        {
          id: 'draft',
          documentId: 'draft',
          title: null,
          name: '旧草稿',
          path: null,
          savedAt: legacy.savedAt,
        },
      ],
    })
    expect(await call(channels.loadAutosave, 'draft')).toEqual({
      ok: true,
      value: { ...legacy, id: 'draft', documentId: 'draft', title: null },
    })
  })

  it('writes one slot in turn: the last draft asked for is the one on disk', async () => {
    const drafts = Array.from({ length: 8 }, (_, index) => ({
      id: 'w1-a',
      documentId: 'new-a',
      content: `{"n":${String(index)}}`,
      title: null,
      name: null,
      path: null,
      savedAt: `2025-01-10T08:00:0${String(index)}.000Z`,
    }))
    const results = await Promise.all(drafts.map((draft) => call(channels.storeAutosave, draft)))
    expect(results.every((result) => result.ok)).toBe(true)
    expect(await call(channels.loadAutosave, 'w1-a')).toEqual({ ok: true, value: drafts.at(-1) })
  })

  it("passes the page's answer to a flush request on to the host, from the app's frames only", async () => {
    let answers = 0
    host.autosaveFlushed = () => (answers += 1)
    await call(channels.autosaveFlushed)
    await handlers.get(channels.autosaveFlushed)!({ senderFrame: { url: 'https://evil.example' } })
    expect(answers).toBe(1)
  })

  it('validates settings before storing them', async () => {
    const bad = await call(channels.saveSettings, { ...defaultSettings, signer: 7 })
    expect(bad.ok).toBe(false)
    const good = await call<Settings>(channels.saveSettings, { ...defaultSettings, signer: '张亚平' })
    expect(good.ok && good.value.signer).toBe('张亚平')
    expect(host.store.readSettings().signer).toBe('张亚平')
  })

  it('exports the page as a PDF where the user chooses, atomically, and grants nothing else', async () => {
    const target = join(folder, '2023年报告.pdf')
    host.savePathAnswer = target
    const saved = await call(channels.exportPdf, { suggestedName: '2023年报告.pdf' })
    expect(saved).toEqual({ ok: true, value: { name: '2023年报告.pdf', path: target } })
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 preview')
    expect(existsSync(`${target}.bak`)).toBe(false)
    expect(host.printedPdfs).toBe(1)
    expect((host as unknown as { askedKinds: string[] }).askedKinds).toEqual(['pdf'])
  })

  it('prints nothing when the PDF save dialog is cancelled, and refuses a bad name', async () => {
    host.savePathAnswer = null
    expect(await call(channels.exportPdf, { suggestedName: 'a.pdf' })).toEqual({ ok: true, value: null })
    expect(host.printedPdfs).toBe(0)
    const bad = await call(channels.exportPdf, { suggestedName: 'a/b.pdf' })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.error.message).toMatch(/[\u4e00-\u9fff]/)
    expect(host.asked).toBe(1)
  })

  it('passes a failed printToPDF on in Chinese and writes no file', async () => {
    const target = join(folder, 'failed.pdf')
    host.savePathAnswer = target
    host.pdf = { ok: false, error: { code: 'pdf-failed', message: '生成 PDF 失败' } }
    const result = await call(channels.exportPdf, { suggestedName: 'failed.pdf' })
    expect(result).toEqual({ ok: false, error: { code: 'pdf-failed', message: '生成 PDF 失败' } })
    expect(existsSync(target)).toBe(false)
  })

  it('reads a folder for review: reports only, sorted, a bad file as a row with its reason', async () => {
    const reports = join(folder, 'reports')
    mkdirSync(join(reports, '乙镇'), { recursive: true })
    writeFileSync(join(reports, '甲镇.txt'), '一、主要举措和成效\n全年办理行政复议案件2件。')
    writeFileSync(join(reports, '乙镇', '报告.docx'), 'not a zip at all')
    writeFileSync(join(reports, '~$报告.docx'), 'lock')
    writeFileSync(join(reports, '.hidden.txt'), 'x')
    writeFileSync(join(reports, '说明.pdf'), 'x')
    const result = await call<{
      name: string
      files: { path: string; bytes: Uint8Array | null; error: { message: string } | null }[]
    }>(channels.openFolder)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.name).toBe('reports')
    expect(result.value.files.map((file) => file.path)).toEqual(['乙镇/报告.docx', '甲镇.txt'])
    expect(result.value.files[0]!.bytes).toBeNull()
    expect(result.value.files[0]!.error?.message).toMatch(/Word/)
    expect(new TextDecoder().decode(result.value.files[1]!.bytes!)).toContain('行政复议')
  })

  it('saves a review summary only as .html or .xlsx, where the user chooses', async () => {
    const bad = await call(channels.saveSummary, { bytes: new Uint8Array([1]), suggestedName: '汇总.exe' })
    expect(bad.ok).toBe(false)
    host.savePathAnswer = join(folder, '汇总.html')
    const saved = await call(channels.saveSummary, {
      bytes: new TextEncoder().encode('<html></html>'),
      suggestedName: '汇总.html',
    })
    expect(saved).toEqual({ ok: true, value: { name: '汇总.html', path: join(folder, '汇总.html') } })
    expect(readFileSync(join(folder, '汇总.html'), 'utf8')).toBe('<html></html>')
    // the Excel workbook the window builds asks with the spreadsheet filter and is written as given
    host.savePathAnswer = join(folder, '汇总.xlsx')
    const workbook = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9])
    const xlsx = await call(channels.saveSummary, { bytes: workbook, suggestedName: '汇总.xlsx' })
    expect(xlsx).toEqual({ ok: true, value: { name: '汇总.xlsx', path: join(folder, '汇总.xlsx') } })
    expect(host.askedKinds.slice(-2)).toEqual(['html', 'xlsx'])
    expect(new Uint8Array(readFileSync(join(folder, '汇总.xlsx')))).toEqual(workbook)
  })
})
