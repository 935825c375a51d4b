// mammoth's document model → Block[] (style names, numbering and the text's own heading numbers; no
// HTML). Paragraphs read like lines of a text file (appendLine), so a .docx and the same
// report as .txt give the same parts. Layout tables — the joint 发文机关标志, the 版记, one-column
// frames — are read as the paragraphs they hold, so extract-meta finds 文件, 抄送 and 印发 in them.
// Images cannot be kept (the Report has no place for them) and are counted for a notice; footnotes
// are kept inline as （注：…）. Figures a working draft highlights come back marked stale (highlighted-figures.ts).
import { parseDateText } from '../../core/date-text'
import { isMetaLine, isOrganLine } from '../../core/import/meta-lines'
import { headingText, isHeadingLike, parseHeadingMarker } from '../../core/import/heading-level'
import { cleanMarkdownLine } from '../../core/import/markdown-noise'
import { appendLine } from '../../core/import/text-to-blocks'
import { holdsStale, type Block, type HeadingLevel, type Run } from '../../core/report'
import { highlightedFigures, highlightsFigure } from './highlighted-figures'
import type { MammothDocument, MammothElement, MammothParagraph, MammothTable } from './mammoth-document'
import { headingLevelOfStyle } from './word-styles'

export interface DocxBlocks {
  readonly blocks: readonly Block[]
  /** Chinese notices about what could not be imported (images). */
  readonly notices: readonly string[]
}

/** Stands for a manual line break until the paragraph is complete (see joinLineBreaks). */
const LINE_BREAK = '\u2028'
const MARK_SUFFIX = '文件'
const edgeSpace = /^[\s\u3000]+|[\s\u3000]+$/g
const MARKDOWN = /^#{1,6}\s|\*\*|__/

interface ListDraft {
  ordered: boolean
  items: string[]
  itemRuns: Run[][]
  line: number
}

class Walker {
  readonly blocks: Block[] = []
  images = 0
  private paragraphs = 0
  private list: ListDraft | null = null

  constructor(private readonly document: MammothDocument) {}

  walk(elements: readonly MammothElement[]): void {
    for (const element of elements) {
      if (element.type === 'paragraph') this.paragraph(element)
      else if (element.type === 'table') this.table(element)
      else if ('children' in element) this.walk(element.children)
    }
    this.flushList()
  }

  /**
   * Text and bold runs of inline content, highlighted ones marked stale until highlightedFigures looks at them;
   * footnote bodies inline, images counted.
   */
  private inline(elements: readonly MammothElement[], bold: boolean, out: Run[], stale = false): void {
    for (const element of elements) {
      switch (element.type) {
        case 'text':
          out.push({ text: element.value, ...(bold ? { bold } : {}), ...(stale ? { stale } : {}) })
          break
        case 'tab':
          out.push({ text: '\t' })
          break
        case 'break':
          if (element.breakType === 'line' || element.breakType === 'textWrapping')
            out.push({ text: LINE_BREAK })
          break
        case 'run':
          this.inline(element.children, element.isBold, out, highlightsFigure(element.highlight))
          break
        case 'image':
          this.images += 1
          break
        case 'noteReference': {
          const note = this.document.notes.resolve(element)
          const text = note === null ? '' : this.plainText(note.body).trim()
          if (text !== '') out.push({ text: `（注：${text}）` })
          break
        }
        default:
          if ('children' in element) this.inline(element.children, bold, out, stale)
      }
    }
  }

  private plainText(elements: readonly MammothElement[]): string {
    return elements
      .map((element) => {
        if (element.type === 'paragraph') {
          const runs: Run[] = []
          this.inline(element.children, false, runs)
          return joinLineBreaks(runs)
            .map((run) => run.text)
            .join('')
        }
        return 'children' in element ? this.plainText(element.children) : ''
      })
      .join('')
  }

  private paragraph(paragraph: MammothParagraph): void {
    this.paragraphs += 1
    const line = this.paragraphs
    const collected: Run[] = []
    this.inline(paragraph.children, false, collected)
    const [first = [], ...rest] = splitAtParagraphBreaks(collected)
    this.line(first, headingLevelOfStyle(paragraph.styleName), paragraph.numbering, line)
    // lines after a paragraph break typed as a line break (Shift+Enter) are text: the style and number were the first's
    for (const runs of rest) this.line(runs, null, null, line)
  }

  /** One line of a paragraph: a heading by its style, an item of Word's automatic numbering, or text. */
  private line(
    collected: readonly Run[],
    styleLevel: HeadingLevel | null,
    numbering: MammothParagraph['numbering'],
    line: number,
  ): void {
    const runs = trimRuns(mergeRuns(highlightedFigures(joinLineBreaks(collected))))
    const text = runs.map((run) => run.text).join('')
    if (text === '') return

    const marker = styleLevel === null ? null : parseHeadingMarker(text)
    // A numbered item run into its paragraph (（二）落实制度。一是……) in a heading style is still an item, read
    // as a text line is: only its lead is a heading, and its closing 。 stays.
    if (styleLevel !== null && (marker === null || isHeadingLike(marker.text))) {
      this.flushList()
      this.blocks.push({
        kind: 'heading',
        level: marker?.level ?? styleLevel,
        ...headingText(marker?.text ?? text),
        line,
        ...(marker === null ? {} : { sourceNumber: marker.marker }),
      })
      return
    }
    // Word's automatic numbering puts no number in the text; outside a heading style it is a list.
    if (numbering !== null && styleLevel === null) {
      if (this.list === null || this.list.ordered !== numbering.isOrdered) {
        this.flushList()
        this.list = { ordered: numbering.isOrdered, items: [], itemRuns: [], line }
      }
      this.list.items.push(text)
      this.list.itemRuns.push(runs)
      return
    }
    this.flushList()
    // Text pasted into Word from chat tools keeps its markdown (## 一、…, **加粗**); read it as text-to-blocks does.
    const clean = MARKDOWN.test(text) ? cleanMarkdownLine(text) : { text, runs, markdownLevel: 0 }
    if (clean.text !== '') appendLine(this.blocks, clean, line)
  }

  private flushList(): void {
    if (this.list !== null)
      this.blocks.push({
        kind: 'list',
        ordered: this.list.ordered,
        items: this.list.items,
        line: this.list.line,
        ...(this.list.itemRuns.some(holdsStale) ? { itemRuns: this.list.itemRuns } : {}),
      })
    this.list = null
  }

  private table(table: MammothTable): void {
    this.flushList()
    const rows = childrenOfType(table.children, 'tableRow')
    const cells = rows.flatMap((row) => childrenOfType(row.children, 'tableCell'))
    const cellTexts = cells.flatMap((cell) =>
      childrenOfType(cell.children, 'paragraph').map((paragraph) => this.peekText(paragraph)),
    )
    const filled = cellTexts.filter((text) => text !== '')
    // one column holds no figures to compare: a frame around text (a whole report set in a bordered table)
    const oneColumn = rows.every((row) => childrenOfType(row.children, 'tableCell').length <= 1)
    if (oneColumn || filled.every((text) => isMetaLine(text))) {
      this.layoutTable(cells.map((cell) => cell.children))
      return
    }
    const line = this.paragraphs + 1
    const runRows = rows.map((row) =>
      childrenOfType(row.children, 'tableCell').map((cell) =>
        childrenOfType(cell.children, 'paragraph')
          .map((paragraph) => {
            this.paragraphs += 1
            return this.peekRuns(paragraph, true)
          })
          .filter((runs) => runs.length > 0)
          .flatMap((runs, index) => (index === 0 ? runs : [{ text: '\n' }, ...runs])),
      ),
    )
    const kept = runRows.filter((row) => row.some((cell) => cell.length > 0))
    if (kept.length === 0) return
    this.blocks.push({
      kind: 'table',
      rows: kept.map((row) => row.map((cell) => cell.map((run) => run.text).join(''))),
      header: rows[0]?.isHeader === true,
      line,
      ...(kept.some((row) => row.some(holdsStale)) ? { cellRuns: kept } : {}),
    })
  }

  /** A table used for layout: its paragraphs in reading order; 文件 in a cell of its own joins the mark beside it. */
  private layoutTable(cells: readonly (readonly MammothElement[])[]): void {
    for (const content of cells) {
      const texts = childrenOfType(content, 'paragraph').map((paragraph) => this.peekText(paragraph))
      const last = this.blocks.at(-1)
      if (
        texts.filter((text) => text !== '').join('') === MARK_SUFFIX &&
        last?.kind === 'paragraph' &&
        isOrganLine(last.runs.map((run) => run.text).join(''))
      ) {
        this.paragraphs += texts.length
        this.blocks[this.blocks.length - 1] = { ...last, runs: [...last.runs, { text: MARK_SUFFIX }] }
        continue
      }
      this.walk(content)
    }
  }

  /** A paragraph's text without visiting it (no counting, unless asked, as inside a data table). */
  private peekText(paragraph: MammothParagraph, count = false): string {
    return this.peekRuns(paragraph, count)
      .map((run) => run.text)
      .join('')
  }

  /** A paragraph's runs without visiting it, its highlighted figures marked stale. */
  private peekRuns(paragraph: MammothParagraph, count = false): Run[] {
    const images = this.images
    const runs: Run[] = []
    this.inline(paragraph.children, false, runs)
    if (!count) this.images = images
    return trimRuns(mergeRuns(highlightedFigures(joinLineBreaks(runs))))
  }
}

function childrenOfType<T extends MammothElement['type']>(
  elements: readonly MammothElement[],
  type: T,
): Extract<MammothElement, { type: T }>[] {
  return elements.filter((element): element is Extract<MammothElement, { type: T }> => element.type === type)
}

/** Sentence ends: a line break after one ends a paragraph. */
const SENTENCE_END = /[。！？；：:]$/

/**
 * Whether a manual line break ends a paragraph, as it does in text copied from a web page or a chat (the 软回车
 * Word shows as ↓): after a sentence's end, after a numbered heading, before a numbered heading or item. Other
 * line breaks wrap a line (a title set on two lines, 中共XX镇委员会⏎XX镇人民政府) and are joined (joinLineBreaks), except
 * before a date: 署名⏎成文日期 are two lines.
 */
function endsParagraph(before: string, after: string): boolean {
  const head = before.trim()
  const next = after.trim()
  if (head === '' || next === '') return false
  if (SENTENCE_END.test(head) || parseHeadingMarker(next) !== null || parseDateText(next) !== null)
    return true
  const marker = parseHeadingMarker(head)
  return marker !== null && isHeadingLike(marker.text)
}

/** A paragraph's runs cut at the line breaks that end a paragraph (endsParagraph); the other breaks stay. */
function splitAtParagraphBreaks(runs: readonly Run[]): Run[][] {
  const lines = runs.reduce<Run[][]>(
    (cut, run) => {
      if (run.text === LINE_BREAK) cut.push([])
      else cut.at(-1)?.push(run)
      return cut
    },
    [[]],
  )
  const text = (line: readonly Run[]): string => line.map((run) => run.text).join('')
  const paragraphs: Run[][] = []
  // the line before, not the paragraph so far: a paragraph of thousands of joined lines stays linear
  let previous: string | null = null
  for (const line of lines) {
    const current = paragraphs.at(-1)
    const written = text(line)
    if (current === undefined || previous === null || endsParagraph(previous, written))
      paragraphs.push([...line])
    else current.push({ text: LINE_BREAK }, ...line)
    previous = written
  }
  return paragraphs
}

/**
 * A manual line break joins its two lines with nothing (Chinese has no spaces between words), except
 * after an issuing body (中共XX镇委员会⏎XX镇人民政府): our exporter breaks a title at the space the
 * writer typed between two names, and that space is part of the title.
 */
function joinLineBreaks(runs: readonly Run[]): Run[] {
  if (!runs.some((run) => run.text === LINE_BREAK)) return [...runs]
  const text = runs.map((run) => run.text).join('')
  // where the next visible character after each position is: a paragraph of thousands of breaks stays linear
  const nextVisible = new Int32Array(text.length + 1)
  nextVisible[text.length] = text.length
  for (let at = text.length - 1; at >= 0; at -= 1)
    nextVisible[at] = /\s/u.test(text.charAt(at)) ? (nextVisible[at + 1] ?? text.length) : at
  let offset = 0
  let lineStart = 0
  return runs.map((run) => {
    const start = offset
    offset += run.text.length
    if (run.text !== LINE_BREAK) return run
    const before = text.slice(lineStart, start).trim()
    lineStart = start + 1
    const after = nextVisible[start + 1] ?? text.length
    const space = after < text.length && !text.startsWith('关于', after) && isOrganLine(before) ? ' ' : ''
    return { ...run, text: space }
  })
}

function mergeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = []
  for (const run of runs) {
    if (run.text === '') continue
    const last = out.at(-1)
    if (
      last !== undefined &&
      (last.bold === true) === (run.bold === true) &&
      (last.stale === true) === (run.stale === true)
    )
      out[out.length - 1] = { ...last, text: last.text + run.text }
    else out.push(run)
  }
  return out
}

/** Indents typed as spaces or full-width spaces are layout, not text. */
function trimRuns(runs: readonly Run[]): Run[] {
  const out = [...runs]
  const first = out[0]
  if (first !== undefined) out[0] = { ...first, text: first.text.replace(edgeSpace, '') }
  const lastIndex = out.length - 1
  const last = out[lastIndex]
  if (last !== undefined) out[lastIndex] = { ...last, text: last.text.replace(edgeSpace, '') }
  return out.filter((run) => run.text !== '')
}

function imageNotice(count: number): string[] {
  return count === 0
    ? []
    : [`文档中的 ${String(count)} 张图片未导入（报告只保留文字）。如需配图，请在导出的 Word 文档中重新插入。`]
}

export function docxToBlocks(document: MammothDocument): DocxBlocks {
  const walker = new Walker(document)
  walker.walk(document.children)
  return { blocks: walker.blocks, notices: imageNotice(walker.images) }
}
