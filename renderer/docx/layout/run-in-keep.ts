// A paragraph that opens with its own heading sentence ("（二）加强学习。本年度……") must not end a page on that
// sentence with its text overleaf. Where the sentence ends inside the first line, the text starts on the same line
// and no break can part them; only a sentence that fills its first line needs widow control, which keeps two
// lines on each side of a break. Widow control everywhere would leave a line blank at the foot of every page a
// run-in item happens to start on. The .docx (body.ts) and the preview (flow-report.ts) ask the same question here.
import type { RunInHeading } from '../export/run-in-heading'
import { breakLines } from './break-lines'
import { BODY_FORMAT } from './flow-metrics'

/**
 * Where the runs of the paragraph change format as body.ts writes them: a 黑体 or 楷体 heading sentence is a face of
 * its own, a lower one is the body's (bold where the writer made it so), and the text keeps its own bold.
 */
function portionStarts(inline: RunInHeading): Set<number> {
  const own = inline.level <= 2
  const formats = [
    ...inline.heading.map((run) => ({
      run,
      format: own ? `heading${String(inline.level)}` : String(run.bold === true),
    })),
    ...inline.rest.map((run) => ({ run, format: String(run.bold === true) })),
  ]
  const out = new Set<number>()
  let offset = 0
  formats.forEach(({ run, format }, index) => {
    if (index > 0 && formats[index - 1]!.format !== format) out.add(offset)
    offset += [...run.text].length
  })
  return out
}

export function runInNeedsWidowControl(inline: RunInHeading, tracking = BODY_FORMAT.tracking): boolean {
  const heading = inline.heading.map((run) => [...run.text].length).reduce((sum, length) => sum + length, 0)
  const text = [...inline.heading, ...inline.rest].map((run) => run.text).join('')
  const [first] = breakLines(text, {
    size: BODY_FORMAT.size,
    tracking,
    firstWidth: BODY_FORMAT.width - BODY_FORMAT.firstLine,
    width: BODY_FORMAT.width,
    portions: portionStarts(inline),
  })
  return first === undefined || first.end <= heading
}
