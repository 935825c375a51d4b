// Last year's plans and text in a working draft (report-to-docx.ts, draftMarks) as Word comments (批注), each
// anchored on the heading of the part it belongs beside: the plans on 主要举措和成效, where their carrying out is to be
// written, and last year's text of each part on this year's heading of it, as the app's 去年对照 shows it.
// Comments rather than a list in the text: Word, WPS and LibreOffice all keep, show and let the clerk answer or delete
// a comment, none of them prints one into the body, and the body stays the 正文 of the official layout, set and
// paginated as the report without them (a list at the end of the measures would be typed over, renumbered, shift
// every page after it and could go out in the report sent upward). What the comments say is last-year-notes.ts;
// the import reads them back (import/last-year-from-comments.ts).
import { type ICommentOptions, Paragraph, TextRun } from 'docx'
import type { Block, Part, Report } from '../../core/report'
import { lastYearNotes, type LastYearNote } from '../../core/rollover/last-year-notes'
import { NEXT_YEAR_PART } from '../../core/rollover/last-year-reference'

/** The name Word and WPS show on the comments: what wrote them, so the clerk knows they are not a reviewer's. */
export const COMMENT_AUTHOR = '法治年报'

/** What a comment can be anchored on: a part's heading, or a block written as paragraphs (not a table). */
export type CommentAnchor = Part | Block

export interface LastYearComments {
  readonly comments: readonly ICommentOptions[]
  /** Comment ids by the heading or block they are anchored on, in the order they are written. */
  readonly anchors: ReadonlyMap<CommentAnchor, readonly number[]>
  /** Comments with nothing to anchor on (a draft without a paragraph): written on an empty paragraph after the body. */
  readonly unanchored: readonly number[]
}

const writesParagraph = (block: Block): boolean =>
  block.kind === 'heading' || block.kind === 'paragraph' || (block.kind === 'list' && block.items.length > 0)

function partAnchor(report: Report, id: string): CommentAnchor | null {
  return report.parts.find((part) => part.id === id && part.heading !== null) ?? null
}

/** The first heading or paragraph the body writes. */
function firstAnchor(report: Report): CommentAnchor | null {
  const opening = report.preamble.find(writesParagraph)
  if (opening !== undefined) return opening
  for (const part of report.parts) {
    if (part.heading !== null) return part
    const block = part.blocks.find(writesParagraph)
    if (block !== undefined) return block
  }
  return null
}

function anchorOf(report: Report, note: LastYearNote): CommentAnchor | null {
  if (note.kind === 'plan')
    return partAnchor(report, note.partId ?? '') ?? partAnchor(report, NEXT_YEAR_PART) ?? firstAnchor(report)
  // last year's 导语 (and a part no template part matched) beside this year's opening paragraphs
  if (note.partId === null) return report.preamble.find(writesParagraph) ?? firstAnchor(report)
  return partAnchor(report, note.partId) ?? firstAnchor(report)
}

/** Null when the report holds nothing of last year's (not rolled over): the draft then has no comments part. */
export function lastYearComments(report: Report, date: Date = new Date()): LastYearComments | null {
  const reference = report.meta.lastYear
  if (reference === undefined) return null
  const notes = lastYearNotes(reference)
  if (notes.length === 0) return null
  const anchors = new Map<CommentAnchor, number[]>()
  const unanchored: number[] = []
  const comments = notes.map((note, id): ICommentOptions => {
    const anchor = anchorOf(report, note)
    if (anchor === null) unanchored.push(id)
    else anchors.set(anchor, [...(anchors.get(anchor) ?? []), id])
    return {
      id,
      author: COMMENT_AUTHOR,
      initials: COMMENT_AUTHOR.slice(0, 1),
      date,
      children: note.paragraphs.map((text) => new Paragraph({ children: [new TextRun(text)] })),
    }
  })
  return { comments, anchors, unanchored }
}
