import { describe, expect, it } from 'vitest'
import { MIN_ROUNDS, paired, row } from './measure'

describe('the bench measurements', () => {
  it('runs ours and the baseline in turn, swapping which goes first each round, after the warm-up', async () => {
    const order: string[] = []
    const rounds = await paired(
      (which) => {
        order.push(which)
        return which === 'ours' ? 2 : 1
      },
      MIN_ROUNDS,
      1,
    )
    expect(order.slice(0, 6)).toEqual(['ours', 'baseline', 'ours', 'baseline', 'baseline', 'ours'])
    expect(rounds.ours).toHaveLength(MIN_ROUNDS)
    expect(rounds.baseline).toHaveLength(MIN_ROUNDS)
  })

  it('refuses a row of fewer rounds than the least', async () => {
    await expect(paired(() => 1, MIN_ROUNDS - 1)).rejects.toThrow(/15 rounds/u)
  })

  it('reports the medians, their ratio and our fastest and slowest round', () => {
    expect(row('check', 'ms', { ours: [4, 2, 9, 3, 5], baseline: [1, 2, 1, 1, 3] })).toEqual({
      name: 'check',
      value: 4,
      unit: 'ms',
      baseline: 1,
      ratio: 4,
      min: 2,
      max: 9,
    })
  })
})
