// npm run cli -- export FILE -o OUT.docx [--public] [--set key=value ...]  (cli.md): the official-format .docx
// (GB/T 9704, renderer/docx/export) from anything `check` reads, written atomically. Exit 0 written (with a note on
// stderr of the 签发人, 主送, 署名 or 成文日期 it lacks, and of a 发文机关标志 it made from the 署名), 2 bad input.
import { commandUsage } from './command-usage'
import { parseArgs } from 'node:util'
import { basename, extname } from 'node:path'
import { derivedMarkNote, missingPieces } from '../../renderer/core/missing-pieces'
import type { ReportMeta } from '../../renderer/core/report'
import { defaultSettings } from '../../renderer/core/settings'
import type { CliCommand, ExitCode } from './command'
import { loadInput } from './load-input'
import { writeOutput } from './write-output'

/** `--set` keys: the metadata fields a clerk may override (cli.md), with `date` as the short name of dateText. */
const SETTABLE = {
  issuerMark: 'issuerMark',
  docNumber: 'docNumber',
  signer: 'signer',
  recipients: 'recipients',
  title: 'title',
  issuers: 'issuers',
  date: 'dateText',
  dateText: 'dateText',
  note: 'note',
  copyTo: 'copyTo',
  printedBy: 'printedBy',
  printedDate: 'printedDateText',
  printedDateText: 'printedDateText',
} as const satisfies Record<string, keyof ReportMeta>

type Settable = keyof typeof SETTABLE

function isSettable(key: string): key is Settable {
  return Object.hasOwn(SETTABLE, key)
}

/** Applies `key=value` overrides; an unknown key or a missing `=` is an error message. */
export function applySets(meta: ReportMeta, sets: readonly string[]): ReportMeta | string {
  let out: ReportMeta = meta
  for (const set of sets) {
    const at = set.indexOf('=')
    const key = at === -1 ? set : set.slice(0, at)
    if (at === -1 || !isSettable(key)) {
      return `无法识别的 --set “${set}”。可设置：${Object.keys(SETTABLE).join('、')}（写作 字段=值）`
    }
    const value = set.slice(at + 1).trim()
    const field = SETTABLE[key]
    out =
      field === 'issuers'
        ? {
            ...out,
            issuers: value
              .split(/[,，;；]/u)
              .map((issuer) => issuer.trim())
              .filter((issuer) => issuer !== ''),
          }
        : { ...out, [field]: value === '' ? null : value }
  }
  return out
}

/** The longest an export spends looking for changes of text that fill a short page (fill-advice.ts). */
const ADVICE_BUDGET_MS = 3000

export const exportCommand: CliCommand = {
  run: async (args, io): Promise<ExitCode> => {
    let parsed: ReturnType<typeof parseExportArgs>
    try {
      parsed = parseExportArgs(args)
    } catch {
      io.stderr(`参数有误。用法：npm run cli -- ${commandUsage.export}\n`)
      return 2
    }
    const file = parsed.positionals[0]
    const out = parsed.values.output
    if (file === undefined || parsed.positionals.length > 1 || out === undefined) {
      io.stderr(`请给出一个输入文件和 -o 输出文件。用法：npm run cli -- ${commandUsage.export}\n`)
      return 2
    }
    if (extname(out).toLowerCase() !== '.docx') {
      io.stderr(`输出文件“${basename(out)}”应以 .docx 结尾。\n`)
      return 2
    }
    const input = await loadInput(file, parsed.values.template, io)
    if (input === null) return 2
    const { report } = input
    const meta = applySets(report.meta, parsed.values.set ?? [])
    if (typeof meta === 'string') {
      io.stderr(`${meta}\n`)
      return 2
    }
    const version = parsed.values.public === true ? 'public' : 'upward'
    // docx (the writer) is loaded only here, so `check` never pays for it.
    const { exportDocx } = await import('../../renderer/docx/export/export-docx')
    const bytes = await exportDocx({ ...report, meta }, { version })
    if (!(await writeOutput(out, bytes, io))) return 2
    const label = version === 'public' ? '公开版' : '上行文'
    io.stdout(`已导出${label}：${out}\n`)
    // written all the same, but a reviewer sends it back: said on stderr, the export still succeeded (exit 0)
    const missing = missingPieces(meta, version === 'upward')
    if (missing.length > 0) {
      const sets = missing.map((piece) => `--set ${piece.field}=…`).join(' ')
      io.stderr(
        `注意：${label}缺少${missing.map((piece) => piece.name).join('、')}，已照常导出；可用 ${sets} 补上。\n`,
      )
    }
    const derived = derivedMarkNote(meta, defaultSettings)
    if (derived !== null) io.stderr(`注意：${derived}（--set issuerMark=…）。\n`)
    // pages no 调整字距 could fill: the writer's few words more or fewer are the remedy (fill-advice.ts)
    const { adviceMessage, fillAdvice } = await import('../../renderer/docx/layout/fill-advice')
    for (const advice of fillAdvice({ ...report, meta }, { version }, ADVICE_BUDGET_MS))
      io.stderr(`排版提示：${adviceMessage(advice)}\n`)
    return 0
  },
}

function parseExportArgs(args: readonly string[]): {
  positionals: string[]
  values: { output?: string; public?: boolean; set?: string[]; template?: string }
} {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      output: { type: 'string', short: 'o' },
      public: { type: 'boolean' },
      set: { type: 'string', multiple: true },
      template: { type: 'string' },
    },
  })
}
