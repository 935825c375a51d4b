// Plain text or markdown → Block[]: one paragraph per line, headings by their Chinese numbers,
// markdown noise removed. Lines keep their 1-based source line so findings can point at them.
import type { Block, HeadingLevel, Run } from '../report'
import { headingText, isHeadingLike, parseHeadingMarker } from './heading-level'
import { cleanMarkdownLine, type CleanLine } from './markdown-noise'
import { isMetaLine } from './meta-lines'

/**
 * "一、主要举措和成效。2023年，我镇……" — a top-level heading run into its first paragraph.
 * Only split at level 1: lower-level run-in leads (（一）……。正文) are a normal paragraph style.
 */
function splitRunIn(text: string): { head: string; rest: string } | null {
  const match = /^([^。：:]{2,60}?)[。：:](.+)$/.exec(text)
  if (match === null) return null
  return { head: match[1] ?? '', rest: (match[2] ?? '').trim() }
}

/**
 * Text pasted from Word or PDF breaks paragraphs at page ends ("……规" / "范行政执法……"). A line
 * that ends mid-sentence is joined with the next one, unless it is short (titles, 署名) or the
 * next line is a heading or a 版记 line.
 */
function endsMidSentence(text: string): boolean {
  if (/[。！？：；”’）)」』…—]$/.test(text)) return false
  return text.length >= 60 || /[，、]$/.test(text)
}

function dropTrailing<T>(items: T[]): T | undefined {
  return items[items.length - 1]
}

function tableCells(line: string): string[] {
  return line
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cleanMarkdownLine(cell).text)
}

/**
 * A line (or a .docx paragraph) that opens with a heading number: a heading when it is short, a
 * top-level heading plus its first paragraph when run in, else a paragraph. Null without a number.
 * Shared with the .docx reader so both read numbered lines the same way.
 */
function numberedLineBlocks(text: string, runs: readonly Run[], line: number | null): Block[] | null {
  const marker = parseHeadingMarker(text)
  if (marker === null) return null
  const sourceNumber = marker.marker
  if (isHeadingLike(marker.text))
    return [{ kind: 'heading', level: marker.level, ...headingText(marker.text), line, sourceNumber }]
  const runIn = marker.level === 1 ? splitRunIn(marker.text) : null
  if (runIn !== null && isHeadingLike(runIn.head)) {
    return [
      { kind: 'heading', level: 1, text: runIn.head, line, sourceNumber },
      { kind: 'paragraph', runs: [{ text: runIn.rest }], line },
    ]
  }
  return [{ kind: 'paragraph', runs, line }]
}

/**
 * Adds one cleaned line (or .docx paragraph) to the blocks: a numbered or markdown heading, a
 * paragraph, or the rest of the previous paragraph when that one broke off mid-sentence.
 */
export function appendLine(blocks: Block[], clean: CleanLine, line: number): void {
  const numbered = numberedLineBlocks(clean.text, clean.runs, line)
  if (numbered !== null) {
    blocks.push(...numbered)
    return
  }
  if (clean.markdownLevel > 0 && isHeadingLike(clean.text)) {
    const level = Math.min(clean.markdownLevel, 4) as HeadingLevel
    blocks.push({ kind: 'heading', level, ...headingText(clean.text), line })
    return
  }
  const previous = dropTrailing(blocks)
  if (
    previous?.kind === 'paragraph' &&
    !isMetaLine(clean.text) &&
    endsMidSentence(paragraphTail(previous.runs))
  ) {
    // The paragraph's own array (copied below when it was started): appending in place keeps a file of
    // thousands of unpunctuated lines linear; copying the runs on every line made it quadratic.
    ;(previous.runs as Run[]).push(...clean.runs)
    return
  }
  blocks.push({ kind: 'paragraph', runs: [...clean.runs], line })
}

/** The paragraph's last 60+ characters: all endsMidSentence reads, without joining every run. */
function paragraphTail(runs: readonly Run[]): string {
  let tail = ''
  for (let index = runs.length - 1; index >= 0 && tail.length < 60; index -= 1)
    tail = (runs[index]?.text ?? '') + tail
  return tail
}

/** Cells of a line copied from a spreadsheet or a Word table: two or more, separated by tabs. */
export function tabCells(trimmed: string): string[] | null {
  if (!trimmed.includes('\t')) return null
  const cells = trimmed.split(/\t+/u).map((cell) => cell.trim())
  return cells.length >= 2 ? cells : null
}

/** A header row names columns: no figure in it, while the rows below have some. */
function looksLikeHeader(rows: readonly (readonly string[])[]): boolean {
  const figure = (row: readonly string[]): boolean => row.some((cell) => /\d/u.test(cell))
  return rows.length > 1 && !figure(rows[0]!) && rows.slice(1).some(figure)
}

export function textToBlocks(text: string): Block[] {
  const blocks: Block[] = []
  let table: { rows: string[][]; header: boolean; line: number } | null = null
  // lines separated by tabs are a table when two or more come together; a lone one stays a line of text
  let tabbed: { rows: string[][]; lines: { raw: string; line: number }[] } | null = null
  const flushTable = (): void => {
    if (table !== null)
      blocks.push({ kind: 'table', rows: table.rows, header: table.header, line: table.line })
    table = null
    if (tabbed !== null && tabbed.rows.length >= 2) {
      const rows = tabbed.rows
      blocks.push({ kind: 'table', rows, header: looksLikeHeader(rows), line: tabbed.lines[0]!.line })
    } else if (tabbed !== null) {
      for (const { raw, line } of tabbed.lines) {
        const clean = cleanMarkdownLine(raw)
        if (clean.text.length > 0) appendLine(blocks, clean, line)
      }
    }
    tabbed = null
  }

  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      const line = index + 1
      const trimmed = raw.trim()
      if (/^\|.*\|$/.test(trimmed)) {
        if (/^\|?[\s:|-]+\|?$/.test(trimmed) && trimmed.includes('-')) {
          if (table !== null) table.header = true
          return
        }
        table ??= { rows: [], header: false, line }
        table.rows.push(tableCells(trimmed))
        return
      }
      const cells = tabCells(trimmed)
      if (cells !== null) {
        if (table !== null) flushTable()
        tabbed ??= { rows: [], lines: [] }
        tabbed.rows.push(cells)
        tabbed.lines.push({ raw, line })
        return
      }
      flushTable()
      const clean = cleanMarkdownLine(raw)
      if (clean.text.length === 0) return

      appendLine(blocks, clean, line)
    })
  flushTable()
  return blocks
}
