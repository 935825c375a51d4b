// Block[] + Template → Report: the only place a Report is built from imported blocks (text or
// .docx). Lifts the metadata, finds the year, then splits the body at its top-level headings and
// names each part by meaning.
import type { Block, HeadingLevel, Part, Report } from '../report'
import { blockText } from '../report'
import type { Template } from '../template-schema'
import { xmlSafeBlock } from '../xml-safe-text'
import { splitLongParagraphs } from '../paragraph-pieces'
import { keepAttachmentNames } from './attachment-note'
import { extractMeta } from './extract-meta'
import { isMetaLine } from './meta-lines'
import { recognizePart, scoreHeading } from './recognize-part'
import { inferReportYear } from './report-year'

const BARE_HEADING_MAX_LENGTH = 30

function topLevelOf(blocks: readonly Block[]): HeadingLevel {
  let top: HeadingLevel = 4
  let any = false
  for (const block of blocks) {
    if (block.kind === 'heading') {
      any = true
      if (block.level < top) top = block.level
    }
  }
  return any ? top : 1
}

/** The text of a short line that clearly names a part (a heading typed without a number), or null. */
function bareHeadingText(written: string, template: Template, year: number | null): string | null {
  const trimmed = written.trim()
  // a line ending in 。 is a sentence, however short and however much it sounds like a part; a date (2026年1月20日
  // names next year), a 署名 or a 抄送 line is no heading either
  if (trimmed.endsWith('。') || isMetaLine(trimmed)) return null
  const text = trimmed.replace(/[：:]$/, '')
  if (text.length === 0 || text.length > BARE_HEADING_MAX_LENGTH || /[，。；！？,;]/.test(text)) return null
  return scoreHeading(text, template, year).length === 0 ? null : text
}

type ListBlock = Extract<Block, { kind: 'list' }>

/**
 * The items of a list Word numbers itself (automatic numbering puts no 一、 in the text) that name a part become
 * headings, the others stay lists around them: part headings numbered that way are a list to the importer.
 */
function promoteListItems(
  list: ListBlock,
  level: HeadingLevel,
  template: Template,
  year: number | null,
): Block[] {
  if (!list.ordered) return [list]
  const out: Block[] = []
  let items: number[] = []
  const flush = (): void => {
    if (items.length === 0) return
    const runs = list.itemRuns
    out.push({
      ...list,
      items: items.map((index) => list.items[index] ?? ''),
      ...(runs === undefined ? {} : { itemRuns: items.map((index) => runs[index] ?? []) }),
    })
    items = []
  }
  list.items.forEach((item, index) => {
    const text = bareHeadingText(item, template, year)
    if (text === null) {
      items.push(index)
      return
    }
    flush()
    out.push({ kind: 'heading', level, text, line: list.line })
  })
  flush()
  return out.length === 1 && out[0]?.kind === 'list' ? [list] : out
}

/**
 * Some writers type part headings without a number ("存在的问题和不足" on its own line, or only in
 * bold), or let Word number them. Such a line becomes a top-level heading when it clearly names a part;
 * other short lines stay paragraphs, other list items list items.
 */
function promoteBareHeadings(blocks: readonly Block[], template: Template, year: number | null): Block[] {
  const level = topLevelOf(blocks)
  return blocks.flatMap((block): Block[] => {
    if (block.kind === 'list') return promoteListItems(block, level, template, year)
    if (block.kind !== 'paragraph') return [block]
    const text = bareHeadingText(blockText(block), template, year)
    return text === null ? [block] : [{ kind: 'heading', level, text, line: block.line }]
  })
}

export function blocksToReport(blocks: readonly Block[], template: Template): Report {
  // Text from .txt and .docx alike may hold characters XML forbids (form feeds, U+FFFF): the report never does.
  const { meta, body: lifted } = extractMeta(keepAttachmentNames(blocks.map(xmlSafeBlock)))
  // A paragraph longer than the editor may save (a whole file on one line) is cut, so the report opens and saves.
  const body = splitLongParagraphs(lifted)
  const reportYear = inferReportYear(meta, body)
  const promoted = promoteBareHeadings(body, template, reportYear)
  const topLevel = topLevelOf(promoted)

  const preamble: Block[] = []
  const parts: Part[] = []
  const seen = new Set<string>()
  let current: {
    id: string | null
    heading: string
    line: Part['line']
    blocks: Block[]
    sourceNumber?: string
  } | null = null
  for (const block of promoted) {
    if (block.kind === 'heading' && block.level === topLevel) {
      if (current !== null) parts.push(current)
      const id = recognizePart(block.text, template, reportYear, seen)
      if (id !== null) seen.add(id)
      current = { id, heading: block.text, line: block.line, blocks: [] }
      if (block.sourceNumber !== undefined) current.sourceNumber = block.sourceNumber
    } else if (current === null) {
      preamble.push(block)
    } else {
      current.blocks.push(block)
    }
  }
  if (current !== null) parts.push(current)
  return { meta: { ...meta, reportYear }, preamble, parts }
}
