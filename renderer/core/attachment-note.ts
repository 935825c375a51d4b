// 附件说明 (GB/T 9704 §7.3.4): under the 正文, after a blank line, 左空二字 "附件：" and the attachments' names, one
// a line, numbered 1．2．… where there are several; a name that wraps goes on under its own first character, and
// 2．3． stand under 1．. It is not 正文: the export sets it with the 署名 below it (export/attachment-note.ts), and
// the layout fills pages and carries lines over to the 署名 from the 正文 above it.
import { blockText, type Block, type Part, type Report } from './report'
import { writtenNumberValue } from './written-number'

/** A paragraph opening the 附件说明: 附件：… or 附件:… */
export const ATTACHMENT_NOTE_START = /^附件[：:]/u
/** The number in front of an attachment's name: 1．, 2. or 3、, in ASCII or full-width digits. */
const NAME_NUMBER = /^[0-9０-９]{1,2}\s*[．.、]\s*/u
/** 附件： with nothing after it, the names on the lines below. */
const LABEL_ALONE = /^附件[：:]$/u

/** One line of the 附件说明 as it prints. */
export interface AttachmentNoteLine {
  /** "附件：" on the first line (a half-width colon made full-width), empty on the others. */
  readonly label: string
  /** 1．, 2． … as the writer numbered it; empty for a single unnumbered name. */
  readonly number: string
  readonly name: string
  /** The paragraph the line was written as, or the numbered list it is an item of. */
  readonly block: Block
}

export interface NoteSplit {
  /** The report without its 附件说明. */
  readonly report: Report
  /** Its lines, top to bottom; none where the 正文 does not end with one. */
  readonly note: readonly AttachmentNoteLine[]
}

const isParagraph = (block: Block): block is Extract<Block, { kind: 'paragraph' }> =>
  block.kind === 'paragraph'

const isEmpty = (block: Block): boolean => isParagraph(block) && blockText(block).trim() === ''

/**
 * Whether `blocks[index]` is 附件： on a line of its own over the first of a numbered list of names (a paragraph
 * 1．…, or as Word's numbering and a text file bring it in, a heading numbered 1): a 附件说明 written over several
 * lines, not the label over an attachment's page (attachments.ts).
 */
export function opensNameList(blocks: readonly Block[], index: number): boolean {
  const block = blocks[index]
  if (block?.kind !== 'paragraph' || !LABEL_ALONE.test(blockText(block).trim())) return false
  const next = blocks.slice(index + 1).find((item) => !isEmpty(item))
  if (next?.kind === 'paragraph') return NAME_NUMBER.test(blockText(next).trim())
  if (next?.kind === 'list') return next.ordered
  return next?.kind === 'heading' && writtenNumberValue(next.sourceNumber ?? '') === 1
}

/** Word's own numbering under 附件： (a numbered list): the names, numbered 1．2． as GB/T 9704 writes them. */
const isNameList = (block: Block): boolean => block.kind === 'list' && block.ordered

/** Where the note starts in `blocks`: a 附件： paragraph followed by nothing but numbered names and empty lines. */
function noteStart(blocks: readonly Block[]): number {
  for (let index = blocks.length - 1; index >= 0; index--) {
    const block = blocks[index]!
    if (isNameList(block) && opensNameList(blocks, index - 1)) return index - 1
    if (!isParagraph(block)) return -1
    const text = blockText(block).trim()
    if (ATTACHMENT_NOTE_START.test(text)) return index
    if (text !== '' && !NAME_NUMBER.test(text)) return -1
  }
  return -1
}

function noteLines(blocks: readonly Block[]): AttachmentNoteLine[] {
  const written = blocks.filter((block) => !isEmpty(block))
  // 附件： alone on its line prints in front of the first name, as GB/T 9704 sets it: 附件：1．…
  const lines =
    written.length > 1 && LABEL_ALONE.test(blockText(written[0]!).trim()) ? written.slice(1) : written
  const named = lines.flatMap((block): { text: string; block: Block }[] =>
    block.kind === 'list'
      ? block.items.map((item, index) => ({ text: `${String(index + 1)}．${item.trim()}`, block }))
      : [{ text: blockText(block).trim(), block }],
  )
  return named.map(({ text, block }, index) => {
    const rest = index === 0 ? text.replace(ATTACHMENT_NOTE_START, '').trimStart() : text
    const number = NAME_NUMBER.exec(rest)?.[0] ?? ''
    return {
      label: index === 0 ? '附件：' : '',
      number: number.trim(),
      name: rest.slice(number.length),
      block,
    }
  })
}

/**
 * The report with the 附件说明 that ends its 正文 taken out: the last paragraphs of the last part that has any (or
 * of the text before the first part), from a paragraph opening with 附件： on, where every later one is a numbered
 * name or empty. Attachments must be taken out first (attachments.ts): the note stands above them.
 */
export function withoutAttachmentNote(report: Report): NoteSplit {
  let partIndex = report.parts.length - 1
  while (partIndex >= 0 && report.parts[partIndex]!.blocks.length === 0) partIndex--
  // a part heading with nothing under it ends the 正文: no note above it
  const endsWithHeading = report.parts.slice(partIndex + 1).some((part) => part.heading !== null)
  if (endsWithHeading) return { report, note: [] }
  const blocks = partIndex === -1 ? report.preamble : report.parts[partIndex]!.blocks
  const start = noteStart(blocks)
  if (start === -1) return { report, note: [] }
  const note = noteLines(blocks.slice(start))
  const kept = blocks.slice(0, start)
  if (partIndex === -1) return { report: { ...report, preamble: kept }, note }
  const parts = report.parts.map((part, index): Part =>
    index === partIndex ? { ...part, blocks: kept } : part,
  )
  return { report: { ...report, parts }, note }
}
