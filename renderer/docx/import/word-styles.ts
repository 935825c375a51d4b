// Paragraph style names → heading level, as Word, WPS and LibreOffice name them: Heading 1 / heading 1
// (Word's built-in, also what our exporter writes), 标题 1 / 标题1 (Chinese Word and WPS). The 标题 /
// Title style is the document title, not a part heading.
import type { HeadingLevel } from '../../core/report'

const HEADING_STYLE = /^(?:heading|标题)\s*([1-9])$/i

export function headingLevelOfStyle(styleName: string | null): HeadingLevel | null {
  if (styleName === null) return null
  const match = HEADING_STYLE.exec(styleName.trim())
  if (match === null) return null
  return Math.min(4, Number(match[1])) as HeadingLevel
}
