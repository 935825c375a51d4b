// One ipcMain.handle per Bridge method. Every argument is validated with zod, every handler returns a
// Result (never throws across IPC) and only frames of our own app may call.
import { basename, join } from 'node:path'
import type { z } from 'zod'
import type { Bridge, DocumentState, SavedFile } from '../../renderer/bridge/bridge'
import {
  AutosaveDraftSchema,
  AutosaveIdSchema,
  DocumentStateSchema,
  ExportPdfRequestSchema,
  PathRequestSchema,
  SaveDocxRequestSchema,
  SaveReportRequestSchema,
  SaveSummaryRequestSchema,
  SettingsSchema,
} from '../../renderer/bridge/bridge-requests'
import { channels } from '../../renderer/bridge/channels'
import { appError, err, ok, type Result } from '../../renderer/core/result'
import { describeWriteError } from '../io/describe-write-error'
import { writeFileAtomic } from '../io/write-atomic'
import type { AppStore } from './app-store'
import { createAutosaveFolder } from './autosave-folder'
import type { FileAccess } from './file-access'
import type { SaveKind } from './dialogs'
import { openDocument } from './open-document'
import { readFolder } from './read-folder'

export type InvokeMethod = Exclude<
  keyof Bridge,
  'platform' | 'onMenuCommand' | 'onFileOpened' | 'onFlushRequest'
>

/** What the handlers need from the running app; tests pass a fake. */
export interface BridgeHost {
  readonly store: AppStore
  readonly files: FileAccess
  /** The drafts' folder (autosave-folder.ts), in the user data folder. */
  readonly autosaveFolder: string
  isTrustedSender(event: unknown): boolean
  askOpenPath(): Promise<string | null>
  askSavePath(suggestedName: string, kind: SaveKind): Promise<string | null>
  askFolderPath(): Promise<string | null>
  takeLaunchPath(): string | null
  setDocumentState(state: DocumentState): void
  print(): Promise<Result<null>>
  /** The window's page as an A4 PDF without margins (the print preview's @page sets them). */
  printToPdf(): Promise<Result<Uint8Array>>
  recentChanged(): void
  /** The page has stored its pending autosave, as asked before closing (flush-before-close.ts). */
  autosaveFlushed(): void
}

export interface IpcHandleTarget {
  handle(channel: string, listener: (event: unknown, ...args: unknown[]) => Promise<unknown>): void
}

type Handlers = { [K in InvokeMethod]: (...args: unknown[]) => ReturnType<Bridge[K]> }

const badRequest = appError(
  'bad-request',
  '程序内部请求无效，操作未执行。请重试；如反复出现，请重新启动法治年报。',
)

function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> | null {
  const parsed = schema.safeParse(value)
  return parsed.success ? parsed.data : null
}

export function registerBridge(ipc: IpcHandleTarget, host: BridgeHost): void {
  const handlers = createHandlers(host)
  for (const method of Object.keys(handlers) as InvokeMethod[]) {
    ipc.handle(channels[method], async (event, ...args) => {
      if (!host.isTrustedSender(event)) return err(badRequest)
      try {
        return await handlers[method](...args)
      } catch {
        // Unexpected: the handlers map known failures themselves. Keep the renderer's text; say so in Chinese.
        return err(appError('internal', '操作失败，编辑中的内容未受影响。请重试。'))
      }
    })
  }
  // Not a Bridge method: the preload's answer to main's flush request, sent once the draft is stored.
  ipc.handle(channels.autosaveFlushed, (event) => {
    if (!host.isTrustedSender(event)) return Promise.resolve(err(badRequest))
    host.autosaveFlushed()
    return Promise.resolve(ok(null))
  })
}

export function createHandlers(host: BridgeHost): Handlers {
  const drafts = createAutosaveFolder(host.autosaveFolder)
  const remember = (path: string): void => {
    host.store.addRecent({ name: basename(path), path })
    host.recentChanged()
  }
  const open = async (path: string) => {
    const opened = await openDocument(path)
    if (opened.ok) {
      host.files.grantOpened(path)
      remember(path)
    }
    return opened
  }
  const save = async (
    path: string | null,
    suggestedName: string,
    kind: Exclude<SaveKind, 'pdf'>,
    data: Uint8Array | string,
  ): Promise<Result<SavedFile | null>> => {
    const target =
      path !== null && host.files.isGranted(path) ? path : await host.askSavePath(suggestedName, kind)
    if (target === null) return ok(null)
    try {
      await writeFileAtomic(target, data, { keepBackup: kind === 'report' })
    } catch (cause) {
      return err(describeWriteError(target, cause))
    }
    // Only a report's own file is saved in place later; an export target is asked for every time.
    if (kind === 'report') {
      host.files.grant(target)
      remember(target)
    }
    return ok({ name: basename(target), path: target })
  }

  return {
    async openFile() {
      const path = await host.askOpenPath()
      return path === null ? ok(null) : open(path)
    },
    async openRecent(path) {
      const checked = parse(PathRequestSchema, path)
      if (checked === null) return err(badRequest)
      // Only files the user has opened before: the renderer cannot name an arbitrary path.
      if (!host.store.readRecent().some((entry) => entry.path === checked)) return err(badRequest)
      return open(checked)
    },
    async takeLaunchFile() {
      const path = host.takeLaunchPath()
      return path === null ? ok(null) : open(path)
    },
    async saveReport(request) {
      const checked = parse(SaveReportRequestSchema, request)
      if (checked === null) return err(badRequest)
      return save(checked.path, checked.suggestedName, 'report', checked.content)
    },
    async saveDocx(request) {
      const checked = parse(SaveDocxRequestSchema, request)
      if (checked === null) return err(badRequest)
      return save(null, checked.suggestedName, 'docx', checked.bytes)
    },
    listRecent() {
      return Promise.resolve(ok(host.store.readRecent()))
    },
    loadSettings() {
      return Promise.resolve(ok(host.store.readSettings()))
    },
    saveSettings(settings) {
      const checked = parse(SettingsSchema, settings)
      if (checked === null) return Promise.resolve(err(appError('bad-settings', '设置内容无效，未保存。')))
      return Promise.resolve(ok(host.store.writeSettings(checked)))
    },
    async listAutosaves() {
      return ok(await drafts.list())
    },
    async loadAutosave(id) {
      const checked = parse(AutosaveIdSchema, id)
      if (checked === null) return err(badRequest)
      return ok(await drafts.load(checked))
    },
    async storeAutosave(draft) {
      const checked = parse(AutosaveDraftSchema, draft)
      if (checked === null) return err(badRequest)
      try {
        await drafts.store(checked)
        return ok(null)
      } catch (cause) {
        return err(
          describeWriteError(join(host.autosaveFolder, `${checked.id}.json`), cause, '自动保存的草稿'),
        )
      }
    },
    async clearAutosave(id) {
      const checked = parse(AutosaveIdSchema, id)
      if (checked === null) return err(badRequest)
      await drafts.clear(checked)
      return ok(null)
    },
    setDocumentState(state) {
      const checked = parse(DocumentStateSchema, state)
      if (checked === null) return Promise.resolve(err(badRequest))
      host.setDocumentState(checked)
      return Promise.resolve(ok(null))
    },
    print() {
      return host.print()
    },
    async openFolder() {
      const folder = await host.askFolderPath()
      if (folder === null) return ok(null)
      return ok(await readFolder(folder))
    },
    async saveSummary(request) {
      const checked = parse(SaveSummaryRequestSchema, request)
      if (checked === null) return err(badRequest)
      const kind = checked.suggestedName.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'html'
      return save(null, checked.suggestedName, kind, checked.bytes)
    },
    async exportPdf(request) {
      const checked = parse(ExportPdfRequestSchema, request)
      if (checked === null) return err(badRequest)
      const target = await host.askSavePath(checked.suggestedName, 'pdf')
      if (target === null) return ok(null)
      const pdf = await host.printToPdf()
      if (!pdf.ok) return pdf
      try {
        await writeFileAtomic(target, pdf.value)
      } catch (cause) {
        return err(describeWriteError(target, cause))
      }
      return ok({ name: basename(target), path: target })
    },
  }
}
