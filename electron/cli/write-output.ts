// Writes a command's output file atomically; a failure is one Chinese line on stderr (exit 2 follows).
import { describeWriteError } from '../io/describe-write-error'
import { writeFileAtomic, type WriteAtomicOptions } from '../io/write-atomic'
import type { CliIo } from './command'

export async function writeOutput(
  out: string,
  data: Uint8Array | string,
  io: CliIo,
  options: WriteAtomicOptions = {},
): Promise<boolean> {
  try {
    await writeFileAtomic(out, data, options)
    return true
  } catch (cause) {
    io.stderr(`${describeWriteError(out, cause).message}\n`)
    return false
  }
}
