// The one interface between the renderer and whatever holds the files: Electron main (preload.ts)
// or the browser (browser-bridge.ts). Every method is async and returns a Result, never throws:
// an error thrown across IPC reaches the renderer as "Error invoking remote method…" without its fields.
import type { FileKind } from '../core/file-kind'
import type { AppError, Result } from '../core/result'
import type { Settings } from '../core/settings'

export type { FileKind }

export interface OpenedFile {
  readonly name: string
  /** Absolute path in Electron; null in the browser, where pages never see paths. */
  readonly path: string | null
  readonly kind: FileKind
  readonly bytes: Uint8Array
}

export interface SavedFile {
  readonly name: string
  readonly path: string | null
}

export interface RecentFile {
  readonly name: string
  readonly path: string
  /** ISO timestamp. */
  readonly openedAt: string
}

export interface SaveReportRequest {
  /** The .fznb JSON text. */
  readonly content: string
  /** Where the report was opened from or last saved; null asks where to save (另存为). */
  readonly path: string | null
  readonly suggestedName: string
}

export interface SaveDocxRequest {
  readonly bytes: Uint8Array
  readonly suggestedName: string
}

export interface ExportPdfRequest {
  /** File name offered in the save dialog, e.g. 2023年法治政府建设年度报告.pdf. */
  readonly suggestedName: string
}

/**
 * Unsaved work kept in the app's data folder (IndexedDB in browser mode), offered back after a crash or a closed
 * tab. One slot per document per window (renderer/app/draft-slot.ts), so no window overwrites another's draft.
 */
export interface AutosaveDraft {
  /** The slot: letters, digits, - and _ only, as the desktop app names a file after it. */
  readonly id: string
  /** The report it holds: its file's path, or the id a new report was given. */
  readonly documentId: string
  /** The .fznb JSON text. */
  readonly content: string
  /** The report's 标题 when it had one, for the start screen's list (several drafts share 未命名报告). */
  readonly title: string | null
  readonly name: string | null
  readonly path: string | null
  /** ISO timestamp. */
  readonly savedAt: string
}

/** A draft as listed on the start screen, without its content. */
export type AutosaveSummary = Omit<AutosaveDraft, 'content'>

export interface DocumentState {
  /** Shown in the window title: 文件名 — 法治年报; empty while no report is open. */
  readonly name: string
  /** Unsaved changes: title gets a ● and closing the window asks first. */
  readonly dirty: boolean
}

/** One report of a folder chosen for review, read with the usual input checks. */
export interface FolderFile {
  /** Path relative to the chosen folder, with / separators. */
  readonly path: string
  /** null when the file could not be read; `error` says why. */
  readonly bytes: Uint8Array | null
  readonly error: AppError | null
}

export interface FolderContents {
  /** The folder's own name, for the title of the review. */
  readonly name: string
  readonly files: readonly FolderFile[]
}

export interface SaveSummaryRequest {
  readonly bytes: Uint8Array
  /** Ends in .html or .xlsx, which decides the dialog's filter. */
  readonly suggestedName: string
}

export const menuCommands = [
  'new',
  'open',
  'save',
  'save-as',
  'export-docx',
  'print',
  'undo',
  'redo',
  'find',
  'replace',
  'settings',
  'review',
  'about',
] as const
export type MenuCommand = (typeof menuCommands)[number]

export interface Bridge {
  readonly platform: 'electron' | 'browser'
  /** Shows the open dialog (.fznb, .docx, .txt); null when the user cancels. */
  openFile(): Promise<Result<OpenedFile | null>>
  openRecent(path: string): Promise<Result<OpenedFile>>
  /** A file the app was launched with (double-clicked .fznb), taken once. */
  takeLaunchFile(): Promise<Result<OpenedFile | null>>
  saveReport(request: SaveReportRequest): Promise<Result<SavedFile | null>>
  saveDocx(request: SaveDocxRequest): Promise<Result<SavedFile | null>>
  listRecent(): Promise<Result<readonly RecentFile[]>>
  loadSettings(): Promise<Result<Settings>>
  saveSettings(settings: Settings): Promise<Result<Settings>>
  /** Every recoverable draft, newest first; unreadable ones are left out, never an error. */
  listAutosaves(): Promise<Result<readonly AutosaveSummary[]>>
  /** null when the draft is gone (recovered or discarded in another window meanwhile). */
  loadAutosave(id: string): Promise<Result<AutosaveDraft | null>>
  /** Replaces the draft in slot `draft.id`. Browser mode starts its IndexedDB write before returning (pagehide). */
  storeAutosave(draft: AutosaveDraft): Promise<Result<null>>
  clearAutosave(id: string): Promise<Result<null>>
  setDocumentState(state: DocumentState): Promise<Result<null>>
  /** Prints the current page (the print preview once it exists) through the system dialog. */
  print(): Promise<Result<null>>
  /**
   * Saves the page as an A4 PDF (the print preview, while it is open): Electron asks where and writes it; a
   * browser cannot write files, so it opens the print dialog, whose 另存为 PDF does the same. null: cancelled.
   */
  exportPdf(request: ExportPdfRequest): Promise<Result<SavedFile | null>>
  /** 审阅模式: asks for a folder and returns every report in it (.docx, .txt, .fznb); null when cancelled. */
  openFolder(): Promise<Result<FolderContents | null>>
  /** Saves a review summary (.html or .xlsx) where the user chooses; null when cancelled. */
  saveSummary(request: SaveSummaryRequest): Promise<Result<SavedFile | null>>
  /** Menu clicks in Electron; returns the unsubscribe function. The browser has no native menu. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** A file opened from outside while the app runs (second instance, file association). */
  onFileOpened(listener: (file: OpenedFile) => void): () => void
  /**
   * The window is about to close: store the pending autosave; main waits (a little) for the returned promise.
   * Browser mode has no main process and flushes on pagehide itself.
   */
  onFlushRequest(listener: () => Promise<void>): () => void
}
