// Timing helpers for `npm run bench`. Every figure is reported with a baseline measured in the same
// process on the same data, so a slower or busier machine moves both and the ratio stays meaningful.
import type { BenchResult } from './bench-result'

async function timeMs(run: () => unknown): Promise<number> {
  const start = performance.now()
  await run()
  return performance.now() - start
}

const median = (times: number[]): number => {
  const sorted = [...times].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

/** Median wall time in milliseconds of `run` over `rounds` rounds, after `warmup` unmeasured ones. */
export async function medianMs(run: () => unknown, rounds = 30, warmup = 5): Promise<number> {
  for (let index = 0; index < warmup; index += 1) await run()
  const times: number[] = []
  for (let index = 0; index < rounds; index += 1) times.push(await timeMs(run))
  return median(times)
}

/**
 * Medians of `ours` and its `baseline`, run alternately round by round. Run one after the other, a machine that
 * speeds up or slows down between them (another process, the CPU's clock, the GC of what ran before) moves one
 * median and not the other; alternating spreads that over both, so their ratio holds still.
 */
export async function pairedMedianMs(
  ours: () => unknown,
  baseline: () => unknown,
  rounds = 30,
  warmup = 5,
): Promise<{ value: number; baseline: number }> {
  for (let index = 0; index < warmup; index += 1) {
    await ours()
    await baseline()
  }
  const oursTimes: number[] = []
  const baselineTimes: number[] = []
  for (let index = 0; index < rounds; index += 1) {
    // swap which goes first each round, so neither always runs on the other's garbage
    if (index % 2 === 0) {
      oursTimes.push(await timeMs(ours))
      baselineTimes.push(await timeMs(baseline))
    } else {
      baselineTimes.push(await timeMs(baseline))
      oursTimes.push(await timeMs(ours))
    }
  }
  return { value: median(oursTimes), baseline: median(baselineTimes) }
}

export function result(name: string, value: number, unit: string, baseline: number): BenchResult {
  const round = (n: number): number => Math.round(n * 1000) / 1000
  return { name, value: round(value), unit, baseline: round(baseline), ratio: round(value / baseline) }
}
