// Which number each heading shows (一、 （一） 1. （1）), from its position only: inserting, deleting or
// moving a part renumbers everything after it, as the printed report will be numbered.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { HeadingCounter } from '../core/heading-number'
import type { HeadingLevel } from '../core/report'

export interface HeadingLabel {
  /** Document position of the heading's first character. */
  readonly pos: number
  readonly level: HeadingLevel
  readonly label: string
}

export function headingLabels(doc: ProseMirrorNode): HeadingLabel[] {
  const labels: HeadingLabel[] = []
  const counter = new HeadingCounter()
  doc.forEach((part, partOffset) => {
    if (part.type.name !== 'part') return
    part.forEach((child, childOffset) => {
      const pos = partOffset + 1 + childOffset + 1
      if (child.type.name === 'partHeading') labels.push({ pos, level: 1, label: counter.next(1) })
      else if (child.type.name === 'subHeading') {
        const level = Number(child.attrs['level']) as HeadingLevel
        labels.push({ pos, level, label: counter.next(level) })
      }
    })
  })
  return labels
}
