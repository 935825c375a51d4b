// 附件说明 (GB/T 9704 §7.3.4): 附件：1．XXXX, then 2．XXXX on the next lines, or 附件： alone over 1．2．. Read as
// text, those lines have a level-3 heading's number; they are the names of the attachments, and stay lines of text
// as written, with the 。 or ； the heading reader left out (which the check then asks to take off).
import { writtenNumberValue } from '../written-number'
import type { Block } from '../report'
import { blockText } from '../report'

/** 附件：1．… opening a numbered list of attachments. */
const NOTE_START = /^附件[：:]\s*([0-9０-９]{1,2})[．.、]/
/** 附件： on a line of its own, over the names. */
const LABEL_ALONE = /^附件[：:]$/u

export function keepAttachmentNames(blocks: readonly Block[]): Block[] {
  const out: Block[] = []
  let next: number | null = null
  for (const block of blocks) {
    if (
      next !== null &&
      block.kind === 'heading' &&
      block.level === 3 &&
      block.sourceNumber !== undefined &&
      writtenNumberValue(block.sourceNumber) === next
    ) {
      out.push({
        kind: 'paragraph',
        runs: [{ text: `${block.sourceNumber}${block.text}${block.sourceClosing ?? ''}` }],
        line: block.line,
      })
      next += 1
      continue
    }
    const text = block.kind === 'paragraph' ? blockText(block).trim() : ''
    const start = NOTE_START.exec(text)
    // 附件： alone on its line: the names start at 1 on the lines below
    next = start !== null ? (writtenNumberValue(start[1] ?? '') ?? 0) + 1 : LABEL_ALONE.test(text) ? 1 : null
    out.push(block)
  }
  return out
}
