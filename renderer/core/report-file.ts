// Our own report file (.fznb): JSON with a format version, validated on load. A later app that changes
// the model adds a migration from the previous version, so files from every earlier year still open.
import { z } from 'zod'
import type { Report } from './report'
import { appError, err, ok, type Result } from './result'

export const reportFileFormat = 'fazhi-nianbao-report'
export const reportFileVersion = 1

const line = z.number().int().positive().nullable()
const text = z.string().max(200_000)

const runs = z.array(z.object({ text, bold: z.boolean().optional(), stale: z.literal(true).optional() }))

const BlockSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('heading'),
    level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    text,
    line,
  }),
  z.object({
    kind: z.literal('paragraph'),
    runs: runs.max(10_000),
    line,
  }),
  z.object({
    kind: z.literal('table'),
    rows: z.array(z.array(text).max(100)).max(5_000),
    header: z.boolean(),
    line,
    // Optional since stale figures in tables and lists: older files have none and need no migration.
    cellRuns: z
      .array(z.array(runs.max(1_000)).max(100))
      .max(5_000)
      .optional(),
  }),
  z.object({
    kind: z.literal('list'),
    ordered: z.boolean(),
    items: z.array(text).max(5_000),
    line,
    itemRuns: z.array(runs.max(1_000)).max(5_000).optional(),
  }),
])

const optionalText = z.string().max(2_000).nullable()

/** Optional since rollover (issue 7); files written before it have no `lastYear` and need no migration. */
const LastYearSchema = z.object({
  reportYear: z.number().int().min(1949).max(2200).nullable(),
  title: optionalText,
  plans: z.array(z.object({ text: z.string().max(2_000), detail: text })).max(200),
  parts: z.array(z.object({ id: z.string().max(60).nullable(), heading: optionalText, text })).max(200),
})

const ReportSchema = z.object({
  meta: z.object({
    issuerMark: optionalText,
    docNumber: optionalText,
    signer: optionalText,
    recipients: optionalText,
    title: optionalText,
    issuers: z.array(z.string().max(200)).max(20),
    dateText: optionalText,
    note: optionalText,
    copyTo: optionalText,
    printedBy: optionalText,
    printedDateText: optionalText,
    version: z.enum(['upward', 'public']),
    reportYear: z.number().int().min(1949).max(2200).nullable(),
    lastYear: LastYearSchema.optional(),
  }),
  preamble: z.array(BlockSchema).max(10_000),
  parts: z
    .array(
      z.object({
        id: z.string().max(60).nullable(),
        heading: optionalText,
        blocks: z.array(BlockSchema).max(50_000),
        line,
      }),
    )
    .max(200),
})

const ReportFileSchema = z.object({
  format: z.literal(reportFileFormat),
  formatVersion: z.literal(reportFileVersion),
  templateId: z.string().max(100),
  report: ReportSchema,
})

export interface ReportFile {
  readonly templateId: string
  readonly report: Report
}

/** Migrations keyed by the version they upgrade from; empty while version 1 is the only one. */
const migrations: Readonly<Record<number, (file: Record<string, unknown>) => Record<string, unknown>>> = {}

export function serializeReportFile(file: ReportFile): string {
  return JSON.stringify(
    {
      format: reportFileFormat,
      formatVersion: reportFileVersion,
      templateId: file.templateId,
      report: file.report,
    },
    null,
    1,
  )
}

export function parseReportFile(json: string): Result<ReportFile> {
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch {
    return err(
      appError(
        'report-file-corrupt',
        '报告文件已损坏（不是有效的 JSON），无法打开。可尝试打开同一文件夹中的 .bak 备份。',
      ),
    )
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== reportFileFormat)
    return err(appError('not-a-report-file', '这不是法治年报的报告文件（.fznb）。'))
  let upgraded = data as Record<string, unknown>
  let version = upgraded['formatVersion']
  while (typeof version === 'number' && version < reportFileVersion) {
    const migrate = migrations[version]
    if (migrate === undefined) break
    upgraded = migrate(upgraded)
    version = upgraded['formatVersion']
  }
  if (typeof version === 'number' && version > reportFileVersion)
    return err(appError('report-file-too-new', '这份报告由更新版本的法治年报保存，请升级软件后再打开。'))
  const parsed = ReportFileSchema.safeParse(upgraded)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue === undefined ? '' : `（位置：${issue.path.join(' → ') || '根'}）`
    return err(
      appError('report-file-invalid', `报告文件内容不完整或已损坏${where}，无法打开。可尝试打开 .bak 备份。`),
    )
  }
  return ok({ templateId: parsed.data.templateId, report: parsed.data.report })
}
