// The 一、 heading of a part. Plain text only: GB/T 9704 sets it in 黑体 without bold or italics, and its
// number is drawn by the heading-numbers plugin, never typed.
import { mergeAttributes, Node } from '@tiptap/core'

export const PartHeading = Node.create({
  name: 'partHeading',
  content: 'text*',
  marks: '',
  defining: true,

  parseHTML() {
    return [{ tag: 'h2[data-part-heading]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['h2', mergeAttributes(HTMLAttributes, { 'data-part-heading': '', class: 'part-heading' }), 0]
  },
})
