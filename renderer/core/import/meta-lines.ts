// Line shapes of the parts of an official document that are not body text: 发文机关标志, 署名,
// 文号, 日期, 附注, 抄送, 印发. Shared by text-to-blocks (not to glue them onto a paragraph) and
// extract-meta (to lift them out of the body).
import { DATE_PATTERN_SOURCE, readDateText } from '../date-text'
import { looksLikeDocNumber } from '../doc-number'
import { toSimplified } from '../simplified-chinese'

// Names of Party and government bodies end in one of these; 文件 ends a 发文机关标志. 办 ends the short
// names 主送 lines use most (县委依法治县办, 党政办).
const organEnding =
  /(委员会|人民政府|政府|办公室|办公厅|办事处|党委|党组|党工委|管委会|委|办|局|厅|院|所|中心|处|科|部|队|站|镇|乡|街道|文件)$/

const sentencePunctuation = /[，。；：:！？,;!?“”"]/

/** A short line naming a body: 清江镇人民政府, 中共清江镇委员会, 永安市贡川镇人民政府文件. */
export function isOrganLine(text: string): boolean {
  // 某某鎮 ends like 某某镇: the name is read as simplified (simplified-chinese.ts)
  const compact = toSimplified(text.replace(/\s+/g, ''))
  return (
    compact.length >= 2 &&
    compact.length <= 40 &&
    !sentencePunctuation.test(compact) &&
    organEnding.test(compact)
  )
}

/** A 主送 line: one or more bodies separated by 、 or spaces, with or without its colon. */
export function isRecipientsLine(text: string): boolean {
  const body = toSimplified(text.replace(/[：:]$/, ''))
  if (body.length === 0 || body.length > 80 || /[。；！？]/.test(body)) return false
  return body
    .split(/[、，,\s]+/)
    .every((name) => name.length === 0 || organEnding.test(name) || /^各/.test(name))
}

export const labelPatterns = {
  signer: /^签发人\s*[：:]\s*(\S.{0,20})$/,
  docNumberLabel: /^(?:发文字号|文号)\s*[：:]\s*(\S.{0,30})$/,
  docNumberWithSigner: /^(\S.{0,30}?号)\s+签发人\s*[：:]\s*(\S.{0,20})$/,
  recipientsLabel: /^主送(?:机关)?\s*[：:]\s*(\S.{0,80}?)[：:]?$/,
  copyTo: /^抄送(?:机关)?\s*[：:]\s*(\S.{0,200}?)[。.]?$/,
  note: /^附注\s*[：:]\s*(\S.{0,60})$/,
  printed: new RegExp(`^(.{0,40}?)\\s*(${DATE_PATTERN_SOURCE})\\s*印发[。.]?$`),
} as const

/**
 * 印发 without its date, as a draft not yet printed carries it: 清江镇党政综合办公室印发, or 印发 alone in the 版记's
 * date cell. Only after an issuing body or alone: 通知已印发 is a sentence. Gives the 印发机关 ('' when alone).
 */
export function undatedPrinted(text: string): string | null {
  const match = /^(.{0,40}?)\s*印发[。.]?$/u.exec(text.trim())
  if (match === null) return null
  const organ = (match[1] ?? '').trim()
  return organ === '' || isOrganLine(organ) ? organ : null
}

/** 附注 is written in parentheses: （此件公开发布）. */
export function isNoteLine(text: string): boolean {
  return /^[（(][^（）()]{1,40}[）)]$/.test(text.trim())
}

const META_LINE_MAX_LENGTH = 220

/** Any line that belongs to the 版头, 署名 or 版记 rather than to the body. */
export function isMetaLine(text: string): boolean {
  const trimmed = text.trim()
  // Every such line is short (抄送 lists are the longest); body paragraphs skip the regexes.
  if (trimmed.length > META_LINE_MAX_LENGTH) return false
  return (
    isOrganLine(trimmed) ||
    isNoteLine(trimmed) ||
    readDateText(trimmed) !== null ||
    looksLikeDocNumber(trimmed) ||
    undatedPrinted(trimmed) !== null ||
    Object.values(labelPatterns).some((pattern) => pattern.test(trimmed))
  )
}
