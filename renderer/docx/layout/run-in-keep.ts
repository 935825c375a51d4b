// A paragraph that opens with its own heading sentence ("（二）加强学习。本年度……") must not end a page on that
// sentence with its text overleaf. Where the sentence ends inside the first line, the text starts on the same line
// and no break can part them; only a sentence that fills its first line needs widow control, which keeps two
// lines on each side of a break. Widow control everywhere would leave a line blank at the foot of every page a
// run-in item happens to start on. The .docx (body.ts) and the preview (flow-report.ts) ask the same question here.
import type { RunInHeading } from '../export/run-in-heading'
import { breakLines } from './break-lines'
import { BODY_FORMAT } from './flow-metrics'
import { portionStarts } from './paragraph-lines'
import type { FontRole, PrintSpan } from './print-layout'

/**
 * The paragraph's runs in their faces as body.ts writes them: a 黑体 or 楷体 heading sentence in a face of its own, a
 * lower one in the body's (bold where the writer made it so), the text keeping its own bold.
 */
function spans({ level, heading, rest }: RunInHeading): PrintSpan[] {
  const face: FontRole = level === 1 ? 'heading1' : level === 2 ? 'heading2' : 'body'
  return [
    ...heading.map((run): PrintSpan => ({
      text: run.text,
      font: face,
      bold: level > 2 && run.bold === true,
    })),
    ...rest.map((run): PrintSpan => ({ text: run.text, font: 'body', bold: run.bold === true })),
  ]
}

export function runInNeedsWidowControl(inline: RunInHeading, tracking = BODY_FORMAT.tracking): boolean {
  const heading = inline.heading.map((run) => [...run.text].length).reduce((sum, length) => sum + length, 0)
  const text = [...inline.heading, ...inline.rest].map((run) => run.text).join('')
  const [first] = breakLines(text, {
    size: BODY_FORMAT.size,
    tracking,
    firstWidth: BODY_FORMAT.width - BODY_FORMAT.firstLine,
    width: BODY_FORMAT.width,
    portions: portionStarts(spans(inline)),
  })
  return first === undefined || first.end <= heading
}
