// Child process of write-atomic-faults.test.ts: one save of a report, by whoever runs it (the test runs it as an
// ordinary user where it runs as root), and what came of it as one line of JSON.
import { describeWriteError } from '../../../electron/io/describe-write-error'
import { writeFileAtomic } from '../../../electron/io/write-atomic'

const [target] = process.argv.slice(2)
if (target === undefined) throw new Error('usage: target')
try {
  await writeFileAtomic(target, '{"version":"新版"}', { keepBackup: true })
  process.stdout.write(`${JSON.stringify({ code: null, message: null })}\n`)
} catch (error) {
  const code = (error as { code?: unknown }).code
  const message = describeWriteError(target, error).message
  process.stdout.write(`${JSON.stringify({ code: typeof code === 'string' ? code : null, message })}\n`)
}
