// The Bridge for a plain browser: the test harness here and a fallback for users without the desktop app.
// Files come in through <input type=file> and leave as downloads; settings live in localStorage and the
// autosave in IndexedDB, so a crash or a closed tab loses nothing that was typed.
import { checkInputSize, sniffFileKind } from '../core/file-kind'
import { isReviewedFile, maxReviewedFiles } from '../core/review/reviewed-file'
import { appError, err, ok, type Result } from '../core/result'
import { normalizeSettings, type Settings } from '../core/settings'
import type {
  AutosaveDraft,
  AutosaveSummary,
  Bridge,
  DocumentState,
  FolderContents,
  FolderFile,
  OpenedFile,
  SavedFile,
} from './bridge'
import { parseStoredDraft, summarizeDrafts } from './bridge-requests'
import {
  deleteDraft,
  prepareAutosaveStore,
  readAllDrafts,
  readDraft,
  writeDraft,
} from './browser-autosave-store'
import { downloadBytes } from './browser-download'

const settingsKey = 'fazhi-nianbao.settings'
const appTitle = '法治年报'

/** The path inside the chosen folder, without the folder itself (webkitRelativePath starts with it). */
function relativePath(file: File): string {
  const path = file.webkitRelativePath === '' ? file.name : file.webkitRelativePath
  return path.slice(path.indexOf('/') + 1)
}

function pickFolder(): Promise<{ name: string; files: File[] } | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.webkitdirectory = true
    input.addEventListener(
      'change',
      () => {
        const files = [...(input.files ?? [])]
        const first = files[0]
        if (first === undefined) return resolve(null)
        resolve({ name: first.webkitRelativePath.split('/')[0] ?? '', files })
      },
      { once: true },
    )
    input.addEventListener('cancel', () => resolve(null), { once: true })
    input.click()
  })
}

function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true })
    input.addEventListener('cancel', () => resolve(null), { once: true })
    input.click()
  })
}

async function readPicked(file: File): Promise<Result<OpenedFile>> {
  const size = checkInputSize(file.name, file.size)
  if (!size.ok) return size
  const bytes = new Uint8Array(await file.arrayBuffer())
  const kind = sniffFileKind(file.name, bytes)
  if (!kind.ok) return kind
  // Same capped zip reader as the desktop app's main process and the importer: a bomb is refused here
  // with a Chinese message, before anything replaces the open report.
  if (kind.value === 'docx') {
    const { readDocxZip } = await import('../docx/zip/read-docx-zip')
    const zip = readDocxZip(bytes, file.name)
    if (!zip.ok) return zip
  }
  return ok({ name: file.name, path: null, kind: kind.value, bytes })
}

function loadStoredSettings(): Settings {
  const raw = localStorage.getItem(settingsKey)
  if (raw === null) return normalizeSettings(undefined)
  try {
    return normalizeSettings(JSON.parse(raw))
  } catch {
    // A hand-edited or truncated value must not keep the app from starting: fall back to defaults.
    return normalizeSettings(undefined)
  }
}

let leaveGuardInstalled = false
let dirtyNow = false
function guardUnsavedChanges(dirty: boolean): void {
  dirtyNow = dirty
  if (leaveGuardInstalled) return
  leaveGuardInstalled = true
  window.addEventListener('beforeunload', (event) => {
    if (dirtyNow) event.preventDefault()
  })
}

export function createBrowserBridge(): Bridge {
  prepareAutosaveStore()
  return {
    platform: 'browser',
    async openFile() {
      const file = await pickFile('.fznb,.docx,.txt,.md')
      if (file === null) return ok(null)
      return readPicked(file)
    },
    openRecent() {
      return Promise.resolve(
        err(appError('not-in-browser', '浏览器模式不能直接打开最近的文件，请点击“打开”重新选择。')),
      )
    },
    takeLaunchFile() {
      return Promise.resolve(ok(null))
    },
    saveReport(request): Promise<Result<SavedFile | null>> {
      const bytes = new TextEncoder().encode(request.content)
      downloadBytes(bytes, request.suggestedName, 'application/json')
      return Promise.resolve(ok({ name: request.suggestedName, path: null }))
    },
    saveDocx(request): Promise<Result<SavedFile | null>> {
      downloadBytes(
        request.bytes,
        request.suggestedName,
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      )
      return Promise.resolve(ok({ name: request.suggestedName, path: null }))
    },
    listRecent() {
      return Promise.resolve(ok([]))
    },
    loadSettings() {
      return Promise.resolve(ok(loadStoredSettings()))
    },
    saveSettings(settings) {
      const normalized = normalizeSettings(settings)
      try {
        localStorage.setItem(settingsKey, JSON.stringify(normalized))
      } catch {
        return Promise.resolve(
          err(appError('settings-not-saved', '设置未能保存：浏览器存储空间不足或被禁用。')),
        )
      }
      return Promise.resolve(ok(normalized))
    },
    async listAutosaves(): Promise<Result<readonly AutosaveSummary[]>> {
      const stored = await readAllDrafts()
      if (!stored.ok) return stored
      const drafts = stored.value.flatMap(([id, value]) => parseStoredDraft(id, value) ?? [])
      return ok(summarizeDrafts(drafts))
    },
    async loadAutosave(id): Promise<Result<AutosaveDraft | null>> {
      const stored = await readDraft(id)
      if (!stored.ok) return stored
      return ok(stored.value === null ? null : parseStoredDraft(id, stored.value))
    },
    storeAutosave(draft) {
      // No await before the write: see browser-autosave-store.ts on pagehide.
      return writeDraft(draft.id, draft)
    },
    clearAutosave(id) {
      return deleteDraft(id)
    },
    setDocumentState(state: DocumentState) {
      document.title = state.name === '' ? appTitle : `${state.dirty ? '● ' : ''}${state.name} — ${appTitle}`
      guardUnsavedChanges(state.dirty)
      return Promise.resolve(ok(null))
    },
    print() {
      window.print()
      return Promise.resolve(ok(null))
    },
    exportPdf(): Promise<Result<SavedFile | null>> {
      // A page cannot write a PDF itself; the print dialog's 另存为 PDF can. Nothing was saved by us: null.
      window.print()
      return Promise.resolve(ok(null))
    },
    async openFolder(): Promise<Result<FolderContents | null>> {
      const picked = await pickFolder()
      if (picked === null) return ok(null)
      const files: FolderFile[] = []
      const reports = picked.files
        .filter((file) => isReviewedFile(file.name))
        .sort((a, b) => relativePath(a).localeCompare(relativePath(b)))
        .slice(0, maxReviewedFiles)
      for (const file of reports) {
        // The same checks as opening one file (size, the capped zip reader).
        const read = await readPicked(file)
        files.push(
          read.ok
            ? { path: relativePath(file), bytes: read.value.bytes, error: null }
            : { path: relativePath(file), bytes: null, error: read.error },
        )
      }
      return ok({ name: picked.name, files })
    },
    saveSummary(request): Promise<Result<SavedFile | null>> {
      const type = request.suggestedName.endsWith('.xlsx')
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'text/html'
      downloadBytes(request.bytes, request.suggestedName, type)
      return Promise.resolve(ok({ name: request.suggestedName, path: null }))
    },
    onMenuCommand() {
      return () => undefined
    },
    onFileOpened() {
      return () => undefined
    },
    onFlushRequest() {
      // No main process to ask: the page flushes on pagehide and visibilitychange (use-autosave.ts).
      return () => undefined
    },
  }
}
