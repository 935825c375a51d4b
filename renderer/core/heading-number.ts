// The number in front of a heading, derived from its position (GB/T 9704 §7.3.3): 一、 （一） 1. （1）.
// Headings are stored without numbers so that moving a part renumbers it.
import type { HeadingLevel } from './report'

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五; past 99 (no real report, but pasted text can) arabic. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n)
  const tens = Math.floor(n / 10)
  const ones = n % 10
  const tensText = tens === 0 ? '' : `${tens === 1 ? '' : DIGITS[tens]}十`
  return `${tensText}${DIGITS[ones]}`
}

export function headingNumber(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(n)}、`
    case 2:
      return `（${chineseNumeral(n)}）`
    case 3:
      return `${String(n)}.`
    case 4:
      return `（${String(n)}）`
  }
}

/** Counts headings per level; a heading restarts the count of every level below it. */
export class HeadingCounter {
  private readonly counts = [0, 0, 0, 0]
  /** A typed list restarted its numbers (1. 2. under the item 1.): its lines take no place in the count. */
  private restarted = false

  public next(level: HeadingLevel): string {
    this.counts[level - 1] = (this.counts[level - 1] ?? 0) + 1
    for (let deeper = level; deeper < this.counts.length; deeper++) this.counts[deeper] = 0
    this.restarted = false
    return headingNumber(level, this.counts[level - 1] ?? 1)
  }

  /**
   * A line of a list numbered as typed (1.全年办理复议案件5件；, run-in-item.ts `listedLine`) between items of the
   * same level: it takes its place in the count where its number is the next one, so 1.（line） 2.（item） 3.（item）
   * stay 1 2 3; a list that starts again from 1 under an item is that item's own, and counts for nothing.
   */
  public listed(level: HeadingLevel, value: number): void {
    if (!this.restarted && value === (this.counts[level - 1] ?? 0) + 1) this.next(level)
    else this.restarted = true
  }
}

/**
 * The number as written before `text`. Before a figure the level-3 number takes the full-width point, 1．2023年……:
 * 1.2023 reads as a decimal, to a clerk and to any reader opening the file again.
 */
export function numberBefore(number: string, text: string): string {
  return /^\d/u.test(text) && number.endsWith('.') ? `${number.slice(0, -1)}．` : number
}

/** A numbered heading as written out: its number (`numberBefore`) and its text. */
export function numberedHeading(number: string, text: string): string {
  return `${numberBefore(number, text)}${text}`
}
