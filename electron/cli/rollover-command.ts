// npm run cli -- rollover FILE -o OUT --year Y  (cli.md): next year's draft from last year's report,
// written atomically as .fznb (the app's own format) or, by extension, as .docx. Either keeps the stale
// marks and last year's plans: the .docx is a working draft (ExportDocxOptions.draftMarks), the figures
// highlighted and last year's plans and text as comments, which `check` and the app read back.
// Exit 0 written, 2 bad input.
import { commandUsage } from './command-usage'
import { parseArgs } from 'node:util'
import { basename, extname } from 'node:path'
import { checkReport } from '../../renderer/core/check/check-report'
import { reportExtension } from '../../renderer/core/file-kind'
import { reportFileContent } from '../../renderer/core/report-file'
import { skippedYears } from '../../renderer/core/rollover/skipped-years'
import { rolloverReport } from '../../renderer/core/rollover/rollover-report'
import type { CliCommand, ExitCode } from './command'
import { loadInput } from './load-input'
import { writeOutput } from './write-output'

export const rolloverCommand: CliCommand = {
  run: async (args, io): Promise<ExitCode> => {
    let parsed: ReturnType<typeof parseRolloverArgs>
    try {
      parsed = parseRolloverArgs(args)
    } catch {
      io.stderr(`参数有误。用法：npm run cli -- ${commandUsage.rollover}\n`)
      return 2
    }
    const file = parsed.positionals[0]
    const out = parsed.values.output
    const yearText = parsed.values.year
    if (file === undefined || parsed.positionals.length > 1 || out === undefined || yearText === undefined) {
      io.stderr(
        `请给出去年的报告、-o 输出文件和 --year 年份。用法：npm run cli -- ${commandUsage.rollover}\n`,
      )
      return 2
    }
    if (!/^\d{4}$/.test(yearText)) {
      io.stderr(`--year 应为四位数的年份，例如 2024（收到“${yearText}”）。\n`)
      return 2
    }
    const extension = extname(out).toLowerCase()
    if (extension !== reportExtension && extension !== '.docx') {
      io.stderr(`输出文件“${basename(out)}”应以 ${reportExtension}（法治年报文件）或 .docx 结尾。\n`)
      return 2
    }
    const input = await loadInput(file, parsed.values.template, io)
    if (input === null) return 2
    const { template, report } = input
    const rolled = rolloverReport(report, Number(yearText))
    if (!rolled.ok) {
      io.stderr(`${rolled.error.message}\n`)
      return 2
    }
    let data: Uint8Array | string
    if (extension === '.docx') {
      // docx (the writer) is loaded only for a .docx draft.
      const { exportDocx } = await import('../../renderer/docx/export/export-docx')
      data = await exportDocx(rolled.value, { draftMarks: true })
    } else {
      const content = reportFileContent({ templateId: template.id, report: rolled.value })
      if (!content.ok) {
        io.stderr(`${content.error.message}\n`)
        return 2
      }
      data = content.value
    }
    if (!(await writeOutput(out, data, io, { keepBackup: extension === reportExtension }))) return 2
    const fromYear = report.meta.reportYear
    const skipped = fromYear === null ? [] : skippedYears(fromYear, Number(yearText))
    if (skipped.length > 0)
      io.stderr(
        `注意：“${basename(file)}”是 ${String(fromYear)} 年度的报告，--year ${yearText} 跳过了 ${skipped.join('、')} 年度；通常应从上一年度的报告开始。\n`,
      )
    const result = checkReport(rolled.value, template)
    const count = (rule: string): number => result.findings.filter((finding) => finding.rule === rule).length
    const plans = rolled.value.meta.lastYear?.plans.length ?? 0
    io.stdout(
      `已生成 ${yearText} 年度初稿：${out}\n` +
        `  待更新的去年数字：${String(count('figure-stale'))} 段；去年的计划：${String(plans)} 项（请在主要举措中写明落实情况）\n` +
        (extension === '.docx'
          ? '  Word 文档中待更新的数字以黄色突出显示，去年的计划和原文以批注列出；改好的数字请取消突出显示，定稿前删除批注，或用 export 导出正式文本。\n'
          : ''),
    )
    return 0
  },
}

function parseRolloverArgs(args: readonly string[]): {
  positionals: string[]
  values: { output?: string; year?: string; template?: string }
} {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      output: { type: 'string', short: 'o' },
      year: { type: 'string' },
      template: { type: 'string' },
    },
  })
}
