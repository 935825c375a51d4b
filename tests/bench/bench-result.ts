/**
 * One row of `npm run bench`: a measurement (the median over its rounds, with the fastest and slowest round) and its
 * ratio to a baseline measured in the same process, paired with it round by round.
 */
export interface BenchResult {
  name: string
  value: number
  unit: string
  baseline: number
  ratio: number
  min: number
  max: number
}
