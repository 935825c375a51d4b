// Paragraph spacing on the 28.95 pt line pitch: GB/T 9704 measures vertical gaps in lines ("空二行").
import { LineRuleType } from 'docx'
import { linePitch } from './gbt9704'

export interface LineSpacing {
  readonly line: number
  readonly lineRule: (typeof LineRuleType)[keyof typeof LineRuleType]
  readonly before: number
  readonly after: number
}

/** Exact `line` twips per line, with `blankLinesBefore` empty lines above the paragraph. */
export function onPitch(blankLinesBefore = 0, line: number = linePitch): LineSpacing {
  return { line, lineRule: LineRuleType.EXACT, before: blankLinesBefore * linePitch, after: 0 }
}
