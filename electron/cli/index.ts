// The compiled CLI's entry (electron/cli-launcher bundles it into out/cli): the command line, the process's
// own streams and its exit code around runCli.
import type { CliIo } from './command'
import { runCli } from './run-cli'

const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}

export async function main(argv: readonly string[]): Promise<void> {
  process.exitCode = await runCli(argv, io)
}
