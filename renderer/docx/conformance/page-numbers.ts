// GB/T 9704 §7.5: page numbers "— 1 —" in 4号 宋体, odd pages right and even pages left (1 char in). In a
// .docx: w:evenAndOddHeaders in settings, a default (odd) and an even footer, each with a PAGE field
// between 一字线 (em dashes).
import type { FormatCheck } from '../../core/review/format-conformance'
import { ptToHalfPoints, typeSize } from '../export/gbt9704'
import type { ConformanceContext } from './conformance-context'
import type { FooterKind } from './docx-package'
import { paragraphFormat } from './paragraph-format'
import { runFormat } from './run-format'
import { descendantsNS, textContent, type XmlElement } from '../xml/xml-tree'
import { isOn, ownRuns, runText, wChildren, wDescendants, wAttr } from './wordml'

const SI = ptToHalfPoints(typeSize.si)
const PAGE_FIELD = /^\s*PAGE\b/

/** The text inside a w:fldSimple is its cached result (the page number itself): not part of the pattern. */
function insideSimpleField(node: XmlElement, paragraph: XmlElement): boolean {
  for (let parent = node.parent; parent !== null && parent !== paragraph; parent = parent.parent)
    if (parent.localName === 'fldSimple') return true
  return false
}

/** Paragraph text with each PAGE field written as {PAGE} (simple or complex field). */
function textWithPageField(paragraph: XmlElement): string {
  const parts: string[] = []
  let instruction = ''
  let inField = false
  let inResult = false
  for (const node of descendantsNS(paragraph, paragraph.namespaceURI, '*')) {
    if (node.localName === 'fldSimple') {
      if (PAGE_FIELD.test(wAttr(node, 'instr') ?? '')) parts.push('{PAGE}')
      continue
    }
    if (node.localName === 'fldChar') {
      const type = wAttr(node, 'fldCharType')
      if (type === 'begin') {
        inField = true
        inResult = false
        instruction = ''
      } else if (type === 'separate') inResult = true
      else if (type === 'end') {
        if (PAGE_FIELD.test(instruction)) parts.push('{PAGE}')
        inField = false
        inResult = false
      }
    } else if (node.localName === 'instrText') instruction += textContent(node)
    else if (
      node.localName === 't' &&
      (!inField || (inResult && !PAGE_FIELD.test(instruction))) &&
      !insideSimpleField(node, paragraph)
    ) {
      parts.push(textContent(node))
    }
  }
  return parts.join('')
}

interface PageNumberParagraph {
  readonly element: XmlElement
  readonly text: string
}

function pageNumberParagraph(footer: XmlElement | undefined): PageNumberParagraph | null {
  if (footer === undefined) return null
  for (const paragraph of wDescendants(footer, 'p')) {
    const text = textWithPageField(paragraph)
    if (text.includes('{PAGE}')) return { element: paragraph, text }
  }
  return null
}

const footerLabel: Readonly<Record<FooterKind, string>> = { default: '奇数页', even: '偶数页', first: '首页' }

function problemsOf(
  context: ConformanceContext,
  kind: FooterKind,
  found: PageNumberParagraph,
  side: 'right' | 'left',
): string[] {
  const problems: string[] = []
  const label = footerLabel[kind]
  const core = found.text.replace(/[\s\u3000]/g, '')
  const dashes = /^(.)\{PAGE\}(.)$/.exec(core)
  if (dashes === null || dashes[1] !== dashes[2] || !/[—－―一]/.test(dashes[1] ?? '')) {
    problems.push(`${label}页码写成“${found.text.replace('{PAGE}', '1').trim()}”，应为“— 1 —”`)
  }
  const sizes = ownRuns(found.element)
    .filter((run) => runText(run).trim() !== '' || wChildren(run, 'instrText').length > 0)
    .map((run) => runFormat(context.sheet, found.element, run).size)
  if (sizes.some((size) => size !== SI)) problems.push(`${label}页码不是 4 号字`)
  const alignment = paragraphFormat(context.sheet, found.element).alignment ?? 'left'
  const aligned =
    side === 'right' ? ['right', 'end'].includes(alignment) : ['left', 'start', 'both'].includes(alignment)
  if (!aligned) problems.push(`${label}页码应居${side === 'right' ? '右' : '左'}`)
  return problems
}

export function checkPageNumbers(context: ConformanceContext): FormatCheck {
  const { footers, settings } = context.pkg
  const evenAndOdd =
    isOn(settings === null ? null : (wDescendants(settings, 'evenAndOddHeaders')[0] ?? null)) === true
  const odd = pageNumberParagraph(footers.default)
  const even = pageNumberParagraph(footers.even)
  if (odd === null && even === null) {
    return {
      id: 'page-numbers',
      status: 'fail',
      message: '没有页码（页脚中没有页码域），应在页脚插入“— 1 —”式页码',
    }
  }
  const problems: string[] = []
  if (odd === null) problems.push('奇数页没有页码')
  else problems.push(...problemsOf(context, 'default', odd, 'right'))
  if (!evenAndOdd) problems.push('未设置“奇偶页不同”，偶数页页码无法居左')
  else if (even === null) problems.push('偶数页没有页码')
  else problems.push(...problemsOf(context, 'even', even, 'left'))
  if (problems.length === 0)
    return { id: 'page-numbers', status: 'pass', message: '“— 1 —”，4 号，单页居右、双页居左' }
  return { id: 'page-numbers', status: 'fail', message: problems.join('；') }
}
