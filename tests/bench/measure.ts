// Timing helpers for `npm run bench`. Every figure is reported with a baseline measured in the same process on the
// same data, run alternately with it round by round, so a slower or busier machine moves both and the ratio stays
// meaningful; the median is reported with the fastest and slowest round, so a noisy run shows.
import type { BenchResult } from './bench-result'

/** The fewest rounds any row is measured over. */
export const MIN_ROUNDS = 15

async function timeMs(run: () => unknown): Promise<number> {
  const start = performance.now()
  await run()
  return performance.now() - start
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2
}

/** What a paired measurement gives: ours and the baseline, each round's value, in the order they ran. */
export interface Paired {
  readonly ours: readonly number[]
  readonly baseline: readonly number[]
}

/**
 * `measure` of ours and of its baseline, alternately, `rounds` times each after `warmup` unrecorded pairs. Which
 * runs first swaps every round, so neither always runs on the other's garbage or the CPU's clock of the moment.
 */
export async function paired(
  measure: (which: 'ours' | 'baseline') => Promise<number> | number,
  rounds: number,
  warmup = 2,
): Promise<Paired> {
  if (rounds < MIN_ROUNDS) throw new Error(`a bench row needs ${String(MIN_ROUNDS)} rounds at least`)
  for (let index = 0; index < warmup; index += 1) {
    await measure('ours')
    await measure('baseline')
  }
  const ours: number[] = []
  const baseline: number[] = []
  for (let index = 0; index < rounds; index += 1) {
    if (index % 2 === 0) {
      ours.push(await measure('ours'))
      baseline.push(await measure('baseline'))
    } else {
      baseline.push(await measure('baseline'))
      ours.push(await measure('ours'))
    }
  }
  return { ours, baseline }
}

/** Wall time in ms of `ours` and `baseline`, paired (see `paired`). */
export function pairedMs(
  ours: () => unknown,
  baseline: () => unknown,
  rounds = 30,
  warmup = 5,
): Promise<Paired> {
  return paired((which) => timeMs(which === 'ours' ? ours : baseline), rounds, warmup)
}

/** A row from paired rounds: medians, their ratio, and ours' fastest and slowest round. */
export function row(name: string, unit: string, rounds: Paired): BenchResult {
  const round = (n: number): number => Math.round(n * 1000) / 1000
  const value = median(rounds.ours)
  const baseline = median(rounds.baseline)
  return {
    name,
    value: round(value),
    unit,
    baseline: round(baseline),
    ratio: round(value / baseline),
    min: round(Math.min(...rounds.ours)),
    max: round(Math.max(...rounds.ours)),
  }
}
