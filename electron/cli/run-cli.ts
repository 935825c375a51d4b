// The CLI (cli.md): argv → command → exit code. Every failure is one Chinese line on stderr
// and exit 2; a bug in a command must not print a stack trace at a clerk either.
import type { CliCommand, CliEnvironment, CliIo, ExitCode } from './command'
import { commandUsage } from './command-usage'

/**
 * The command table: adding a command is one entry here and its line in command-usage.ts. Each is loaded when
 * run: a `check` does not start by setting up the review, the export and the rollover.
 */
const commands: Readonly<Record<keyof typeof commandUsage, () => Promise<CliCommand>>> = {
  check: async () => (await import('./check-command')).checkCommand,
  export: async () => (await import('./export-command')).exportCommand,
  rollover: async () => (await import('./rollover-command')).rolloverCommand,
  review: async () => (await import('./review-command')).reviewCommand,
}

function isCommand(name: string): name is keyof typeof commandUsage {
  return Object.hasOwn(commands, name)
}

function usage(): string {
  const lines = Object.values(commandUsage).map((line) => `  npm run cli -- ${line}`)
  return `用法：\n${lines.join('\n')}\n`
}

export async function runCli(
  argv: readonly string[],
  io: CliIo,
  environment: CliEnvironment = {},
): Promise<ExitCode> {
  const [name, ...args] = argv
  if (name === undefined || name === '--help' || name === '-h') {
    io.stderr(usage())
    return 2
  }
  if (!isCommand(name)) {
    io.stderr(`未知命令“${name}”。可用命令：${Object.keys(commands).join('、')}\n`)
    return 2
  }
  try {
    return await (await commands[name]()).run(args, io, environment)
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error)
    io.stderr(`内部错误，未能完成（${detail ?? ''}）。请把输入文件发给维护人员。\n`)
    return 2
  }
}
