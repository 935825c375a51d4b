// npm run cli -- review DIR [-o summary.xlsx|summary.html ...] [--json] [--template ID]: the county office's
// batch review of every .docx/.txt/.fznb under DIR. Exit 0 when every report passes, 1 when any goes back
// (unreadable, incomplete or badly formatted), 2 on bad arguments, a missing folder, no reports, or a
// failed write. With --json stdout is exactly one JSON object (ReviewSummary).
import { commandUsage } from './command-usage'
import { stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { parseArgs } from 'node:util'
import { reviewPageHtml } from '../../renderer/core/review/review-page-html'
import type { ReviewSummary } from '../../renderer/core/review/review-summary'
import type { Template } from '../../renderer/core/template-schema'
import { describeWriteError } from '../io/describe-write-error'
import { unreadableEntry } from '../io/unreadable-entry'
import { nodeFileSystem } from '../io/file-system'
import { writeFileAtomic } from '../io/write-atomic'
import type { CliCommand, ExitCode } from './command'
import { loadTemplate } from './load-template'
import { reviewFolder } from './review/review-folder'
import { reviewText } from './review/review-text'

const writers: Readonly<
  Record<string, (summary: ReviewSummary, template: Template) => Promise<Uint8Array | string>>
> = {
  // the workbook writer is loaded only when an .xlsx is asked for
  '.xlsx': async (summary, template) =>
    (await import('../../renderer/xlsx/review-xlsx')).reviewXlsx(summary, template),
  '.html': (summary, template) => Promise.resolve(reviewPageHtml(summary, template)),
  '.htm': (summary, template) => Promise.resolve(reviewPageHtml(summary, template)),
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}

export const reviewCommand: CliCommand = {
  run: async (args, io, environment = {}): Promise<ExitCode> => {
    let parsed: ReturnType<typeof parseReviewArgs>
    try {
      parsed = parseReviewArgs(args)
    } catch {
      io.stderr(`参数有误。用法：npm run cli -- ${commandUsage.review}\n`)
      return 2
    }
    const folder = parsed.positionals[0]
    if (folder === undefined || parsed.positionals.length > 1) {
      io.stderr(`请给出且只给出一个要审阅的文件夹。用法：npm run cli -- ${commandUsage.review}\n`)
      return 2
    }
    const outputs = parsed.values.output ?? []
    const unknown = outputs.find((out) => writers[extname(out).toLowerCase()] === undefined)
    if (unknown !== undefined) {
      io.stderr(`输出文件“${basename(unknown)}”应以 .xlsx 或 .html 结尾。\n`)
      return 2
    }
    if (!(await isFolder(folder))) {
      io.stderr(`找不到文件夹：${folder}\n`)
      return 2
    }
    const template = await loadTemplate(parsed.values.template)
    if (!template.ok) {
      io.stderr(`${template.error.message}\n`)
      return 2
    }
    let summary: ReviewSummary
    try {
      let told = false
      summary = await reviewFolder(folder, template.value, nodeFileSystem, {
        ...(environment.startReviewWorker === undefined ? {} : { start: environment.startReviewWorker }),
        // said once: the review itself goes on, its rows the same, only slower
        onFailure: (error) => {
          if (told) return
          told = true
          io.stderr(`并行审阅的线程出错（${error.message.split('\n')[0] ?? ''}），其余报告改为逐个审阅。\n`)
        },
      })
    } catch (cause) {
      // Only the chosen folder itself ends the review; anything unreadable inside it is a row.
      io.stderr(`文件夹“${folder}”${unreadableEntry('folder-unreadable', cause).message}。\n`)
      return 2
    }
    if (summary.rows.length === 0) {
      io.stderr(`文件夹“${folder}”中没有可审阅的报告（.docx、.txt 或 .fznb）。\n`)
      return 2
    }
    const json = parsed.values.json === true
    // With --json, stdout holds only the JSON object; confirmations go to stderr.
    const say = json ? io.stderr : io.stdout
    for (const out of outputs) {
      const write = writers[extname(out).toLowerCase()]
      if (write === undefined) continue
      try {
        await writeFileAtomic(out, await write(summary, template.value))
      } catch (cause) {
        io.stderr(`${describeWriteError(out, cause).message}\n`)
        return 2
      }
      say(`已写出审阅汇总：${out}\n`)
    }
    if (json) io.stdout(`${JSON.stringify(summary, null, 2)}\n`)
    else io.stdout(reviewText(summary))
    return summary.totals.sendBack === 0 ? 0 : 1
  },
}

function parseReviewArgs(args: readonly string[]): {
  positionals: string[]
  values: { output?: string[]; json?: boolean; template?: string }
} {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      output: { type: 'string', short: 'o', multiple: true },
      json: { type: 'boolean' },
      template: { type: 'string' },
    },
  })
}
