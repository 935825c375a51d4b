// zod schemas for what the renderer sends to main: main trusts nothing that crosses IPC.
import { z } from 'zod'
import { limits, utf8Length } from '../core/limits'
import { SettingsSchema } from '../core/settings'

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

export const AutosaveDraftSchema = z.object({
  content: reportContent,
  name: z.string().max(255).nullable(),
  path: PathRequestSchema.nullable(),
  savedAt: z.string().max(40),
})

export const DocumentStateSchema = z.object({
  name: z.string().max(255),
  dirty: z.boolean(),
})

export { SettingsSchema }
