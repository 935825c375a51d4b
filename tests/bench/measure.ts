// Timing helpers for `npm run bench`. Every figure is reported with a baseline measured in the same
// process on the same data, so a slower or busier machine moves both and the ratio stays meaningful.
import type { BenchResult } from './bench-result'

/** Median wall time in milliseconds of `run` over `rounds` rounds, after `warmup` unmeasured ones. */
export async function medianMs(run: () => unknown, rounds = 30, warmup = 5): Promise<number> {
  for (let index = 0; index < warmup; index += 1) await run()
  const times: number[] = []
  for (let index = 0; index < rounds; index += 1) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] ?? Number.NaN
}

export function result(name: string, value: number, unit: string, baseline: number): BenchResult {
  const round = (n: number): number => Math.round(n * 1000) / 1000
  return { name, value: round(value), unit, baseline: round(baseline), ratio: round(value / baseline) }
}
