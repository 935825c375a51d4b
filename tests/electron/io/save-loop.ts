// Child process of write-atomic-kill.test.ts: once told to start (a line on stdin), saves two large
// versions of a report in turn, forever, until the test SIGKILLs it. Prints `s<n>` before and `d<n>` after each save, so the test can tell
// how many kills landed in the middle of a write.
import { readFileSync } from 'node:fs'
import { writeFileAtomic } from '../../../electron/io/write-atomic'

const [target, first, second, backup] = process.argv.slice(2)
if (target === undefined || first === undefined || second === undefined)
  throw new Error('usage: target a b [1]')
const versions = [readFileSync(first, 'utf8'), readFileSync(second, 'utf8')] as const

// Started ahead of time while the previous saver still runs, so Node's start-up is off the clock.
await new Promise((resolve) => process.stdin.once('data', resolve))

for (let round = 0; ; round += 1) {
  process.stdout.write(`s${round}\n`)
  await writeFileAtomic(target, versions[round % 2]!, { keepBackup: backup === '1' })
  process.stdout.write(`d${round}\n`)
}
