// The one interface between the renderer and whatever holds the files: Electron main (preload.ts)
// or the browser (browser-bridge.ts). Every method is async and returns a Result, never throws:
// an error thrown across IPC reaches the renderer as "Error invoking remote method…" without its fields.
import type { FileKind } from '../core/file-kind'
import type { Result } from '../core/result'
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

/** The unsaved work kept in the app's data folder, offered back after a crash. */
export interface AutosaveDraft {
  readonly content: string
  readonly name: string | null
  readonly path: string | null
  /** ISO timestamp. */
  readonly savedAt: string
}

export interface DocumentState {
  /** Shown in the window title: 文件名 — 法治年报; empty while no report is open. */
  readonly name: string
  /** Unsaved changes: title gets a ● and closing the window asks first. */
  readonly dirty: boolean
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
  loadAutosave(): Promise<Result<AutosaveDraft | null>>
  storeAutosave(draft: AutosaveDraft): Promise<Result<null>>
  clearAutosave(): Promise<Result<null>>
  setDocumentState(state: DocumentState): Promise<Result<null>>
  /** Prints the current page (the print preview once it exists) through the system dialog. */
  print(): Promise<Result<null>>
  /** Menu clicks in Electron; returns the unsubscribe function. The browser has no native menu. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** A file opened from outside while the app runs (second instance, file association). */
  onFileOpened(listener: (file: OpenedFile) => void): () => void
}
