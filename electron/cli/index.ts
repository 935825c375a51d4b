// The compiled CLI's entry (electron/cli-launcher bundles it into out/cli): the command line, the process's
// own streams and its exit code around runCli.
import { z } from 'zod'
import type { CliIo } from './command'
import { runCli } from './run-cli'
import type { StartReviewWorker } from './review/review-workers'

const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}

/**
 * A reader that stops early (`check 报告.docx | head`) closes the pipe: the rest of the output has nowhere to go,
 * and the command ends quietly as other command-line tools do, not with a stack trace of the failed write.
 */
function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(process.exitCode ?? 0)
  })
}

export interface RunOptions {
  /** A command that reads or writes one file and is done in a fraction of a second (bundle-runner.cjs). */
  readonly shortRun?: boolean
  /** Starts a worker thread on this bundle for `review` (bundle-runner.cjs, review-workers.ts). */
  readonly startReviewWorker?: StartReviewWorker
}

export async function main(argv: readonly string[], options: RunOptions = {}): Promise<void> {
  endQuietlyOnClosedPipe(process.stdout)
  endQuietlyOnClosedPipe(process.stderr)
  // zod turns each object schema into a compiled function on its first parse (new Function, which no code cache
  // keeps): that pays over the hundreds of parses of a review, and costs a one-file command a few milliseconds.
  if (options.shortRun === true) z.config({ jitless: true })
  process.exitCode = await runCli(
    argv,
    io,
    options.startReviewWorker === undefined ? {} : { startReviewWorker: options.startReviewWorker },
  )
}

/** The worker thread of a `review` (review-workers.ts): loaded only there, so no other command evaluates it. */
export async function reviewWorker(): Promise<void> {
  ;(await import('./review/review-worker')).reviewWorker()
}
