// A 5000 × 100 table and 150,000 paragraphs export within a 512 MB heap: export costs a little per cell and per
// paragraph, and nothing on the way spreads a large array (which overflows the stack near 120,000 items).
// Each export runs in a child process with the small heap, so running out of memory fails the test instead of
// taking vitest down. Speed is in the bench (npm run bench), not asserted here.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const script = fileURLToPath(new URL('./big-document-export.ts', import.meta.url))

function exportInSmallHeap(kind: string, count: number): { bytes: number; heapMB: number } {
  const run = spawnSync(
    process.execPath,
    ['--max-old-space-size=512', '--stack-size=984', '--import', 'tsx', script, kind, String(count)],
    { cwd: root, encoding: 'utf8', timeout: 240_000 },
  )
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  return JSON.parse(run.stdout) as { bytes: number; heapMB: number }
}

describe('exporting big documents', () => {
  it('writes a 5000 × 100 table in a 512 MB heap', () => {
    const result = exportInSmallHeap('table', 5000)
    expect(result.bytes).toBeGreaterThan(1_000_000)
  }, 300_000)

  it('writes 150,000 paragraphs in a 512 MB heap', () => {
    const result = exportInSmallHeap('paragraphs', 150_000)
    expect(result.bytes).toBeGreaterThan(100_000)
  }, 300_000)
})
