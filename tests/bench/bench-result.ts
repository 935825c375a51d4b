/** One line of `npm run bench`: a measurement and its ratio to a baseline measured in the same process. */
export interface BenchResult {
  name: string
  value: number
  unit: string
  baseline: number
  ratio: number
}
