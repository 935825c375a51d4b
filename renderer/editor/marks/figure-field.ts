// A figure the writer still has to fill in (全年共办理行政复议案件【　】件). Inclusive, so typing inside the
// field stays in it; the field shows highlighted until it holds a number, and an empty one is a finding.
import { Mark, mergeAttributes } from '@tiptap/core'

/** The text of an empty field, as the checker and plain-text files see it. */
export const emptyFieldText = '【　】'

export const FigureField = Mark.create({
  name: 'figureField',
  inclusive: true,
  excludes: '',

  parseHTML() {
    return [{ tag: 'span[data-figure-field]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { 'data-figure-field': '', class: 'figure-field' }), 0]
  },
})
