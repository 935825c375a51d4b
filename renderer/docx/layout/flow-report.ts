// The report's text flow as the .docx export writes it (report-to-docx.ts), paragraph by paragraph with the
// same spacing: 版头, 标题, 主送, 正文 with numbered headings, 署名/日期/附注. Every figure comes from the export
// modules, so the preview and the .docx cannot drift apart; the 版记 is placed by layout-report.ts.
import type { Block, HeadingLevel, Part, Report, Run } from '../../core/report'
import { columnWidths } from '../export/body-table'
import { sanChar, typeSize } from '../export/gbt9704'
import { HeadingCounter } from '../../core/heading-number'
import type { OfficialFonts, FontRole } from '../export/official-fonts'
import type { OfficialMeta } from '../export/official-meta'
import { runInHeading } from '../export/run-in-heading'
import { SIGNATURE_RUN_ON, type SignatureLine, signatureLayout } from '../export/signature'
import { lastBodyBlock } from '../export/signature-keep'
import { titleLines } from '../export/title-lines'
import { type FlowLine, type FlowParagraph, lazyLine } from './flow-line'
import { breakLines } from './break-lines'
import { type ParagraphFormat, paragraphLines } from './paragraph-lines'
import { AREA_WIDTH, BODY_FORMAT, FILL_HEIGHT, PITCH, span } from './flow-metrics'
import { runInNeedsWidowControl } from './run-in-keep'
import { paginate } from './paginate'
import { withGaps } from './flow-gaps'
import { mastheadFlow } from './flow-masthead'
import type { PrintItem, PrintSpan } from './print-layout'

const pt = (twips: number): number => twips / 20
const SI = typeSize.si
const CHAR = pt(sanChar)

function runSpans(
  runs: readonly Run[],
  font: FontRole,
  keepBold: boolean,
  fonts: OfficialFonts,
): PrintSpan[] {
  return runs.map((run) => span(run.text, font, fonts[font].bold || (keepBold && run.bold === true)))
}

function headingFont(level: HeadingLevel): FontRole {
  return level === 1 ? 'heading1' : level === 2 ? 'heading2' : 'body'
}

/**
 * body.ts `bodyParagraph`: an inline heading sentence in its level's face, numbered by its place when given the
 * counter, the rest in the body face; widow control where the sentence fills its first line (run-in-keep.ts), and
 * kept with the next paragraph if that is all it holds.
 */
function bodyParagraph(runs: readonly Run[], fonts: OfficialFonts, counter?: HeadingCounter): FlowParagraph {
  const inline = runInHeading(runs, counter)
  if (inline === null) return paragraph(runSpans(runs, 'body', true, fonts))
  const flow = paragraph([
    ...runSpans(inline.heading, headingFont(inline.level), inline.level > 2, fonts),
    ...runSpans(inline.rest, 'body', true, fonts),
  ])
  return { ...flow, widowControl: runInNeedsWidowControl(inline), keepNext: inline.rest.length === 0 }
}

function paragraph(
  spans: readonly PrintSpan[],
  format: ParagraphFormat = BODY_FORMAT,
  blankLines = 0,
): FlowParagraph {
  return { before: blankLines * PITCH, lines: paragraphLines(spans, format) }
}

/** A body table (body-table.ts): 4号 cells on the line pitch between single rules; rows never split. */
function table(rows: readonly (readonly string[])[], header: boolean): FlowParagraph {
  const widths = columnWidths(rows).map(pt)
  const padding = pt(108)
  const rule = 0.5
  const cellFormat = (isHeader: boolean, left: number, width: number): ParagraphFormat => ({
    size: SI,
    tracking: 0,
    align: isHeader ? 'center' : 'left',
    left: left + padding,
    width: width - 2 * padding,
    firstLine: 0,
    lineHeight: PITCH,
  })
  const lines: FlowLine[] = rows.map((row, rowIndex) => {
    const isHeader = header && rowIndex === 0
    // the height needs only each cell's line count; what the row draws is made if the preview asks for it, so a
    // table of 5000 rows paginated for the export holds no drawing
    let most = 1
    widths.forEach((width, column) => {
      const format = cellFormat(isHeader, 0, width)
      const boxes = breakLines(row[column] ?? '', {
        size: format.size,
        tracking: format.tracking,
        firstWidth: format.width,
        width: format.width,
      })
      most = Math.max(most, boxes.length)
    })
    // LibreOffice adds each row's bottom rule to its height, and the first row's top rule too: rows are 29.45 pt
    // apart, not 28.95, and the text after a table sits off the grid by as much
    const top = rowIndex === 0 ? rule : 0
    const height = top + most * PITCH + rule
    return lazyLine(height, () => {
      let left = 0
      const items: PrintItem[] = widths.flatMap((width, column) => {
        const cell = paragraphLines(
          [span(row[column] ?? '', isHeader ? 'heading1' : 'body')],
          cellFormat(isHeader, left, width),
        )
        left += width
        return cell.flatMap((line, index) =>
          line.items.map((item) => ({ ...item, top: top + index * PITCH })),
        )
      })
      if (top > 0)
        items.push({ kind: 'rule', top: 0, left: 0, width: AREA_WIDTH, thickness: rule, red: false })
      items.push({
        kind: 'rule',
        top: height - rule / 2,
        left: 0,
        width: AREA_WIDTH,
        thickness: rule,
        red: false,
      })
      let x = 0
      for (const width of [0, ...widths]) {
        x += width
        items.push({ kind: 'column-rule', top: 0, left: x, height, thickness: rule })
      }
      return items
    })
  })
  // the header row is printed again at the top of every page the table runs on to (w:tblHeader)
  return { before: 0, lines, repeatFirstLine: header }
}

function block(item: Block, counter: HeadingCounter, fonts: OfficialFonts): FlowParagraph[] {
  switch (item.kind) {
    case 'heading':
      return [
        {
          ...paragraph([
            span(
              `${counter.next(item.level)}${item.text}`,
              headingFont(item.level),
              fonts[headingFont(item.level)].bold,
            ),
          ]),
          keepNext: true,
        },
      ]
    case 'paragraph':
      return [bodyParagraph(item.runs, fonts, counter)]
    case 'table':
      return [table(item.rows, item.header)]
    case 'list':
      return item.items.map((text, index) =>
        bodyParagraph([{ text: item.ordered ? `${String(index + 1)}.${text}` : text }], fonts),
      )
  }
}

function part(section: Part, counter: HeadingCounter, fonts: OfficialFonts): FlowParagraph[] {
  const head =
    section.heading === null
      ? []
      : [
          {
            ...paragraph([span(`${counter.next(1)}${section.heading}`, 'heading1', fonts.heading1.bold)]),
            keepNext: true,
          },
        ]
  return [...head, ...section.blocks.flatMap((item) => block(item, counter, fonts))]
}

/** A 署名 or date line as signature.ts sets it: from the left (running on past the right edge) or the right. */
function signatureLine(text: string, line: SignatureLine, blankLines: number): FlowParagraph {
  const indent = line.indent * CHAR
  const box =
    line.edge === 'left'
      ? { align: 'left' as const, left: indent, width: AREA_WIDTH - indent + SIGNATURE_RUN_ON * CHAR }
      : { align: 'right' as const, width: AREA_WIDTH - indent }
  return paragraph([span(text, 'body')], { ...BODY_FORMAT, tracking: 0, firstLine: 0, ...box }, blankLines)
}

export interface FlowOptions {
  readonly sealed: boolean
}

/** Every paragraph of the flow, top to bottom, as report-to-docx.ts writes them (without the 版记). */
export function flowReport(
  report: Report,
  meta: OfficialMeta,
  fonts: OfficialFonts,
  options: FlowOptions,
): FlowParagraph[] {
  return reportFlow(report, meta, fonts, options).flow
}

export interface ReportFlow {
  readonly flow: FlowParagraph[]
  /** The last 正文 paragraph keeps with the 署名 (signature-keep.ts); the .docx must write the same keep. */
  readonly keepLastWithSignature: boolean
}

export function reportFlow(
  report: Report,
  meta: OfficialMeta,
  fonts: OfficialFonts,
  options: FlowOptions,
): ReportFlow {
  const head = mastheadFlow(meta, fonts)
  const out: FlowParagraph[] = [...head]
  if (meta.title !== null) {
    const titleFormat: ParagraphFormat = {
      ...BODY_FORMAT,
      size: typeSize.er,
      tracking: 0,
      align: 'center',
      firstLine: 0,
    }
    // one line per planned title line (title-lines.ts), as the .docx breaks them with w:br
    const lines = titleLines(meta.title).flatMap((line) =>
      paragraphLines([span(line, 'title', fonts.title.bold)], titleFormat),
    )
    out.push({ before: head.length > 0 ? 2 * PITCH : 0, lines })
  }
  if (meta.recipients !== null) {
    const text = `${meta.recipients.replace(/[：:]\s*$/u, '')}：`
    out.push(
      paragraph(
        [span(text, 'body')],
        { ...BODY_FORMAT, align: 'left', firstLine: 0 },
        meta.title !== null ? 1 : 0,
      ),
    )
  } else if (meta.title !== null) {
    out.push({ before: 0, lines: [{ height: PITCH, items: [] }] })
  }
  const counter = new HeadingCounter()
  const bodyStart = out.length
  // loops, not push(...): a spread of a long report's blocks overflows the stack
  for (const item of report.preamble) for (const flow of block(item, counter, fonts)) out.push(flow)
  for (const section of report.parts) for (const flow of part(section, counter, fonts)) out.push(flow)
  const bodyEnd = out.length
  // signature.ts: 署名 one blank line under the 正文, the date under it, then the 附注, kept together
  const layout = signatureLayout(meta.issuers, meta.dateText, options.sealed)
  const tail: FlowParagraph[] = []
  meta.issuers.forEach((issuer, index) => {
    const line = layout.issuers[index]
    if (line !== undefined) tail.push(signatureLine(issuer, line, index === 0 ? 1 : 0))
  })
  if (meta.dateText !== null && layout.date !== null)
    tail.push(signatureLine(meta.dateText, layout.date, meta.issuers.length === 0 ? 1 : 0))
  for (const note of meta.notes)
    tail.push(paragraph([span(note, 'body')], { ...BODY_FORMAT, tracking: 0, align: 'left' }))
  tail.forEach((flow, index) => out.push(index < tail.length - 1 ? { ...flow, keepNext: true } : flow))
  // signature-keep.ts: the last 正文 paragraph or table keeps with the 署名 where it has to
  const lastBlock = lastBodyBlock(report)
  const keepLastWithSignature =
    bodyEnd > bodyStart &&
    tail.length > 0 &&
    lastBlock !== null &&
    signatureOpensPage(out, bodyEnd, lastBlock.kind === 'table')
  if (keepLastWithSignature) out[bodyEnd - 1] = { ...out[bodyEnd - 1]!, keepNext: true }
  return { flow: withGaps(out, meta, { bodyStart, bodyEnd, sealed: options.sealed }), keepLastWithSignature }
}

/**
 * Whether the signature block, starting at paragraph `signature`, would open a page with no 正文 above it. Only then
 * does the last 正文 paragraph keep with it: LibreOffice moves a kept paragraph to the next page whole, leaving the
 * rest of its page blank, so the keep is not written where the 署名 has 正文 above it anyway. The rows a table
 * ending the 正文 carries over to the 署名's page, under its repeated header, do not count as 正文 there (a
 * proofreader, and the layout checker, see a page of table rows and 署名): the table then moves over whole.
 */
function signatureOpensPage(
  flow: readonly FlowParagraph[],
  signature: number,
  endsWithTable: boolean,
): boolean {
  const { lines } = paginate(flow, FILL_HEIGHT)
  const first = lines.findIndex((line) => line.paragraph === signature)
  if (first <= 0) return false
  const page = lines[first]!.page
  const above = lines.slice(0, first).filter((line) => line.page === page)
  if (above.length === 0) return true
  const table = signature - 1
  const tableStart = lines.findIndex((line) => line.paragraph === table)
  return endsWithTable && above.every((line) => line.paragraph === table) && lines[tableStart]!.page < page
}
