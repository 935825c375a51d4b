// Last year's plans and text a working draft carries as comments (export/last-year-comments.ts) → meta.lastYear, so
// the plan checklist, the 去年对照 view and `check` work on the .docx as on the .fznb. Each comment is read as its
// paragraphs' plain text; which of them are ours, and what they say, is last-year-notes.ts.
import type { LastYearReference } from '../../core/report'
import { readLastYearNotes } from '../../core/rollover/last-year-notes'
import type { Template } from '../../core/template-schema'
import type { MammothComment, MammothElement } from './mammoth-document'

function plainText(elements: readonly MammothElement[]): string {
  return elements
    .map((element) => {
      if (element.type === 'text') return element.value
      if (element.type === 'tab') return '\t'
      return 'children' in element ? plainText(element.children) : ''
    })
    .join('')
}

function paragraphs(comment: MammothComment): string[] {
  return comment.body.flatMap((element) =>
    element.type === 'paragraph' ? [plainText(element.children)] : [],
  )
}

export function lastYearFromComments(
  comments: readonly MammothComment[],
  template: Template,
): LastYearReference | null {
  return readLastYearNotes(comments.map(paragraphs), template)
}
