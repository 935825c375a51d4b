// Block[] + Template → Report: the only place a Report is built from imported blocks (text or
// .docx). Lifts the metadata, finds the year, then splits the body at its top-level headings and
// names each part by meaning.
import type { Block, HeadingLevel, Part, Report } from '../report'
import { blockText } from '../report'
import type { Template } from '../template-schema'
import { xmlSafeBlock } from '../xml-safe-text'
import { splitLongParagraphs } from '../paragraph-pieces'
import { extractMeta } from './extract-meta'
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

/**
 * Some writers type part headings without a number ("存在的问题和不足" on its own line, or only in
 * bold). Such a line becomes a top-level heading when it clearly names a part; other short lines
 * stay paragraphs.
 */
function promoteBareHeadings(blocks: readonly Block[], template: Template, year: number | null): Block[] {
  const level = topLevelOf(blocks)
  return blocks.map((block) => {
    if (block.kind !== 'paragraph') return block
    const written = blockText(block).trim()
    // a line ending in 。 is a sentence, however short and however much it sounds like a part
    if (written.endsWith('。')) return block
    const text = written.replace(/[：:]$/, '')
    if (text.length === 0 || text.length > BARE_HEADING_MAX_LENGTH || /[，。；！？,;]/.test(text))
      return block
    if (scoreHeading(text, template, year).length === 0) return block
    return { kind: 'heading', level, text, line: block.line }
  })
}

export function blocksToReport(blocks: readonly Block[], template: Template): Report {
  // Text from .txt and .docx alike may hold characters XML forbids (form feeds, U+FFFF): the report never does.
  const { meta, body: lifted } = extractMeta(blocks.map(xmlSafeBlock))
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
