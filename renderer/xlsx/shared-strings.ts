// The workbook's shared strings: each distinct text once, cells refer to it by index (what Excel itself writes;
// a report's 200 rows repeat 缺、有、不适用 thousands of times).
import { escapeXml } from '../core/xml-safe-text'

export class SharedStrings {
  private readonly texts: string[] = []
  private readonly indexOf = new Map<string, number>()
  private uses = 0

  /** The index of `text`, added the first time it is met. */
  add(text: string): number {
    this.uses += 1
    const known = this.indexOf.get(text)
    if (known !== undefined) return known
    this.texts.push(text)
    this.indexOf.set(text, this.texts.length - 1)
    return this.texts.length - 1
  }

  /** xl/sharedStrings.xml. */
  xml(): string {
    const items = this.texts.map((text) => `<si><t>${escapeXml(text)}</t></si>`)
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${String(this.uses)}" uniqueCount="${String(this.texts.length)}">` +
      items.join('') +
      '</sst>'
    )
  }
}
