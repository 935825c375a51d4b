// Loaded into a CLI child process with `node --import` (run-cli.ts, runCliLimited): when the process
// exits, writes its peak resident memory in bytes to $FZNB_PEAK_MEMORY_FILE. Nothing in the product
// knows about it. A process killed by the kernel or by V8 running out of heap never gets here.
import { writeFileSync } from 'node:fs'

const out = process.env.FZNB_PEAK_MEMORY_FILE
if (out !== undefined)
  process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS * 1024)))
