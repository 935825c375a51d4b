// zod schemas for what the renderer sends to main: main trusts nothing that crosses IPC.
import { z } from 'zod'
import { limits, utf8Length } from '../core/limits'
import { SettingsSchema } from '../core/settings'
import type { AutosaveDraft, AutosaveSummary } from './bridge'

/**
 * A report's .fznb may weigh what a file may weigh to be opened again (limits.ts), no more: the renderer checks
 * before it asks (reportFileContent), and main trusts nothing, so it checks the bytes again.
 */
const reportContent = z
  .string()
  .max(limits.maxFileBytes)
  .refine((content) => utf8Length(content) <= limits.maxFileBytes, '报告过大')
const maxDocxBytes = 100 * 1024 * 1024

const fileName = z
  .string()
  .min(1)
  .max(255)
  .refine(
    (name) => !/[\\/:*?"<>|]/.test(name) && ![...name].some((char) => char.charCodeAt(0) < 0x20),
    '文件名含有不允许的字符',
  )

export const PathRequestSchema = z.string().min(1).max(4096)

export const SaveReportRequestSchema = z.object({
  content: reportContent,
  path: PathRequestSchema.nullable(),
  suggestedName: fileName,
})

export const SaveDocxRequestSchema = z.object({
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= maxDocxBytes, '文档过大'),
  suggestedName: fileName,
})

export const SaveSummaryRequestSchema = z.object({
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= maxDocxBytes, '文件过大'),
  suggestedName: fileName.refine((name) => /\.(html|xlsx)$/i.test(name), '只能保存为 .html 或 .xlsx'),
})

export const ExportPdfRequestSchema = z.object({
  suggestedName: fileName,
})

/** Slot ids name files in the autosave folder: nothing that could climb out of it (no dots, no slashes). */
export const AutosaveIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/)

export const AutosaveDraftSchema = z.object({
  id: AutosaveIdSchema,
  documentId: z.string().min(1).max(4096),
  content: reportContent,
  title: z.string().max(2_000).nullable(),
  name: z.string().max(255).nullable(),
  path: PathRequestSchema.nullable(),
  savedAt: z.string().max(40),
})

/** A draft as stored; drafts of the one-slot versions have no id, documentId or title. */
const StoredDraftSchema = AutosaveDraftSchema.partial({ id: true, documentId: true, title: true })

/** A stored draft read back under slot `id`, or null when it is not one (torn, foreign, hand-edited). */
export function parseStoredDraft(id: string, value: unknown): AutosaveDraft | null {
  const parsed = StoredDraftSchema.safeParse(value)
  if (!parsed.success) return null
  const { documentId, title, ...rest } = parsed.data
  return { ...rest, id, documentId: documentId ?? rest.path ?? id, title: title ?? null }
}

/** Newest first, without the content: what the start screen lists. */
export function summarizeDrafts(drafts: readonly AutosaveDraft[]): AutosaveSummary[] {
  return drafts
    .map(({ id, documentId, title, name, path, savedAt }) => ({ id, documentId, title, name, path, savedAt }))
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt))
}

export const DocumentStateSchema = z.object({
  name: z.string().max(255),
  dirty: z.boolean(),
})

export { SettingsSchema }
