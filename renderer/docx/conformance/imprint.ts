// GB/T 9704 §7.4: the 版记 — 抄送 and 印发机关 + 印发日期 in 4号仿宋 — between rules: a thick one (0.35 mm)
// above the first line and below the last, thin ones (0.25 mm) between. Drawn either as a table's borders
// (our export, most templates) or as paragraph borders (hand-made files); both are read here. Where it
// lands on the page needs a renderer (check.py --render) and is not judged.
import type { FormatCheck } from '../../core/review/format-conformance'
import { ptToHalfPoints, typeSize } from '../export/gbt9704'
import { dominantFormat, type ConformanceContext, type DocParagraph } from './conformance-context'
import { borderOf, paragraphFormat, type Border } from './paragraph-format'
import { wChild, wChildren } from './wordml'
import type { XmlElement } from '../xml/xml-tree'

const SI = ptToHalfPoints(typeSize.si)
/** The 版记 is the last thing in the document; look no further back than this. */
const TAIL_PARAGRAPHS = 12

const copyLine = /^\s*抄\s*送\s*[：:]/
const printedLine = /印\s*发\s*$/

function cellBorder(row: XmlElement | undefined, side: 'top' | 'bottom'): Border | null {
  for (const cell of row === undefined ? [] : wChildren(row, 'tc')) {
    const border = borderOf(wChild(wChild(wChild(cell, 'tcPr'), 'tcBorders'), side))
    if (border !== null) return border
  }
  return null
}

/** Rules of a 版记 table, top to bottom: its top edge, one between each pair of rows, its bottom edge. */
function tableRules(table: XmlElement): { outer: (Border | null)[]; inner: (Border | null)[] } {
  const borders = wChild(wChild(table, 'tblPr'), 'tblBorders')
  const rows = wChildren(table, 'tr')
  const top = cellBorder(rows[0], 'top') ?? borderOf(wChild(borders, 'top'))
  const bottom = cellBorder(rows.at(-1), 'bottom') ?? borderOf(wChild(borders, 'bottom'))
  const inside = borderOf(wChild(borders, 'insideH'))
  const inner = rows
    .slice(1)
    .map((row, index) => cellBorder(row, 'top') ?? cellBorder(rows[index], 'bottom') ?? inside)
  return { outer: [top, bottom], inner }
}

/** Rules drawn as paragraph borders: above the first line, below the last, and any between. */
function paragraphRules(
  context: ConformanceContext,
  lines: readonly DocParagraph[],
): { outer: (Border | null)[]; inner: (Border | null)[] } {
  const formats = lines.map((line) => paragraphFormat(context.sheet, line.element).borders)
  const inner = formats.slice(1).map((format, index) => format.top ?? formats[index]?.bottom ?? null)
  return { outer: [formats[0]?.top ?? null, formats.at(-1)?.bottom ?? null], inner }
}

export function checkImprint(context: ConformanceContext): FormatCheck {
  const filled = context.paragraphs.filter((paragraph) => paragraph.text.trim() !== '')
  const tail = filled.slice(-TAIL_PARAGRAPHS)
  const startIndex = tail.findIndex(
    (paragraph) => copyLine.test(paragraph.text) || printedLine.test(paragraph.text),
  )
  if (startIndex < 0) return { id: 'imprint', status: 'na', message: '没有版记（抄送、印发机关和印发日期）' }
  const first = tail[startIndex]
  const table = first?.table ?? null
  const lines =
    table === null ? tail.slice(startIndex) : filled.filter((paragraph) => paragraph.table === table)
  const rows = table === null ? lines.length : wChildren(table, 'tr').length
  const { outer, inner } = table === null ? paragraphRules(context, lines) : tableRules(table)
  const problems: string[] = []
  const [above, below] = outer
  if (above === null || above === undefined) problems.push('首条版记上方缺分隔线')
  if (below === null || below === undefined) problems.push('末条版记下方缺分隔线')
  const missingInner = inner.filter((border) => border === null).length
  if (rows > 1 && missingInner > 0) problems.push('版记各行之间缺细分隔线')
  const outerWidths = outer.flatMap((border) =>
    border === null || border === undefined ? [] : [border.size],
  )
  const innerWidths = inner.flatMap((border) => (border === null ? [] : [border.size]))
  if (
    outerWidths.length === 2 &&
    innerWidths.length > 0 &&
    // reduce, not Math.max(...innerWidths): a hostile file's 版记 table may have more rows than a call takes arguments
    Math.min(outerWidths[0]!, outerWidths[1]!) <= innerWidths.reduce((widest, size) => Math.max(widest, size))
  ) {
    problems.push('首末分隔线应比中间的分隔线粗（0.35 毫米与 0.25 毫米）')
  }
  const wrongSize = lines.filter((line) => dominantFormat(context, line.element).size !== SI)
  if (wrongSize.length > 0) problems.push(`${String(wrongSize.length)} 行版记不是 4 号字`)
  if (problems.length === 0)
    return { id: 'imprint', status: 'pass', message: `${String(rows)} 行，4 号字，首末粗线、中间细线` }
  return { id: 'imprint', status: 'fail', message: problems.join('；') }
}
