// 附件 (GB/T 9704 §8): an attachment prints after the 署名 and the 成文日期, on a page of its own (另面编排), before
// the 版记; "附件" and its number stand at the top left of its first line, its title centred on the third. A report
// read from Word or from text keeps its attachments as what follows the first 附件 label at the end of its text
// (extract-meta.ts reads the 署名 above that label), and the editor shows them there; the export and the print
// preview take them out of the 正文 and print them in their place.
import { opensNameList } from './attachment-note'
import { blockText, type Block, type Part, type Report } from './report'

/** The label over an attachment's first page: 附件, 附件1, 附件二 on a line of its own (GB/T 9704 §8.2). */
export function isAttachmentLabel(text: string): boolean {
  return /^附件\s*[0-9０-９一二三四五六七八九十]{0,3}\s*[：:]?$/u.test(text.trim())
}

/** A title is a short line without the full stop a sentence ends with. */
const TITLE_MAX_CHARS = 60

export interface Attachment {
  /** 附件, 附件1 … as the writer gave it, without a closing colon. */
  readonly label: string
  /** Its title, the line after the label; null where the attachment opens with text. */
  readonly title: string | null
  readonly blocks: readonly Block[]
}

export interface SplitReport {
  /** The report without its attachments: what prints above the 署名. */
  readonly report: Report
  readonly attachments: readonly Attachment[]
}

/** A line's text: a paragraph's or a heading's; a table or a list is never a label or a title. */
function textOf(block: Block): string | null {
  return block.kind === 'paragraph' || block.kind === 'heading' ? blockText(block) : null
}

const isLabel = (block: Block): boolean => {
  const text = textOf(block)
  return text !== null && isAttachmentLabel(text)
}

/** The first label in `blocks`; 附件： over a numbered list of names is the 附件说明 (attachment-note.ts). */
const labelIndex = (blocks: readonly Block[]): number =>
  blocks.findIndex((block, index) => isLabel(block) && !opensNameList(blocks, index))

function isTitle(block: Block | undefined): boolean {
  const text = block === undefined ? null : textOf(block)?.trim()
  return (
    text !== undefined &&
    text !== null &&
    text !== '' &&
    [...text].length <= TITLE_MAX_CHARS &&
    !/[。；;！？]$/u.test(text) &&
    !isAttachmentLabel(text)
  )
}

/** The blocks after the first label, cut at each label into attachments. */
function attachmentsOf(blocks: readonly Block[]): Attachment[] {
  const out: { label: string; title: string | null; blocks: Block[] }[] = []
  for (const block of blocks) {
    const current = out.at(-1)
    if (isLabel(block))
      out.push({
        label: textOf(block)!
          .trim()
          .replace(/[：:]$/u, ''),
        title: null,
        blocks: [],
      })
    else if (current === undefined) continue
    else if (current.title === null && current.blocks.length === 0 && isTitle(block))
      current.title = textOf(block)!.trim()
    else current.blocks.push(block)
  }
  return out
}

/** A part after the label: its heading goes with the attachment as a heading of its own. */
const partBlocks = (part: Part): Block[] => [
  ...(part.heading === null
    ? []
    : [{ kind: 'heading' as const, level: 1 as const, text: part.heading, line: part.line }]),
  ...part.blocks,
]

/**
 * The report with its attachments taken out: everything from the first 附件 label on, where the label follows the
 * text and no part of the template the report has not had yet comes after it (that one is the report's own,
 * however it was placed).
 */
export function withoutAttachments(report: Report): SplitReport {
  const preambleLabel = labelIndex(report.preamble)
  const partIndex = report.parts.findIndex((part) => labelIndex(part.blocks) !== -1)
  const atPart = preambleLabel === -1 && partIndex !== -1
  if (preambleLabel === -1 && !atPart) return { report, attachments: [] }
  const firstLaterPart = atPart ? partIndex + 1 : 0
  // a part after the label is the report's own where the template knows it and no part before the label had it
  // already: an attachment's 一、基本情况 may read as a second 主要举措
  const before = new Set(report.parts.slice(0, firstLaterPart).map((part) => part.id))
  const ownAfter = report.parts.slice(firstLaterPart).some((part) => part.id !== null && !before.has(part.id))
  if (ownAfter) return { report, attachments: [] }
  const later = report.parts.slice(firstLaterPart).flatMap(partBlocks)
  if (!atPart) {
    const attachments = attachmentsOf([...report.preamble.slice(preambleLabel), ...later])
    return {
      report: { ...report, preamble: report.preamble.slice(0, preambleLabel), parts: [] },
      attachments,
    }
  }
  const part = report.parts[partIndex]!
  const label = labelIndex(part.blocks)
  const attachments = attachmentsOf([...part.blocks.slice(label), ...later])
  const parts = [...report.parts.slice(0, partIndex), { ...part, blocks: part.blocks.slice(0, label) }]
  return { report: { ...report, parts }, attachments }
}
