// Which font each element of the official layout names (GB/T 9704 §7 and §7.5), taken from the clerk's
// settings so a machine without 方正小标宋简体 or 仿宋_GB2312 can name what it has.
import type { FontFallbacks } from '../../core/settings'

export interface OfficialFont {
  readonly name: string
  /** 宋体 bold stands in for 小标宋 when the settings name a plain 宋体 (GB/T 9704 recommends 小标宋). */
  readonly bold: boolean
}

export type FontRole =
  | 'mark'
  | 'title'
  | 'body'
  | 'heading1'
  | 'heading2'
  /** 签发人's name (§7.2.4: 3号楷体). */
  | 'signerName'
  | 'pageNumber'

export type OfficialFonts = Readonly<Record<FontRole, OfficialFont>>

/** 小标宋 has its weight in the design; any other 宋 face has to be set bold to read as a heading face. */
function titleFace(name: string): OfficialFont {
  return { name, bold: !/标宋|xiaobiaosong|fzxbs/i.test(name) }
}

export function officialFonts(fonts: FontFallbacks): OfficialFonts {
  const plain = (name: string): OfficialFont => ({ name, bold: false })
  return {
    mark: titleFace(fonts.title),
    title: titleFace(fonts.title),
    body: plain(fonts.body),
    heading1: plain(fonts.heading1),
    heading2: plain(fonts.heading2),
    signerName: plain(fonts.heading2),
    pageNumber: plain(fonts.pageNumber),
  }
}
