// A paragraph that opens with its own heading sentence ("（二）加强学习。本年度……") must not end a page on that
// sentence with its text overleaf. Where the sentence ends inside the first line, the text starts on the same line
// and no break can part them; only a sentence that fills its first line needs widow control, which keeps two
// lines on each side of a break. Widow control everywhere would leave a line blank at the foot of every page a
// run-in item happens to start on. The .docx (body.ts) and the preview (flow-report.ts) ask the same question here.
import type { HeadingLevel } from '../../core/report'
import type { FontRole, OfficialFonts } from '../export/official-fonts'
import type { RunInHeading } from '../export/run-in-heading'
import { BODY_FORMAT, span } from './flow-metrics'
import { formatBoxes } from './paragraph-lines'
import type { PrintSpan } from './print-layout'

/** The face of a heading of `level`: 一、 in 黑体, （一） in 楷体, lower ones in the body's. */
export function headingFace(level: HeadingLevel): FontRole {
  return level === 1 ? 'heading1' : level === 2 ? 'heading2' : 'body'
}

/**
 * The paragraph's runs in their faces as body.ts writes them: the heading sentence in its level's face (a lower
 * one in the body's, bold where the writer made it so), the text in the body's keeping its own bold; each face
 * bold where the clerk's fonts set it so.
 */
export function runInSpans({ level, heading, rest }: RunInHeading, fonts: OfficialFonts): PrintSpan[] {
  const face = headingFace(level)
  return [
    ...heading.map((run) => span(run.text, face, fonts[face].bold || (level > 2 && run.bold === true))),
    ...rest.map((run) => span(run.text, 'body', fonts.body.bold || run.bold === true)),
  ]
}

/** Whether the paragraph of `spans` (runInSpans) needs widow control set at `tracking` (points). */
export function runInNeedsWidowControl(
  inline: RunInHeading,
  spans: readonly PrintSpan[],
  tracking = BODY_FORMAT.tracking,
): boolean {
  const heading = inline.heading.map((run) => [...run.text].length).reduce((sum, length) => sum + length, 0)
  const [first] = formatBoxes(spans, { ...BODY_FORMAT, tracking })
  return first === undefined || first.end <= heading
}
