// npm run cli -- check FILE [--json] [--template ID]  (cli.md): exit 0 complete, 1 incomplete, 2 bad input.
import { parseArgs } from 'node:util'
import { basename } from 'node:path'
import { checkReport } from '../../renderer/core/check/check-report'
import { localIsoDate } from '../../renderer/core/local-date'
import { checkJson } from './check-json'
import type { CliCommand, ExitCode } from './command'
import { formatCheck } from './format-check'
import { loadInput } from './load-input'

export const checkCommand: CliCommand = {
  run: async (args, io): Promise<ExitCode> => {
    let parsed: ReturnType<typeof parseCheckArgs>
    try {
      parsed = parseCheckArgs(args)
    } catch {
      io.stderr('参数有误。用法：npm run cli -- check 文件 [--json] [--template 模板编号]\n')
      return 2
    }
    const file = parsed.positionals[0]
    if (file === undefined || parsed.positionals.length > 1) {
      io.stderr(
        '请给出且只给出一个要检查的文件。用法：npm run cli -- check 文件 [--json] [--template 模板编号]\n',
      )
      return 2
    }
    const input = await loadInput(file, parsed.values.template, io)
    if (input === null) return 2
    const { template, report } = input
    const result = checkReport(report, template, { today: localIsoDate(new Date()) })
    if (parsed.values.json === true) {
      io.stdout(`${JSON.stringify(checkJson(basename(file), report, result), null, 2)}\n`)
    } else {
      io.stdout(formatCheck(basename(file), template, result))
    }
    return result.complete ? 0 : 1
  },
}

function parseCheckArgs(args: readonly string[]): {
  positionals: string[]
  values: { json?: boolean; template?: string }
} {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: { json: { type: 'boolean' }, template: { type: 'string' } },
  })
}
