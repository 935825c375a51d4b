// One part of the report (主要举措和成效, 存在的不足和原因 …), carrying its template part id so the
// guidance panel and the checker know where the cursor is. Isolating: Backspace at the start of a
// part never merges it into the previous one.
import { mergeAttributes, Node } from '@tiptap/core'

export interface ReportPartOptions {
  /** @default {} */
  HTMLAttributes: Record<string, unknown>
}

export const ReportPart = Node.create<ReportPartOptions>({
  name: 'part',
  content: 'partHeading block*',
  defining: true,
  isolating: true,

  addOptions() {
    return { HTMLAttributes: {} }
  },

  addAttributes() {
    return {
      partId: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-part-id'),
        renderHTML: (attributes: { partId: string | null }) =>
          attributes.partId === null ? {} : { 'data-part-id': attributes.partId },
      },
    }
  },

  parseHTML() {
    return [{ tag: 'section[data-report-part]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'section',
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, { 'data-report-part': '' }),
      0,
    ]
  },
})
