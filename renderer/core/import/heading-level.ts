// Heading numbers of Chinese official documents → level (GB/T 9704 §7.3.3: 一、 （一） 1. （1）).
// Writers mix full- and half-width forms (（一） / (一), 1． / 1. / 1、), so all are accepted.

import type { HeadingLevel } from '../report'

export interface HeadingMarker {
  readonly level: HeadingLevel
  /** The number as written, e.g. 四、 or (五). */
  readonly marker: string
  /** What follows the number, trimmed. */
  readonly text: string
  /** How many characters the number and the spaces after it take at the start of the line. */
  readonly numberLength: number
}

const CN = '[一二三四五六七八九十]{1,3}'
/** Digits as typed, half- or full-width (1． or １．). */
const DIGITS = '[0-9０-９]{1,2}'

interface MarkerPattern {
  readonly level: HeadingLevel
  readonly pattern: RegExp
  /** A number only a heading has: what follows must read as one (a short line, no sentence in it). */
  readonly headingOnly?: true
}

// Order matters: （一） must be tried before 1. so "（1）" is not read as level 3.
const patterns: readonly MarkerPattern[] = [
  // 第一部分 / 第一章 are used by some county templates for the top level.
  { level: 1, pattern: new RegExp(`^(第${CN}(?:部分|章)[、：:．.]?)\\s*`) },
  // 一、 一． but not 一是 / 一方面 (body text) and not 一，(enumeration inside a sentence).
  { level: 1, pattern: new RegExp(`^(${CN}[、．.])\\s*`) },
  // Ⅰ、 and 壹、 (貳、參、 in traditional characters) in some offices' templates; 一 followed by a space where the
  // 顿号 was left out
  { level: 1, pattern: /^([ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ][、．.])\s*/ },
  { level: 1, pattern: /^([壹贰貳叁叄參肆伍陆陸柒捌玖拾]{1,3}[、．.])\s*/ },
  { level: 1, pattern: new RegExp(`^(${CN})[ \u3000]+`), headingOnly: true },
  { level: 2, pattern: new RegExp(`^([（(]${CN}[）)][、．.]?)\\s*`) },
  { level: 4, pattern: new RegExp(`^([（(]${DIGITS}[）)][、．.]?)\\s*`) },
  { level: 4, pattern: /^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*/ },
  // 1. 1． 1、 but not 1.5万元 or 2023年; 1.2025年 is an item about a year, never a decimal.
  {
    level: 3,
    pattern: new RegExp(`^(${DIGITS}(?:[．、]|\\.(?![0-9０-９])|\\.(?=(?:19|20)\\d{2}\\s*年)))\\s*`),
  },
]

export function parseHeadingMarker(line: string): HeadingMarker | null {
  for (const { level, pattern, headingOnly } of patterns) {
    const match = pattern.exec(line)
    if (match === null) continue
    const marker = match[1] ?? ''
    const text = line.slice(match[0].length).trim()
    if (text.length === 0 || (headingOnly === true && !isHeadingLike(text))) return null
    return { level, marker, text, numberLength: match[0].length }
  }
  return null
}

/** 三、2023年党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况 is 47 characters. */
const MAX_HEADING_LENGTH = 60

const terminal = /[。！？；]/

/** Whether the text names a figure (236件, 1.5万元, 100%): digits other than a year's. */
export function namesFigure(text: string): boolean {
  return /\d/.test(text.replace(/\d{4}\s*年/g, ''))
}

/**
 * A heading is a short line with no sentence break inside (a closing 。 or ： is tolerated). A colon with text after
 * it ends a run-in lead — （三）完善矛盾化解机制：调处纠纷236件。 — and a sentence closed by 。 that names a figure
 * reports work — （四）开展普法活动41场次。 — so such a line is an item whose 。 stays, not a heading.
 */
export function isHeadingLike(text: string): boolean {
  const body = text.replace(/[。：:]$/, '')
  if (body.length === 0 || body.length > MAX_HEADING_LENGTH || terminal.test(body) || /[：:]/.test(body))
    return false
  return !(text.endsWith('。') && namesFigure(body))
}

/** A heading's text and what of the line it leaves out: the 。 or ； a writer closed the line with. */
export interface HeadingText {
  readonly text: string
  readonly sourceClosing?: string
}

/**
 * A line read as a heading prints without the 。 or ； it closed with; the mark is kept beside the text, so a line
 * that turns out not to be a heading (an attachment's name under 附件：) is given back as written.
 */
export function headingText(line: string): HeadingText {
  const closing = /[。；]$/.exec(line)?.[0]
  return closing === undefined ? { text: line } : { text: line.slice(0, -1), sourceClosing: closing }
}
