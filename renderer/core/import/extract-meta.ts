// Lifts the parts of an official document that are not body text out of the blocks: 版头
// (发文机关标志, 文号, 签发人), 标题, 主送 at the top; 署名, 成文日期, 附注, 抄送, 印发 at the end;
// labelled lines (签发人：, 抄送：, 主送：) wherever they stand, since pasted text often moves them.
import { isAttachmentLabel } from '../attachments'
import { readDateText } from '../date-text'
import { looksLikeDocNumber } from '../doc-number'
import { blockText, emptyMeta, type Block, type MetaField, type ReportMeta } from '../report'
import { isNoteLine, isOrganLine, isRecipientsLine, labelPatterns, undatedPrinted } from './meta-lines'
import { continuesTitle, looksLikeTitle, opensTitle, type TitleLine } from './title-lines'

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
    const undated = undatedPrinted(text)
    if (undated !== null) {
      if (undated !== '') this.set('printedBy', undated, line)
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

const MAX_ISSUERS = 4

/**
 * Whether the lines up from `end` are a 署名 without its date: up to four issuing bodies at the end of the text,
 * under a heading or a closed sentence — not a list of bodies the text introduces with ：.
 */
function undatedSignatureAt(blocks: readonly Block[], end: number, headEnd: number): boolean {
  let start = end
  while (start > headEnd && end - start < MAX_ISSUERS) {
    const text = textOf(blocks[start]!)
    if (text === null || !isOrganLine(text)) break
    start -= 1
  }
  if (start === end) return false
  const above = blocks[start]
  if (above === undefined || start < headEnd) return false
  if (above.kind === 'heading') return true
  const text = textOf(above)
  return text !== null && !isOrganLine(text) && /[。！？…]$/u.test(text)
}

/**
 * The bodies a 署名 line names: joint issuers often sign side by side on one line, set apart by spaces or a tab
 * (中共XX镇委员会　　XX镇人民政府). One name when the pieces are not each a body's name.
 */
function issuersOfLine(text: string): string[] {
  const pieces = text
    .trim()
    .split(/[ \u3000]{2,}|\t+/)
    .map((piece) => piece.trim())
  return pieces.length > 1 && pieces.every(isOrganLine) ? pieces : [text]
}

/** The date of a line that is a date in brackets, （2026年1月20日）, as written inside them; or null. */
function bracketedDate(text: string): string | null {
  const inner = /^[（(](.+)[）)]$/.exec(text.trim())?.[1]?.replace(/\s+/g, '')
  return inner !== undefined && readDateText(inner) !== null ? inner : null
}

function textOf(block: Block): string | null {
  return block.kind === 'paragraph' || block.kind === 'heading' ? blockText(block).trim() : null
}

export function extractMeta(blocks: readonly Block[]): ExtractedMeta {
  const collector = new MetaCollector()
  const draft = collector.draft
  const taken = new Set<number>()

  // 版头 and 标题: masthead → 文号/签发人 → title (one to three lines) → 主送, until the first body text.
  let headEnd = 0
  const title: TitleLine[] = []
  let lastTitleIndex = -1
  const titleLineAt = (index: number): TitleLine | null => {
    const block = blocks[index]
    const text = block === undefined ? null : textOf(block)
    return block === undefined || text === null ? null : { text, kind: block.kind, line: block.line }
  }
  for (; headEnd < blocks.length; headEnd += 1) {
    const block = blocks[headEnd]
    const current = titleLineAt(headEnd)
    if (block === undefined || current === null) break
    const { text, line } = current
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
    const takesTitle =
      draft.recipients === null &&
      (title.length === 0
        ? looksLikeTitle(text, block.kind) ||
          opensTitle(current, titleLineAt(headEnd + 1), { afterNumber, hasMark: draft.issuerMark.length > 0 })
        : lastTitleIndex === headEnd - 1 && continuesTitle(title, current))
    if (takesTitle) {
      title.push(current)
      lastTitleIndex = headEnd
      collector.push('title', text, line)
      taken.add(headEnd)
      continue
    }
    if (title.length === 0 && !afterNumber && isOrganLine(text)) {
      collector.push('issuerMark', text, line)
      taken.add(headEnd)
      continue
    }
    // Some reports are dated under the title, in brackets, with their issuer above the date: （2026年1月20日）
    const dated = title.length > 0 && draft.dateText === null ? bracketedDate(text) : null
    if (dated !== null) {
      collector.set('dateText', dated, line)
      taken.add(headEnd)
      continue
    }
    const below = titleLineAt(headEnd + 1)
    if (
      title.length > 0 &&
      draft.issuers.length === 0 &&
      isOrganLine(text) &&
      below !== null &&
      bracketedDate(below.text) !== null
    ) {
      for (const issuer of issuersOfLine(text)) collector.push('issuers', issuer, line)
      taken.add(headEnd)
      continue
    }
    // 主送 under the title; without a title only with its colon (县委全面依法治县委员会办公室：), since a
    // bare name at the top is a 发文机关标志.
    if (
      draft.recipients === null &&
      block.kind === 'paragraph' &&
      isRecipientsLine(text) &&
      (title.length > 0 || /[：:]$/.test(text))
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
  /** Reads the closing lines upwards from `last`; the index it stopped at. */
  const readClosing = (last: number): number => {
    let previousWasPrinted = false
    for (let index = last; index >= headEnd; index -= 1) {
      const block = blocks[index]
      const text = block === undefined ? null : textOf(block)
      if (block === undefined || text === null) return index
      const line = block.line
      const printedBefore = draft.printedDateText !== null
      if (collector.labelled(text, line)) {
        taken.add(index)
        // 印发 alone (undated) leaves its 印发机关 to the line above, as a dated one does
        previousWasPrinted = !printedBefore && (draft.printedDateText !== null || undatedPrinted(text) === '')
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
      if (!sawDate && readDateText(text) !== null) {
        collector.set('dateText', text.replace(/\s+/g, ''), line)
        sawDate = true
        taken.add(index)
        continue
      }
      // a draft not yet dated (a rolled-over report): its 署名 still closes the text
      if (!sawDate && draft.issuers.length === 0 && undatedSignatureAt(blocks, index, headEnd)) sawDate = true
      if (sawDate && isOrganLine(text)) {
        // read upwards: each name goes in front, the right-hand one of a line first
        for (const issuer of issuersOfLine(text).reverse()) collector.push('issuers', issuer, line, true)
        taken.add(index)
        continue
      }
      return index
    }
    return headEnd - 1
  }
  const stopped = readClosing(blocks.length - 1)
  // Attachments (附件1 and its pages) follow the 署名 and 日期: read those above the first attachment's label.
  if (!sawDate) {
    const attachment = blocks.findIndex(
      (block, index) => index > headEnd && index <= stopped && isAttachmentLabel(textOf(block) ?? ''),
    )
    if (attachment !== -1) readClosing(attachment - 1)
  }

  // Labelled lines anywhere else (a 签发人 line pasted below the title, 抄送 above the 署名 …).
  blocks.forEach((block, index) => {
    if (taken.has(index) || block.kind !== 'paragraph') return
    const text = blockText(block).trim()
    if (collector.labelled(text, block.line)) taken.add(index)
  })

  return { meta: collector.meta(), body: blocks.filter((_, index) => !taken.has(index)) }
}
