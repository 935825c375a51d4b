// 发文字号 (GB/T 9704 §7.2.4): 机关代字 + 〔年份〕 + 序号 + 号, e.g. 清委〔2024〕9号.
// Parsed leniently so the checker can say what is wrong: [] or 【】 instead of 〔〕, 第9号, 09号.

export type DocNumberProblem = 'brackets' | 'leading-zero' | 'di' | 'spaces'

export interface DocNumber {
  readonly prefix: string
  readonly year: number
  readonly serial: number
  /** The correct form, e.g. 清委〔2024〕9号. */
  readonly canonical: string
  readonly problems: readonly DocNumberProblem[]
}

const docNumberPattern =
  /^([\u4e00-\u9fffA-Za-z]{1,20})(\s*)([〔[【（(〈［{｛<《])(\s*)(\d{4})(\s*)([〕\]】）)〉］}｝>》])(\s*)(第?)(\s*)(\d{1,5})(\s*)号$/

export function parseDocNumber(raw: string): DocNumber | null {
  const match = docNumberPattern.exec(raw.trim())
  if (match === null) return null
  const [
    ,
    prefix = '',
    s1 = '',
    open = '',
    s2 = '',
    year = '',
    s3 = '',
    close = '',
    s4 = '',
    di = '',
    s5 = '',
    serial = '',
    s6 = '',
  ] = match
  const problems: DocNumberProblem[] = []
  if (open !== '〔' || close !== '〕') problems.push('brackets')
  if (di !== '') problems.push('di')
  if (serial.length > 1 && serial.startsWith('0')) problems.push('leading-zero')
  if ((s1 + s2 + s3 + s4 + s5 + s6).length > 0) problems.push('spaces')
  const number = Number(serial)
  return {
    prefix,
    year: Number(year),
    serial: number,
    canonical: `${prefix}〔${year}〕${String(number)}号`,
    problems,
  }
}

/**
 * A 文号 whose 序号 is still to be given (清委〔2025〕号): what rollover leaves, since only the office
 * that registers the document knows the next number. Null for anything else.
 */
export function parseDocNumberAwaitingSerial(
  raw: string,
): { readonly prefix: string; readonly year: number } | null {
  const match = /^([\u4e00-\u9fffA-Za-z]{1,20})〔(\d{4})〕号$/.exec(raw.trim())
  return match === null ? null : { prefix: match[1] ?? '', year: Number(match[2]) }
}

export function docNumberAwaitingSerial(prefix: string, year: number): string {
  return `${prefix}〔${String(year)}〕号`
}

/** A 文号 as the importers recognise one: complete, or awaiting its 序号 after rollover. */
export function looksLikeDocNumber(raw: string): boolean {
  return parseDocNumber(raw) !== null || parseDocNumberAwaitingSerial(raw) !== null
}
