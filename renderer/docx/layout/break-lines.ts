// Line breaking as LibreOffice applies it to the exported 正文 (zh-CN, Asian typography on). Lines are filled on the
// 156 mm 版心 the way its text formatter does (sw/source/core/text/itrform2.cxx, guess.cxx): a run of characters of one
// script and one formatting is a portion whose last character carries no tracking; where a letter or digit meets one
// of the other script, a kern of a fifth of the font size sits between them (autospace, whatever the .docx says),
// never next to punctuation (，2023); spaces take the script of the text before them; a run of digits or Latin
// letters (2023, 95.23%) splits only where no line can hold it, but breaks at a dash; a little room stays free at
// every line end (none in a table cell). 避头尾 (the zh-CN forbidden characters as LibreOffice applies them) keeps
// closing punctuation off the start of a line, by pulling the character before it down, and opening punctuation off
// its end; nothing hangs in the margin (the export switches hanging punctuation off, prepared-styles.ts), a
// closing mark or quote stays with the digits or letters after it, a —— is never split, a figure's % keeps a
// bracket that opens on a figure (12.5%（2023年）), and a word keeps the bracket after it where the line would
// overflow on the bracket (APP（2023）. A —— in Chinese text is tracked once, as one piece (opensDashPair).
// Held to LibreOffice to the twip by tests/docx/layout (line-widths, mixed-text-breaks, the fixtures, closing marks).
import { advance, scripts, type Script } from './glyph-metrics'

/**
 * No line may start with these: zh_CN's ForbiddenLineBeginCharacters as LibreOffice applies them, measured one by
 * one after an ideograph (it lets %, ％, … , ¨, ˉ and ﹑ start a line, and keeps - and 々 off the start).
 */
const NOT_AT_START = new Set([
  ...'!),.:;?]}¢\'"、。〉》」』】〕〗〞︰﹐﹒﹔﹕﹖﹗﹚﹜﹞！），．：；？｜｝～·ˇ―‖’”′-々',
])
/**
 * Closing marks LibreOffice never breaks after when a Western letter or digit follows (Unicode line break CL, and
 * the closing quotes of QU: “法律明白人”12345 moves over from 人 on).
 */
const CLOSING = new Set([...'、。，）〉》」』】〕〗｝”’'])
/** No line may end with these (zh_CN ForbiddenLineEndCharacters). */
const NOT_AT_END = new Set([...'([{£¥\'"‵〈《「『【〔〖（［｛￡￥〝“‘'])

/**
 * LibreOffice's autospace (its "script space"): a kern of a fifth of the font height where a letter or digit of one
 * script meets one of the other (法治2023年: before 2 and after 3), but not next to punctuation (，2023 and 2023）
 * get none). sw/source/core/text/itrform2.cxx; measured at 3 twips a point on its PDFs.
 */
const AUTOSPACE_PER_SIZE = 1 / 5
/**
 * Room LibreOffice keeps free at the end of every line, in points, by font size: a line fits only if its text is at
 * least this much narrower than the box. Measured by scanning a right indent twip by twip across strings, whatever
 * the tracking: 24 twips for the 3号 正文, 44 for the 4号 of tables; other sizes are not set by the export.
 */
const LINE_END_RESERVE: Readonly<Record<number, number>> = { 14: 2.2, 16: 1.2 }
const reserveFor = (size: number): number => LINE_END_RESERVE[size] ?? 1.2

export interface LineBox {
  /** Start and end of the line in the paragraph's characters (code points), end exclusive. */
  readonly start: number
  readonly end: number
  /**
   * Points between the measure and the nearer of the line's width and its width with the next character or word:
   * how far off the measure may be before the line breaks elsewhere.
   */
  readonly margin: number
}

export interface BreakOptions {
  /** Font size in points. */
  readonly size: number
  /** Tracking added to every character, in points (`bodyTracking`). */
  readonly tracking: number
  /** Width of the first line and of the others, in points. */
  readonly firstWidth: number
  readonly width: number
  /**
   * Character offsets where the runs' formatting changes: a run-in heading's 楷体 into the 正文's 仿宋, bold into
   * plain. LibreOffice starts a portion there as it does where the script changes, and the portion's last character
   * carries no tracking: set tight, a line of a run-in item holds a character fewer than one of plain text would.
   */
  readonly portions?: ReadonlySet<number>
  /** Room kept free at the line's end, in points, where it is not LINE_END_RESERVE's (a table cell keeps none). */
  readonly lineEndReserve?: number
  /** Which characters are bold (1), where any is: bold figures and letters are wider (glyph-metrics.ts). */
  readonly bold?: Uint8Array
}

interface Unit {
  readonly start: number
  readonly end: number
  readonly width: number
  readonly space: boolean
  readonly first: string
  readonly last: string
  /** Script of the first and last character, for the autospace between units. */
  readonly head: Script
  readonly tail: Script
  /** The unit starts a run of other formatting (BreakOptions `portions`). */
  readonly opens: boolean
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
/** Dashes a line may break at inside a Western word (Unicode line break classes B2 and BA). */
const DASHES = new Set(['\u2014', '\u2013'])

/**
 * Whether the character at `k` is the first of a —— in Chinese text: LibreOffice sets the pair in the Chinese face as
 * one piece and tracks it once (measured: each —— between ideographs a tracking wider than two dashes tracked apart,
 * four dashes two trackings; a lone — and a —— after figures, in the Western face, are tracked as any character).
 */
function opensDashPair(chars: readonly string[], script: readonly Script[], k: number): boolean {
  if (chars[k] !== '\u2014' || chars[k + 1] !== '\u2014') return false
  if (script[k] !== 'asian' || script[k + 1] !== 'asian') return false
  let before = 0
  while (chars[k - 1 - before] === '\u2014') before++
  return before % 2 === 0
}

function units(
  chars: readonly string[],
  script: readonly Script[],
  size: number,
  tracking: number,
  portions: ReadonlySet<number>,
  bold: Uint8Array | undefined,
): Unit[] {
  const out: Unit[] = []
  for (let i = 0; i < chars.length;) {
    const char = chars[i] ?? ''
    let end = i + 1
    // A Western word (digits, letters, 95.23%, “4.15”) is one unit; a space is a unit of its own, a break opportunity,
    // and so is a dash: LibreOffice breaks （2023—2025年） before the — or after it.
    if (script[i] === 'western' && char !== ' ' && !DASHES.has(char))
      while (
        end < chars.length &&
        script[end] === 'western' &&
        !portions.has(end) &&
        chars[end] !== ' ' &&
        !DASHES.has(chars[end] ?? '')
      )
        end++
    let width = 0
    for (let k = i; k < end; k++)
      width +=
        advance(chars[k] ?? '', size, script[k], bold?.[k] === 1) +
        (opensDashPair(chars, script, k) ? 0 : tracking)
    const last = chars[end - 1] ?? ''
    out.push({
      start: i,
      end,
      width,
      space: char === ' ',
      first: char,
      last,
      head: script[i] ?? 'asian',
      tail: script[end - 1] ?? 'asian',
      opens: portions.has(i),
    })
    i = end
  }
  return out
}

const isLatinWord = (char: string, script: Script): boolean =>
  script === 'western' && LETTER_OR_DIGIT.test(char)

/** Autospace between two units: letters or digits on both sides, of different scripts. */
function gap(before: Unit | undefined, after: Unit, size: number): number {
  if (before === undefined || before.tail === after.head) return 0
  if (!LETTER_OR_DIGIT.test(before.last) || !LETTER_OR_DIGIT.test(after.first)) return 0
  return Math.floor(size * 20 * AUTOSPACE_PER_SIZE) / 20
}

/** Postfix signs of a figure (Unicode line break PO) and the opening brackets LibreOffice keeps after them. */
const POSTFIX = new Set([...'%％‰℃'])
const OPENING = new Set([...'(（[［【〔'])
/** Unicode line break class OP among the marks a report types. */
const OPEN_PUNCTUATION = new Set([...'([{〈《「『【〔〖（［｛〝'])
const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9'

function breakAllowed(before: Unit | undefined, after: Unit, next?: Unit): boolean {
  if (before === undefined || after.space) return false
  // 12.5%（2023年） stays together: a figure's sign, a bracket and the figure after it (Unicode LB25)
  if (
    POSTFIX.has(before.last) &&
    OPENING.has(after.first) &&
    isDigit(after.end - after.start > 1 ? undefined : next?.first)
  )
    return false
  // LibreOffice keeps 职，2023年 and 报、ABC together: it breaks before the ideograph, not after the mark
  if (before.tail === 'asian' && CLOSING.has(before.last) && isLatinWord(after.first, after.head))
    return false
  // nor the two dashes of a ——: it goes over whole (Unicode line break B2 × B2)
  if (before.last === '\u2014' && after.first === '\u2014') return false
  return !NOT_AT_START.has(after.first) && !NOT_AT_END.has(before.last)
}

/**
 * Whether LibreOffice keeps a letter or digit with the opening bracket after it (APP《, 2023（) where the line would
 * break between them: only where the line overflows on a character after the bracket in the bracket's own run of
 * Asian text (APP|《条例》 breaks there, at 条). Where the bracket itself overflows, or the run after it (（|2023),
 * Writer weighs the two runs' boundary by its Unicode 5 line rules, LB30's AL × OP, and moves the word over with it.
 */
function bracketKept(list: readonly Unit[], at: number, overflow: number): boolean {
  const before = list[at - 1]
  const bracket = list[at]!
  if (before === undefined || !isLatinWord(before.last, before.tail) || !OPEN_PUNCTUATION.has(bracket.first))
    return false
  if (overflow <= at) return true
  for (let k = at + 1; k <= overflow; k++) {
    const unit = list[k]
    if (unit === undefined || unit.head !== 'asian' || unit.tail !== 'asian' || unit.opens) return true
  }
  return false
}

/** Width of a finished portion in points: LibreOffice sums it in whole twips. */
const twips = (points: number): number => Math.round(points * 20) / 20

/**
 * How many units from `i` fill a line of `available` points, as LibreOffice fills it: each run of one script and one
 * formatting is a portion whose last character carries no tracking; a positive tracking is added back behind every
 * portion but the line's last; autospace kerns sit between portions; LINE_END_RESERVE (or the caller's
 * `lineEndReserve`) stays free. Measured to the twip on strings mixing ideographs, digits and Latin letters at −0.3,
 * 0 and +0.3 pt.
 */
function fill(list: readonly Unit[], i: number, available: number, options: BreakOptions): Fill {
  const behind = Math.max(0, options.tracking)
  const reserve = options.lineEndReserve ?? reserveFor(options.size)
  let closed = 0
  let open = 0
  let used = 0
  let j = i
  for (; j < list.length; j++) {
    const unit = list[j]!
    const before = j > i ? list[j - 1] : undefined
    const opens = before !== undefined && (before.tail !== unit.head || unit.opens)
    const nextClosed = opens
      ? closed + twips(open - options.tracking) + behind + gap(before, unit, options.size)
      : closed
    const nextOpen = opens ? unit.width : open + unit.width
    const width = nextClosed + twips(nextOpen - options.tracking) + reserve
    // a space at the end of a line may run into the margin: it never pushes the line full
    if (width > available + 0.001 && j > i && !unit.space)
      return { end: j, margin: Math.min(available - used, width - available) }
    closed = nextClosed
    open = nextOpen
    used = width
  }
  return { end: j, margin: available - used }
}

interface Fill {
  /** The unit the line breaks before. */
  readonly end: number
  /** LineBox `margin`. */
  readonly margin: number
}

const NO_PORTIONS: ReadonlySet<number> = new Set()

/** A word's characters as units of their own, where LibreOffice breaks a word no line can hold. */
function characters(
  unit: Unit,
  chars: readonly string[],
  script: readonly Script[],
  options: BreakOptions,
): Unit[] {
  const out: Unit[] = []
  for (let k = unit.start; k < unit.end; k++) {
    const char = chars[k] ?? ''
    const kind = script[k] ?? 'asian'
    out.push({
      start: k,
      end: k + 1,
      width: advance(char, options.size, kind, options.bold?.[k] === 1) + options.tracking,
      space: false,
      first: char,
      last: char,
      head: kind,
      tail: kind,
      opens: k === unit.start && unit.opens,
    })
  }
  return out
}

/** Line boxes of a paragraph's text (an empty paragraph has one empty line). */
export function breakLines(text: string, options: BreakOptions): LineBox[] {
  const chars = [...text]
  const script = scripts(chars)
  const list = units(
    chars,
    script,
    options.size,
    options.tracking,
    options.portions ?? NO_PORTIONS,
    options.bold,
  )
  const lines: LineBox[] = []
  let i = 0
  while (i < list.length) {
    const { end: j, margin } = fill(list, i, lines.length === 0 ? options.firstWidth : options.width, options)
    // a word wider than the whole line (100% in a narrow table column) is broken where it overflows, not let run
    // out of the line: LibreOffice breaks it between two of its characters
    const first = list[i]!
    if (margin < 0 && first.end - first.start > 1 && !first.space) {
      list.splice(i, 1, ...characters(first, chars, script, options))
      continue
    }
    if (j >= list.length) {
      lines.push({ start: list[i]!.start, end: chars.length, margin })
      break
    }
    const allowed = (at: number): boolean =>
      breakAllowed(list[at - 1], list[at]!, list[at + 1]) && !bracketKept(list, at, j)
    let at = j
    while (at > i + 1 && !allowed(at)) at--
    if (!allowed(at)) at = j
    lines.push({ start: list[i]!.start, end: list[at - 1]!.end, margin })
    i = at
    // a space the line broke at is not carried to the start of the next line
    while (i < list.length && list[i]!.space) i++
  }
  if (lines.length === 0) lines.push({ start: 0, end: 0, margin: Number.POSITIVE_INFINITY })
  return lines
}
