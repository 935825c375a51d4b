// Decoded text (.txt / .md) → Report. Decoding bytes is renderer/docx/import/decode-text.ts.
import type { Report } from '../report'
import type { Template } from '../template-schema'
import { blocksToReport } from './blocks-to-report'
import { textToBlocks } from './text-to-blocks'

export function textToReport(text: string, template: Template): Report {
  return blocksToReport(textToBlocks(text), template)
}
