// The workbook's styles part: each distinct CellStyle becomes one cell format (xf), its font and fill shared by
// every format that uses them. Format 0 is the default: 宋体 11 pt, the font Chinese Excel and WPS show a new
// sheet in, with the GB2312 charset so an office without it picks another Chinese font, not a Latin one.
import { escapeXml } from '../core/xml-safe-text'
import type { CellStyle } from './sheet'

interface Font {
  readonly bold: boolean
  readonly color: string | null
}

function fontXml(font: Font): string {
  const bold = font.bold ? '<b/>' : ''
  const color = font.color === null ? '' : `<color rgb="${escapeXml(font.color)}"/>`
  return `<font>${bold}<sz val="11"/>${color}<name val="宋体"/><charset val="134"/><family val="3"/></font>`
}

function fillXml(color: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${escapeXml(color)}"/><bgColor indexed="64"/></patternFill></fill>`
}

/** An index of the cell formats used, in the order first met; format 0 is the plain cell. */
export class CellStyles {
  private readonly fonts: string[] = [fontXml({ bold: false, color: null })]
  private readonly fills: string[] = [
    '<fill><patternFill patternType="none"/></fill>',
    // Excel expects its second fill to be gray125, whatever the cells use.
    '<fill><patternFill patternType="gray125"/></fill>',
  ]
  private readonly formats: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']
  private readonly formatIndex = new Map<string, number>()

  private indexIn(list: string[], xml: string): number {
    const found = list.indexOf(xml)
    if (found >= 0) return found
    list.push(xml)
    return list.length - 1
  }

  /** The index of the cell format for `style` (0 for none), added the first time it is asked for. */
  formatOf(style: CellStyle | undefined): number {
    if (style === undefined) return 0
    const key = JSON.stringify([
      style.bold,
      style.fill,
      style.color,
      style.horizontal,
      style.vertical,
      style.wrap,
    ])
    const known = this.formatIndex.get(key)
    if (known !== undefined) return known
    const font = this.indexIn(this.fonts, fontXml({ bold: style.bold === true, color: style.color ?? null }))
    const fill = style.fill === undefined ? 0 : this.indexIn(this.fills, fillXml(style.fill))
    const alignment = [
      style.horizontal === undefined ? '' : ` horizontal="${style.horizontal}"`,
      style.vertical === undefined ? '' : ` vertical="${style.vertical}"`,
      style.wrap === true ? ' wrapText="1"' : '',
    ].join('')
    const applied = [
      font === 0 ? '' : ' applyFont="1"',
      fill === 0 ? '' : ' applyFill="1"',
      alignment === '' ? '' : ' applyAlignment="1"',
    ].join('')
    const inner = alignment === '' ? '' : `<alignment${alignment}/>`
    this.formats.push(
      `<xf numFmtId="0" fontId="${String(font)}" fillId="${String(fill)}" borderId="0" xfId="0"${applied}` +
        (inner === '' ? '/>' : `>${inner}</xf>`),
    )
    this.formatIndex.set(key, this.formats.length - 1)
    return this.formats.length - 1
  }

  /** xl/styles.xml, holding every format asked for so far. */
  xml(): string {
    const list = (name: string, items: readonly string[]): string =>
      `<${name} count="${String(items.length)}">${items.join('')}</${name}>`
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      list('fonts', this.fonts) +
      list('fills', this.fills) +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.formats) +
      '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    )
  }
}
