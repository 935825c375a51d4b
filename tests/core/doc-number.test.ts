import { describe, expect, it } from 'vitest'
import { parseDocNumber } from '../../renderer/core/doc-number'

describe('parseDocNumber', () => {
  const cases: readonly [string, string | null, readonly string[]][] = [
    ['清委〔2024〕9号', '清委〔2024〕9号', []],
    ['永贡政〔2023〕69号', '永贡政〔2023〕69号', []],
    ['南政[2024]第09号', '南政〔2024〕9号', ['brackets', 'di', 'leading-zero']],
    ['清委【2024】9号', '清委〔2024〕9号', ['brackets']],
    ['清委 〔2024〕 9号', '清委〔2024〕9号', ['spaces']],
    ['清委〔2024〕号', null, []],
    ['2024年3月18日', null, []],
  ]
  it.each(cases)('%s → %s', (written, canonical, problems) => {
    const parsed = parseDocNumber(written)
    expect(parsed?.canonical ?? null).toBe(canonical)
    if (parsed !== null) expect(parsed.problems).toEqual(problems)
  })
})
