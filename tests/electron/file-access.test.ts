// The write grants: saveReport writes in place only to a path chosen in the report save dialog or a
// .fznb the user opened. Opening a .docx or .txt, or exporting a .docx/.pdf, must not let a later
// saveReport overwrite that file with the report's JSON.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { createFileAccess } from '../../electron/main/file-access'
import { createHandlers, type BridgeHost } from '../../electron/main/register-bridge'
import { serializeReportFile } from '../../renderer/core/report-file'
import { defaultTemplate } from '../../renderer/core/builtin-templates'
import { emptyReport } from '../../renderer/core/report'
import { minimalDocx, paragraphsXml } from '../docx/helpers/zip-writer'
import { memoryStore } from './memory-store'

describe('createFileAccess', () => {
  it.each([
    ['/d/2023年报告.fznb', true],
    ['/d/旧报告.FZNB', true],
    ['/d/2023年报告.docx', false],
    ['/d/草稿.txt', false],
    ['/d/说明.md', false],
    ['/d/无扩展名', false],
  ])('an opened %s is writable: %s', (path, writable) => {
    const files = createFileAccess()
    files.grantOpened(path)
    expect(files.isGranted(path)).toBe(writable)
  })

  it('grants what the save dialog returned, whatever its name, and compares resolved paths', () => {
    const files = createFileAccess()
    files.grant('/d/导出/../报告.docx')
    expect(files.isGranted('/d/报告.docx')).toBe(true)
    expect(files.isGranted('/d/别的.fznb')).toBe(false)
  })
})

describe('saveReport after opening or exporting', () => {
  let folder: string
  let openAnswer: string
  let saveAnswers: (string | null)[]
  let asked: number
  let handlers: ReturnType<typeof createHandlers>

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'fznb-grants-'))
    asked = 0
    saveAnswers = []
    const host: BridgeHost = {
      store: memoryStore(),
      files: createFileAccess(),
      autosaveFolder: join(folder, 'autosave'),
      autosaveFlushed: () => undefined,
      isTrustedSender: () => true,
      askOpenPath: () => Promise.resolve(openAnswer),
      askFolderPath: () => Promise.resolve(null),
      askSavePath: () => {
        asked += 1
        return Promise.resolve(saveAnswers.shift() ?? null)
      },
      takeLaunchPath: () => null,
      setDocumentState: () => undefined,
      print: () => Promise.resolve({ ok: true, value: null }),
      printToPdf: () => Promise.resolve({ ok: true, value: new Uint8Array([0x25, 0x50]) }),
      recentChanged: () => undefined,
    }
    handlers = createHandlers(host)
  })

  const saveReport = (path: string) =>
    handlers.saveReport({ content: '{"报告":"新"}', path, suggestedName: '报告.fznb' })

  it.each([
    ['报告.docx', minimalDocx(paragraphsXml(['一、主要举措和成效', '全年开展普法宣传41场。']))],
    ['报告.txt', new TextEncoder().encode('一、主要举措和成效\n全年开展普法宣传41场。')],
  ])('opening %s does not let saveReport overwrite it', async (name, bytes) => {
    openAnswer = join(folder, name)
    writeFileSync(openAnswer, bytes)
    expect((await handlers.openFile()).ok).toBe(true)
    // The renderer names the opened path; main asks instead (the user cancels) and writes nothing.
    expect(await saveReport(openAnswer)).toEqual({ ok: true, value: null })
    expect(asked).toBe(1)
    expect(new Uint8Array(readFileSync(openAnswer))).toEqual(bytes)
  })

  it('saves an opened .fznb in place without asking', async () => {
    openAnswer = join(folder, '报告.fznb')
    writeFileSync(
      openAnswer,
      serializeReportFile({ templateId: defaultTemplate().id, report: emptyReport() }),
    )
    expect((await handlers.openFile()).ok).toBe(true)
    expect((await saveReport(openAnswer)).ok).toBe(true)
    expect(asked).toBe(0)
    expect(readFileSync(openAnswer, 'utf8')).toBe('{"报告":"新"}')
  })

  it('does not let saveReport overwrite an exported .docx or .pdf', async () => {
    const docx = join(folder, '导出.docx')
    const pdf = join(folder, '导出.pdf')
    saveAnswers = [docx, pdf]
    expect((await handlers.saveDocx({ bytes: new Uint8Array([1, 2]), suggestedName: '导出.docx' })).ok).toBe(
      true,
    )
    expect((await handlers.exportPdf({ suggestedName: '导出.pdf' })).ok).toBe(true)
    for (const path of [docx, pdf]) expect(await saveReport(path)).toEqual({ ok: true, value: null })
    expect(asked).toBe(4)
    expect(new Uint8Array(readFileSync(docx))).toEqual(new Uint8Array([1, 2]))
  })
})
