// Decoded text (.txt / .md) → Report. Decoding bytes is renderer/docx/import/decode-text.ts.
import type { Report } from '../report'
import type { Template } from '../template-schema'
import { blocksToReport } from './blocks-to-report'
import { textToBlocks } from './text-to-blocks'
import { xmlSafeText } from '../xml-safe-text'

export function textToReport(text: string, template: Template): Report {
  // before the lines are split: a form feed or vertical tab is the line break it stood for
  return blocksToReport(textToBlocks(xmlSafeText(text)), template)
}
