// Our own report file (.fznb): JSON with a format version, validated on load. A later app that changes
// the model adds a migration from the previous version, so files from every earlier year still open.
import { z } from 'zod'
import { describeBytes, describeCount, limits, utf8Length } from './limits'
import type { Report } from './report'
import { appError, err, ok, type Result } from './result'

export const reportFileFormat = 'fazhi-nianbao-report'
export const reportFileVersion = 1

/**
 * The schema of a .fznb file, made when a file is first read or written: zod builds a schema's parsers as it is
 * declared, which at module load cost the start screen (which reads no report) tens of milliseconds.
 */
function buildReportFileSchema() {
  const line = z.number().int().positive().nullable()
  // Every maximum is a named limit (limits.ts): the same numbers bound import, paste and rollover.
  const text = z.string().max(limits.maxTextChars)

  const runs = z.array(z.object({ text, bold: z.boolean().optional(), stale: z.literal(true).optional() }))
  const cellRuns = runs.max(limits.maxRunsPerCell)

  const BlockSchema = z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('heading'),
      level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
      text,
      line,
    }),
    z.object({
      kind: z.literal('paragraph'),
      runs: runs.max(limits.maxRunsPerParagraph),
      line,
    }),
    z.object({
      kind: z.literal('table'),
      rows: z.array(z.array(text).max(limits.maxTableColumns)).max(limits.maxTableRows),
      header: z.boolean(),
      line,
      // Optional since stale figures in tables and lists: older files have none and need no migration.
      cellRuns: z.array(z.array(cellRuns).max(limits.maxTableColumns)).max(limits.maxTableRows).optional(),
    }),
    z.object({
      kind: z.literal('list'),
      ordered: z.boolean(),
      items: z.array(text).max(limits.maxListItems),
      line,
      itemRuns: z.array(cellRuns).max(limits.maxListItems).optional(),
    }),
  ])

  const metaText = z.string().max(limits.maxMetaChars)
  const optionalText = metaText.nullable()

  /** Optional since rollover; files written before it have no `lastYear` and need no migration. */
  const LastYearSchema = z.object({
    reportYear: z.number().int().min(1949).max(2200).nullable(),
    title: optionalText,
    plans: z.array(z.object({ text: metaText, detail: text })).max(limits.maxPlans),
    parts: z
      .array(z.object({ id: z.string().max(60).nullable(), heading: optionalText, text }))
      .max(limits.maxParts),
    /** Optional since rollover caps what it keeps: why some of last year's text is not there. */
    trimmed: z
      .array(metaText)
      .max(limits.maxParts + 1)
      .optional(),
  })

  const ReportSchema = z.object({
    meta: z.object({
      issuerMark: optionalText,
      docNumber: optionalText,
      signer: optionalText,
      recipients: optionalText,
      title: optionalText,
      issuers: z.array(z.string().max(limits.maxIssuerChars)).max(limits.maxIssuers),
      dateText: optionalText,
      note: optionalText,
      copyTo: optionalText,
      printedBy: optionalText,
      printedDateText: optionalText,
      version: z.enum(['upward', 'public']),
      reportYear: z.number().int().min(1949).max(2200).nullable(),
      lastYear: LastYearSchema.optional(),
    }),
    preamble: z.array(BlockSchema).max(limits.maxPreambleBlocks),
    parts: z
      .array(
        z.object({
          id: z.string().max(60).nullable(),
          heading: optionalText,
          blocks: z.array(BlockSchema).max(limits.maxPartBlocks),
          line,
        }),
      )
      .max(limits.maxParts),
  })

  return z.object({
    format: z.literal(reportFileFormat),
    formatVersion: z.literal(reportFileVersion),
    templateId: z.string().max(100),
    report: ReportSchema,
  })
}

let reportFileSchema: ReturnType<typeof buildReportFileSchema> | null = null

function fileSchema(): ReturnType<typeof buildReportFileSchema> {
  reportFileSchema ??= buildReportFileSchema()
  return reportFileSchema
}

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

const metaLabels: Readonly<Record<string, string>> = {
  issuerMark: '发文机关标志',
  docNumber: '发文字号',
  signer: '签发人',
  recipients: '主送机关',
  title: '标题',
  issuers: '署名',
  dateText: '成文日期',
  note: '附注',
  copyTo: '抄送机关',
  printedBy: '印发机关',
  printedDateText: '印发日期',
}

/** Where a path of ReportSchema points, as the writer finds it: 第 2 部分第 35 段中表格第 3 行第 2 格. */
function describeReportPath(path: readonly PropertyKey[]): string {
  const nth = (segment: PropertyKey | undefined): string => String(Number(segment) + 1)
  const inside = (from: number): string => {
    const segment = path[from]
    if (segment === 'rows' || segment === 'cellRuns')
      return (
        `中表格第 ${nth(path[from + 1])} 行` +
        (typeof path[from + 2] === 'number' ? `第 ${nth(path[from + 2])} 格` : '')
      )
    if (segment === 'items' || segment === 'itemRuns') return `中列表第 ${nth(path[from + 1])} 项`
    return ''
  }
  const [area, second] = path
  if (area === 'meta')
    return second === 'lastYear' ? '去年对照' : `“${metaLabels[String(second)] ?? String(second)}”`
  if (area === 'preamble') return typeof second === 'number' ? `导语第 ${nth(second)} 段${inside(2)}` : '导语'
  if (area === 'parts' && typeof second === 'number') {
    const part = `第 ${nth(second)} 部分`
    if (path[2] === 'blocks' && typeof path[3] === 'number') return `${part}第 ${nth(path[3])} 段${inside(4)}`
    return path[2] === 'heading' ? `${part}的标题` : part
  }
  return area === 'parts' ? '部分' : '报告'
}

function describeTooBig(issue: z.core.$ZodIssue): string {
  if (issue.code !== 'too_big') return '内容不符合要求'
  const maximum = describeCount(Number(issue.maximum))
  return issue.origin === 'string' ? `超过 ${maximum} 字的上限` : `超过 ${maximum} 项的上限`
}

/**
 * Why a report would not open again once saved (「第 2 部分第 35 段超过 200,000 字的上限」), with the text it would
 * be saved as when nothing is wrong. Checks the same schema and the same file size that opening checks.
 */
function checkedContent(file: ReportFile): Result<string, string> {
  const parsed = fileSchema().safeParse({
    format: reportFileFormat,
    formatVersion: reportFileVersion,
    templateId: file.templateId,
    report: file.report,
  })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return issue === undefined
      ? err('报告内容不符合要求')
      : err(`${describeReportPath(issue.path.slice(1))}${describeTooBig(issue)}`)
  }
  const content = serializeReportFile(file)
  const bytes = utf8Length(content)
  if (bytes > limits.maxFileBytes)
    return err(
      `保存后的文件有 ${describeBytes(bytes)}，超过能打开的 ${describeBytes(limits.maxFileBytes)} 上限`,
    )
  return ok(content)
}

/**
 * The text of the .fznb for a report, or why it cannot be saved, found BEFORE anything is written: a saved
 * report always opens again, and a refused save leaves the file on disk as it was.
 */
export function reportFileContent(file: ReportFile): Result<string> {
  const content = checkedContent(file)
  return content.ok
    ? content
    : err(
        appError(
          'report-too-large',
          `报告没有保存：${content.error}，保存后将无法再打开。请把过长的内容拆分或删减后再保存。`,
        ),
      )
}

/** Whether an imported document fits what a report may hold (limits.ts), so that what the editor takes can be saved. */
export function checkReportLimits(name: string, report: Report): Result<null> {
  const content = checkedContent({ templateId: '', report })
  return content.ok
    ? ok(null)
    : err(
        appError(
          'report-too-large',
          `“${name}”内容过多，无法打开：${content.error}。请在原文件中拆分或删减后再打开。`,
        ),
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
  const parsed = fileSchema().safeParse(upgraded)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue === undefined ? '' : `（位置：${issue.path.join(' → ') || '根'}）`
    return err(
      appError('report-file-invalid', `报告文件内容不完整或已损坏${where}，无法打开。可尝试打开 .bak 备份。`),
    )
  }
  return ok({ templateId: parsed.data.templateId, report: parsed.data.report })
}
