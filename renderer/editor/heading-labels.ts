// Which number each heading shows (一、 （一） 1. （1）), from its position only: inserting, deleting or
// moving a part renumbers everything after it, as the printed report will be numbered. A paragraph run in under
// its own number (（二）落实制度。……) takes its place in the count as the export counts it (core/run-in-item.ts),
// so the heading after it shows （三）; its typed number stays text, which the check asks to correct when it differs.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { HeadingCounter, numberBefore } from '../core/heading-number'
import type { HeadingLevel } from '../core/report'
import { listedLine, runInItem, type ListedLine } from '../core/run-in-item'

export interface HeadingLabel {
  /** Document position of the heading's first character. */
  readonly pos: number
  readonly level: HeadingLevel
  readonly label: string
}

/** Enough of a paragraph's start to tell a run-in item (its number and a heading-length lead). */
const OPENING = 64

/** The level of the run-in item a body paragraph opens with, or null: all the count needs of a paragraph. */
export function runInLevel(paragraph: ProseMirrorNode): HeadingLevel | null {
  const opening = openingOf(paragraph)
  return opening === null ? null : (runInItem(opening)?.level ?? null)
}

/** The numbered list line a body paragraph is (run-in-item.ts `listedLine`), which may take a place in the count. */
export function listedLineOf(paragraph: ProseMirrorNode): ListedLine | null {
  const opening = openingOf(paragraph)
  return opening === null ? null : listedLine(opening)
}

function openingOf(paragraph: ProseMirrorNode): string | null {
  if (paragraph.type.name !== 'paragraph' || paragraph.content.size === 0) return null
  return paragraph.textBetween(0, Math.min(paragraph.content.size, OPENING), '\n', ' ')
}

export function headingLabels(doc: ProseMirrorNode): HeadingLabel[] {
  const labels: HeadingLabel[] = []
  const counter = new HeadingCounter()
  const count = (child: ProseMirrorNode): void => {
    const level = runInLevel(child)
    if (level !== null) counter.next(level)
    const line = level === null ? listedLineOf(child) : null
    if (line !== null) counter.listed(line.level, line.value)
  }
  doc.forEach((node, partOffset) => {
    if (node.type.name !== 'part') return
    node.forEach((child, childOffset) => {
      const pos = partOffset + 1 + childOffset + 1
      if (child.type.name === 'partHeading') labels.push({ pos, level: 1, label: counter.next(1) })
      else if (child.type.name === 'subHeading') {
        const level = Number(child.attrs['level']) as HeadingLevel
        labels.push({ pos, level, label: numberBefore(counter.next(level), child.textContent) })
      } else count(child)
    })
  })
  return labels
}
