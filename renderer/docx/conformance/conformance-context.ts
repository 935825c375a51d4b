// What every conformance check reads, computed once per file: the package, its styles, the paragraphs
// in document order (table cells included), and which of them are body text. Elements are recognised
// by text and geometry only, never by a producer's style names, as ../shared/tools/gbt9704/check.py does.
import type { DocxPackage } from './docx-package'
import { paragraphFormat } from './paragraph-format'
import { runFormat, type RunFormat } from './run-format'
import { buildStyleSheet, type StyleSheet } from './style-sheet'
import { ownRuns, paragraphText, runText, wChildren } from './wordml'
import type { XmlElement } from '../xml/xml-tree'

export interface DocParagraph {
  readonly element: XmlElement
  readonly text: string
  /** The w:tbl holding it, or null for a paragraph of the body itself. */
  readonly table: XmlElement | null
}

export interface ConformanceContext {
  readonly pkg: DocxPackage
  readonly sheet: StyleSheet
  readonly paragraphs: readonly DocParagraph[]
  /** Paragraphs of running text (not headings, title, 版头, 署名 or 版记), for the body checks. */
  readonly body: readonly DocParagraph[]
}

/** Heading numbers of GB/T 9704 §7.3.3: 一、 （一） 1. — headings are not body text. */
const headingPattern = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．](?!\d))/

/** Running text is long: a line of body text holds 28 characters, headings and 署名 lines far fewer. */
const MIN_BODY_CHARS = 30

function collect(container: XmlElement, table: XmlElement | null, into: DocParagraph[]): void {
  for (const child of wChildren(container)) {
    if (child.localName === 'p') into.push({ element: child, text: paragraphText(child), table })
    else if (child.localName === 'tbl') {
      for (const row of wChildren(child, 'tr'))
        for (const cell of wChildren(row, 'tc')) collect(cell, child, into)
    } else if (
      child.localName === 'sdt' ||
      child.localName === 'sdtContent' ||
      child.localName === 'customXml'
    ) {
      collect(child, table, into)
    }
  }
}

/** Centred lines are the title or the 发文机关标志, never running text. */
function isBody(sheet: StyleSheet, paragraph: DocParagraph): boolean {
  const text = paragraph.text.trim()
  if (
    paragraph.table !== null ||
    text.length < MIN_BODY_CHARS ||
    headingPattern.test(text) ||
    /^抄\s*送/.test(text)
  )
    return false
  return paragraphFormat(sheet, paragraph.element).alignment !== 'center'
}

export function buildConformanceContext(pkg: DocxPackage): ConformanceContext {
  const paragraphs: DocParagraph[] = []
  collect(pkg.body, null, paragraphs)
  const sheet = buildStyleSheet(pkg)
  return { pkg, sheet, paragraphs, body: paragraphs.filter((paragraph) => isBody(sheet, paragraph)) }
}

/** The run format that covers most characters of the paragraph (whitespace not counted). */
export function dominantFormat(context: ConformanceContext, paragraph: XmlElement): RunFormat {
  const weights = new Map<string, { format: RunFormat; count: number }>()
  for (const run of ownRuns(paragraph)) {
    const count = runText(run).replace(/\s/g, '').length
    if (count === 0) continue
    const format = runFormat(context.sheet, paragraph, run)
    const key = `${String(format.size)}|${format.eastAsia ?? ''}|${String(format.spacing)}`
    const entry = weights.get(key)
    weights.set(key, { format, count: (entry?.count ?? 0) + count })
  }
  let best: { format: RunFormat; count: number } | null = null
  for (const entry of weights.values()) if (best === null || entry.count > best.count) best = entry
  return best?.format ?? runFormat(context.sheet, paragraph, null)
}

/** The value most paragraphs share, with how many share it. */
export function mostCommon<T>(values: readonly T[]): { value: T; count: number } | null {
  const counts = new Map<T, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  let best: { value: T; count: number } | null = null
  for (const [value, count] of counts) if (best === null || count > best.count) best = { value, count }
  return best
}
