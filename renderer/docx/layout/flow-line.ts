// One line of the text flow before pagination: its height on the 28.95 pt pitch and what it draws, placed
// relative to its own top. A paragraph is a run of them with the blank lines GB/T 9704 puts above it.
import type { PrintItem } from './print-layout'

export interface FlowLine {
  readonly height: number
  readonly items: readonly PrintItem[]
}

export interface FlowParagraph {
  /** Space above, in points (blank lines × the line pitch). */
  readonly before: number
  readonly lines: readonly FlowLine[]
}

/** Moves an item down by `dy` points. */
export function shiftItem(item: PrintItem, dy: number): PrintItem {
  return { ...item, top: item.top + dy }
}
