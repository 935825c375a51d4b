// Lifts the parts of an official document that are not body text out of the blocks: 版头
// (发文机关标志, 文号, 签发人), 标题, 主送 at the top; 署名, 成文日期, 附注, 抄送, 印发 at the end;
// labelled lines (签发人：, 抄送：, 主送：) wherever they stand, since pasted text often moves them.
import { parseDateText } from '../date-text'
import { looksLikeDocNumber } from '../doc-number'
import { toSimplified } from '../simplified-chinese'
import { blockText, emptyMeta, type Block, type MetaField, type ReportMeta } from '../report'
import { isNoteLine, isOrganLine, isRecipientsLine, labelPatterns } from './meta-lines'

export interface ExtractedMeta {
  readonly meta: ReportMeta
  /** The blocks that remain: preamble and parts. */
  readonly body: readonly Block[]
}

interface Draft {
  issuerMark: string[]
  docNumber: string | null
  signer: string | null
  recipients: string | null
  recipientsColon: string | null
  title: string[]
  issuers: string[]
  dateText: string | null
  note: string | null
  copyTo: string | null
  printedBy: string | null
  printedDateText: string | null
  lines: Partial<Record<MetaField, number>>
}

const LABEL_MAX_LENGTH = 120

/**
 * A title names the document (……的报告, 关于……). A paragraph line such as 2023年法治政府建设工作情况
 * also counts, but not a heading block: 一、2023年推进法治政府建设的主要举措和成效 is a part.
 */
function looksLikeTitle(written: string, kind: Block['kind'] = 'paragraph'): boolean {
  // 年度報告 is a title too: read as simplified, like the rest of matching
  const text = toSimplified(written)
  if (text.length > 80 || /[。；！？]/.test(text) || /如下[：:]?$/.test(text)) return false
  if (/报告|总结|关于/.test(text)) return true
  return kind === 'paragraph' && /法治政府建设/.test(text) && /\d{4}\s*年/.test(text) && !/[，,]/.test(text)
}

class MetaCollector {
  readonly draft: Draft = {
    issuerMark: [],
    docNumber: null,
    signer: null,
    recipients: null,
    recipientsColon: null,
    title: [],
    issuers: [],
    dateText: null,
    note: null,
    copyTo: null,
    printedBy: null,
    printedDateText: null,
    lines: {},
  }

  set(
    field: Exclude<MetaField, 'issuerMark' | 'title' | 'issuers'>,
    value: string,
    line: number | null,
  ): boolean {
    if (this.draft[field] !== null) return false
    this.draft[field] = value.trim()
    if (line !== null) this.draft.lines[field] ??= line
    return true
  }

  push(field: 'issuerMark' | 'title' | 'issuers', value: string, line: number | null, atStart = false): void {
    if (atStart) this.draft[field].unshift(value.trim())
    else this.draft[field].push(value.trim())
    if (line !== null)
      this.draft.lines[field] =
        atStart || this.draft.lines[field] === undefined ? line : this.draft.lines[field]
  }

  /** Lines that say what they are (签发人：…); true when the line was taken. */
  labelled(text: string, line: number | null): boolean {
    if (text.length > LABEL_MAX_LENGTH) return false
    const both = labelPatterns.docNumberWithSigner.exec(text)
    if (both !== null && looksLikeDocNumber(both[1] ?? '')) {
      this.set('docNumber', both[1] ?? '', line)
      this.set('signer', both[2] ?? '', line)
      return true
    }
    const single: readonly [RegExp, 'signer' | 'docNumber' | 'copyTo' | 'note'][] = [
      [labelPatterns.signer, 'signer'],
      [labelPatterns.docNumberLabel, 'docNumber'],
      [labelPatterns.copyTo, 'copyTo'],
      [labelPatterns.note, 'note'],
    ]
    for (const [pattern, field] of single) {
      const match = pattern.exec(text)
      if (match !== null) {
        this.set(field, match[1] ?? '', line)
        return true
      }
    }
    const recipients = labelPatterns.recipientsLabel.exec(text)
    if (recipients !== null) {
      this.draft.recipientsColon ??= '：'
      this.set('recipients', recipients[1] ?? '', line)
      return true
    }
    const printed = labelPatterns.printed.exec(text)
    if (printed !== null) {
      if ((printed[1] ?? '').trim().length > 0) this.set('printedBy', printed[1] ?? '', line)
      this.set('printedDateText', (printed[2] ?? '').replace(/\s+/g, ''), line)
      return true
    }
    return false
  }

  meta(): ReportMeta {
    const d = this.draft
    const isPublic = d.signer === null && (d.note ?? '').includes('公开')
    return {
      ...emptyMeta,
      issuerMark: d.issuerMark.length > 0 ? d.issuerMark.join('\n') : null,
      docNumber: d.docNumber,
      signer: d.signer,
      recipients: d.recipients,
      title: d.title.length > 0 ? d.title.join('') : null,
      issuers: d.issuers,
      dateText: d.dateText,
      note: d.note,
      copyTo: d.copyTo,
      printedBy: d.printedBy,
      printedDateText: d.printedDateText,
      version: isPublic ? 'public' : 'upward',
      source: { lines: d.lines, recipientsColon: d.recipients === null ? null : d.recipientsColon },
    }
  }
}

function textOf(block: Block): string | null {
  return block.kind === 'paragraph' || block.kind === 'heading' ? blockText(block).trim() : null
}

export function extractMeta(blocks: readonly Block[]): ExtractedMeta {
  const collector = new MetaCollector()
  const draft = collector.draft
  const taken = new Set<number>()

  // 版头 and 标题: masthead → 文号/签发人 → title (one or two lines) → 主送, until the first body text.
  let headEnd = 0
  let lastTitleIndex = -1
  for (; headEnd < blocks.length; headEnd += 1) {
    const block = blocks[headEnd]
    const text = block === undefined ? null : textOf(block)
    if (block === undefined || text === null) break
    const line = block.line
    if (collector.labelled(text, line)) {
      taken.add(headEnd)
      continue
    }
    if (draft.docNumber === null && looksLikeDocNumber(text)) {
      collector.set('docNumber', text, line)
      taken.add(headEnd)
      continue
    }
    const afterNumber = draft.docNumber !== null || draft.signer !== null
    const titleOpen = draft.title.length === 0 || lastTitleIndex === headEnd - 1
    if (draft.title.length === 0 && !afterNumber && isOrganLine(text) && !looksLikeTitle(text)) {
      collector.push('issuerMark', text, line)
      taken.add(headEnd)
      continue
    }
    // A title broken over two lines: the first often names the bodies (中共XX镇委员会 XX镇人民政府).
    const nextText = blocks[headEnd + 1] === undefined ? null : textOf(blocks[headEnd + 1] as Block)
    const titleStart =
      draft.title.length === 0 &&
      afterNumber &&
      isOrganLine(text) &&
      nextText !== null &&
      looksLikeTitle(nextText)
    if (titleOpen && draft.recipients === null && (looksLikeTitle(text, block.kind) || titleStart)) {
      collector.push('title', text, line)
      lastTitleIndex = headEnd
      taken.add(headEnd)
      continue
    }
    if (
      draft.title.length > 0 &&
      draft.recipients === null &&
      block.kind === 'paragraph' &&
      isRecipientsLine(text)
    ) {
      const colon = /[：:]$/.exec(text)?.[0] ?? ''
      draft.recipientsColon = colon
      collector.set('recipients', text.replace(/[：:]$/, ''), line)
      taken.add(headEnd)
      continue
    }
    break
  }

  // 署名, 日期, 附注, 版记, read from the end upwards.
  let sawDate = false
  let previousWasPrinted = false
  for (let index = blocks.length - 1; index >= headEnd; index -= 1) {
    const block = blocks[index]
    const text = block === undefined ? null : textOf(block)
    if (block === undefined || text === null) break
    const line = block.line
    const printedBefore = draft.printedDateText !== null
    if (collector.labelled(text, line)) {
      taken.add(index)
      previousWasPrinted = !printedBefore && draft.printedDateText !== null
      continue
    }
    // 印发机关 stands on its own line above 印发日期 in many templates.
    if (previousWasPrinted && draft.printedBy === null && isOrganLine(text)) {
      collector.set('printedBy', text, line)
      taken.add(index)
      previousWasPrinted = false
      continue
    }
    previousWasPrinted = false
    if (draft.note === null && isNoteLine(text) && !sawDate) {
      collector.set('note', text, line)
      taken.add(index)
      continue
    }
    if (!sawDate && parseDateText(text) !== null) {
      collector.set('dateText', text.replace(/\s+/g, ''), line)
      sawDate = true
      taken.add(index)
      continue
    }
    if (sawDate && isOrganLine(text)) {
      collector.push('issuers', text, line, true)
      taken.add(index)
      continue
    }
    break
  }

  // Labelled lines anywhere else (a 签发人 line pasted below the title, 抄送 above the 署名 …).
  blocks.forEach((block, index) => {
    if (taken.has(index) || block.kind !== 'paragraph') return
    const text = blockText(block).trim()
    if (collector.labelled(text, block.line)) taken.add(index)
  })

  return { meta: collector.meta(), body: blocks.filter((_, index) => !taken.has(index)) }
}
