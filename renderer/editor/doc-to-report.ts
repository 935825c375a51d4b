// Tiptap JSON → Report, for the checker, saving and export. Works on plain JSON (no editor, no DOM),
// so it runs in tests and off the input path. Every block gets `line` = its position in the document
// (1-based, in reading order), which is how a finding points back into the editor.
import type { JSONContent } from '@tiptap/core'
import { holdsStale, type Block, type Part, type Report, type ReportMeta, type Run } from '../core/report'
import { emptyFieldText } from './marks/empty-field-text'

function plainText(node: JSONContent): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'hardBreak') return '\n'
  return (node.content ?? []).map(plainText).join('')
}

function runs(node: JSONContent): Run[] {
  const result: Run[] = []
  for (const child of node.content ?? []) {
    if (child.type === 'hardBreak') {
      result.push({ text: '\n' })
      continue
    }
    if (child.type !== 'text') continue
    const marks = new Set((child.marks ?? []).map((mark) => mark.type))
    const raw = child.text ?? ''
    // A field still holding only spaces is unfilled: keep it visible to the checker as 【　】.
    const text = marks.has('figureField') && raw.trim().length === 0 ? emptyFieldText : raw
    const bold = marks.has('bold')
    const stale = marks.has('staleFigure')
    const previous = result.at(-1)
    if (previous !== undefined && (previous.bold === true) === bold && (previous.stale === true) === stale)
      result[result.length - 1] = { ...previous, text: previous.text + text }
    else result.push({ text, ...(bold ? { bold } : {}), ...(stale ? { stale } : {}) })
  }
  return result
}

/** The runs of a table cell or list item (its paragraphs one after another), as `plainText` reads its text. */
function blockRuns(node: JSONContent): Run[] {
  return (node.content ?? []).flatMap((child) =>
    child.type === 'paragraph' ? runs(child) : [{ text: plainText(child) }],
  )
}

function toBlock(node: JSONContent, line: number): Block | null {
  switch (node.type) {
    case 'paragraph':
      return { kind: 'paragraph', runs: runs(node), line }
    case 'subHeading': {
      const level = Number(node.attrs?.['level'] ?? 2)
      return { kind: 'heading', level: level === 3 || level === 4 ? level : 2, text: plainText(node), line }
    }
    case 'bulletList':
    case 'orderedList': {
      const items = node.content ?? []
      const itemRuns = items.map(blockRuns)
      return {
        kind: 'list',
        ordered: node.type === 'orderedList',
        items: items.map(plainText),
        line,
        ...(itemRuns.some(holdsStale) ? { itemRuns } : {}),
      }
    }
    case 'table': {
      const rows = node.content ?? []
      const cellRuns = rows.map((row) => (row.content ?? []).map(blockRuns))
      return {
        kind: 'table',
        header: rows[0]?.content?.some((cell) => cell.type === 'tableHeader') ?? false,
        rows: rows.map((row) => (row.content ?? []).map(plainText)),
        line,
        ...(cellRuns.some((row) => row.some(holdsStale)) ? { cellRuns } : {}),
      }
    }
    default:
      return null
  }
}

export function docToReport(doc: JSONContent, meta: ReportMeta): Report {
  const preamble: Block[] = []
  const parts: Part[] = []
  let line = 0
  for (const node of doc.content ?? []) {
    if (node.type !== 'part') {
      line += 1
      const block = toBlock(node, line)
      if (block !== null) preamble.push(block)
      continue
    }
    const [heading, ...children] = node.content ?? []
    line += 1
    const partLine = line
    const blocks: Block[] = []
    for (const child of children) {
      line += 1
      const block = toBlock(child, line)
      if (block !== null) blocks.push(block)
    }
    const partId: unknown = node.attrs?.['partId']
    parts.push({
      id: typeof partId === 'string' ? partId : null,
      heading: heading === undefined ? null : plainText(heading),
      blocks,
      line: partLine,
    })
  }
  return { meta, preamble, parts }
}
