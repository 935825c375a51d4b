// Heading numbers of Chinese official documents → level (GB/T 9704 §7.3.3: 一、 （一） 1. （1）).
// Writers mix full- and half-width forms (（一） / (一), 1． / 1. / 1、), so all are accepted.

import type { HeadingLevel } from '../report'

export interface HeadingMarker {
  readonly level: HeadingLevel
  /** The number as written, e.g. 四、 or (五). */
  readonly marker: string
  /** What follows the number, trimmed. */
  readonly text: string
}

const CN = '[一二三四五六七八九十]{1,3}'

// Order matters: （一） must be tried before 1. so "（1）" is not read as level 3.
const patterns: readonly { readonly level: HeadingLevel; readonly pattern: RegExp }[] = [
  // 第一部分 / 第一章 are used by some county templates for the top level.
  { level: 1, pattern: new RegExp(`^(第${CN}(?:部分|章)[、：:．.]?)\\s*`) },
  // 一、 一． but not 一是 / 一方面 (body text) and not 一，(enumeration inside a sentence).
  { level: 1, pattern: new RegExp(`^(${CN}[、．.])\\s*`) },
  { level: 2, pattern: new RegExp(`^([（(]${CN}[）)][、．.]?)\\s*`) },
  { level: 4, pattern: /^([（(]\d{1,2}[）)][、．.]?)\s*/ },
  { level: 4, pattern: /^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*/ },
  // 1. 1． 1、 but not 1.5万元 or 2023年.
  { level: 3, pattern: /^(\d{1,2}(?:[．、]|\.(?!\d)))\s*/ },
]

export function parseHeadingMarker(line: string): HeadingMarker | null {
  for (const { level, pattern } of patterns) {
    const match = pattern.exec(line)
    if (match === null) continue
    const marker = match[1] ?? ''
    const text = line.slice(match[0].length).trim()
    if (text.length === 0) return null
    return { level, marker, text }
  }
  return null
}
