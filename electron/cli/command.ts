import type { StartReviewWorker } from './review/review-workers'

// The shape of a CLI command, so that adding one (export, rollover) is a file plus an entry in run-cli.ts
// and its usage line in command-usage.ts. Output goes through CliIo so tests and other callers can capture it.

export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
}

/**
 * What the process running the CLI offers a command besides its output: the compiled CLI (index.ts) can start
 * worker threads on its own bundle for `review` (review-workers.ts); run from source, in a test, nothing.
 */
export interface CliEnvironment {
  readonly startReviewWorker?: StartReviewWorker
}

/** Exit codes from cli.md: 0 complete / success, 1 incomplete, 2 bad input. */
export type ExitCode = 0 | 1 | 2

export interface CliCommand {
  readonly run: (args: readonly string[], io: CliIo, environment?: CliEnvironment) => Promise<ExitCode>
}
