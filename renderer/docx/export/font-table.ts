// word/fontTable.xml: what Word and WPS know of each font the document names when that font is not installed.
// Without an entry they substitute by name alone and set 仿宋_GB2312 text in 等线 or 宋体; with the charset (GB2312),
// PANOSE class, family, pitch and Unicode/code-page signature they pick a face of the same class, and `w:altName`
// names the face to use instead: 仿宋 for 仿宋_GB2312 (Windows 7 and later ship 仿宋, not 仿宋_GB2312), 方正小标宋_GBK
// for 方正小标宋简体, the English name of Windows' own faces (SimHei, SimSun, FangSong, KaiTi), under which
// UOS/Kylin machines with those fonts installed know them. The figures are those Word writes for the Windows faces.
// docx writes the part empty (its font option only embeds font files), so pack-docx.ts replaces it with this one.
import type { OfficialFonts } from './official-fonts'
import { escapeXml } from '../../core/xml-safe-text'

interface FontSignature {
  readonly usb: readonly [string, string, string, string]
  readonly csb: readonly [string, string]
}

interface FontFacts {
  readonly altName: string
  readonly panose1: string
  readonly family: 'auto' | 'roman' | 'swiss' | 'modern' | 'script'
  readonly pitch: 'default' | 'fixed' | 'variable'
  readonly sig: FontSignature
}

/** GB2312, the charset of every face below (w:charset 86). */
const GB2312 = '86'

/** The GB2312-era faces (仿宋_GB2312, 楷体_GB2312): GB2312 ideographs only. */
const GB2312_ERA: FontSignature = {
  usb: ['00000001', '080E0000', '00000000', '00000000'],
  csb: ['00040000', '00000000'],
}
/** Windows' own Chinese faces (黑体, 仿宋, 楷体): GBK, CJK punctuation and half-width forms. */
const WINDOWS_CJK: FontSignature = {
  usb: ['800002BF', '38CF7CFA', '00000016', '00000000'],
  csb: ['00040001', '00000000'],
}

/** 黑体, 仿宋 and 楷体 as Windows ships them: one PANOSE class and signature for all three. */
const windowsFace = {
  panose1: '02010609060101010101',
  family: 'modern',
  pitch: 'fixed',
  sig: WINDOWS_CJK,
} as const
const xiaobiaosong = {
  panose1: '03000509000000000000',
  family: 'script',
  pitch: 'variable',
  sig: GB2312_ERA,
} as const

/** By the names the settings offer and the clerk may type; each entry names its stand-in. */
const KNOWN_FONTS: Readonly<Record<string, FontFacts>> = {
  仿宋_GB2312: {
    altName: '仿宋',
    panose1: '02010609030101010101',
    family: 'modern',
    pitch: 'fixed',
    sig: GB2312_ERA,
  },
  仿宋: { altName: 'FangSong', ...windowsFace },
  FangSong: { altName: '仿宋', ...windowsFace },
  楷体_GB2312: {
    altName: '楷体',
    panose1: '02010609030101010101',
    family: 'modern',
    pitch: 'fixed',
    sig: GB2312_ERA,
  },
  楷体: { altName: 'KaiTi', ...windowsFace },
  KaiTi: { altName: '楷体', ...windowsFace },
  黑体: { altName: 'SimHei', ...windowsFace },
  SimHei: { altName: '黑体', ...windowsFace },
  宋体: {
    altName: 'SimSun',
    panose1: '02010600030101010101',
    family: 'auto',
    pitch: 'variable',
    sig: { usb: ['00000003', '288F0000', '00000016', '00000000'], csb: ['00040001', '00000000'] },
  },
  方正小标宋简体: { altName: '方正小标宋_GBK', ...xiaobiaosong },
  方正小标宋_GBK: { altName: '方正小标宋简体', ...xiaobiaosong },
}

function fontXml(name: string): string {
  const facts = KNOWN_FONTS[name]
  // a face the table does not know is still declared Chinese, so Word substitutes a Chinese face for it
  if (facts === undefined)
    return `<w:font w:name="${escapeXml(name)}"><w:charset w:val="${GB2312}"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`
  const [usb0, usb1, usb2, usb3] = facts.sig.usb
  const [csb0, csb1] = facts.sig.csb
  // CT_Font is a sequence: altName, panose1, charset, family, notTrueType, pitch, sig
  return (
    `<w:font w:name="${escapeXml(name)}"><w:altName w:val="${escapeXml(facts.altName)}"/>` +
    `<w:panose1 w:val="${facts.panose1}"/><w:charset w:val="${GB2312}"/><w:family w:val="${facts.family}"/>` +
    `<w:pitch w:val="${facts.pitch}"/><w:sig w:usb0="${usb0}" w:usb1="${usb1}" w:usb2="${usb2}" ` +
    `w:usb3="${usb3}" w:csb0="${csb0}" w:csb1="${csb1}"/></w:font>`
  )
}

/** The names the document's runs and styles use, each once, in the order of the roles. */
export function usedFontNames(fonts: OfficialFonts): string[] {
  return [...new Set(Object.values(fonts).map((font) => font.name))]
}

export function fontTableXml(fonts: OfficialFonts): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    usedFontNames(fonts).map(fontXml).join('') +
    '</w:fonts>'
  )
}
