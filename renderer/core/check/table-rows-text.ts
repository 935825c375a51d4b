// A table as the checker reads it: one sentence per row, its cells one after another, and a bare number given the
// unit its column's header names. Townships tabulate their counts — 行政复议案件 | 12 under a header 件数 — and a
// reviewer reads that row as “行政复议案件12件”, a figure for the item, as much as the same sentence in a paragraph.

/** Header wording → unit: 数量（件）, 件数, 人次, 金额（万元）. */
function unitOf(header: string): string | null {
  const text = header.replace(/\s+/gu, '')
  const bracketed = /[（(]([^（()）]{1,3})[)）]$/u.exec(text)
  if (bracketed?.[1] !== undefined) return bracketed[1]
  // 件数, 人数, 次数, 案件数 (the unit before 数); 场次 and 人次 are units by themselves
  const counted = /([件人次场个家份条起宗项期名户篇批])数$/u.exec(text)
  if (counted?.[1] !== undefined) return counted[1]
  if (/^(?:场次|人次)$/u.test(text)) return text
  return null
}

const BARE_NUMBER = /^\d+(?:\.\d+)?(?:余|多)?$/u

/** Rows as sentences (。 between them); cells joined by ，. Without a header row, the cells as they are. */
export function tableRowsText(rows: readonly (readonly string[])[], header: boolean): string {
  const units = header ? (rows[0] ?? []).map(unitOf) : []
  return rows
    .map((row, rowIndex) =>
      row
        .map((cell, column) => {
          const text = cell.trim()
          const unit = header && rowIndex > 0 ? units[column] : null
          return unit != null && BARE_NUMBER.test(text) ? `${text}${unit}` : text
        })
        .join('，'),
    )
    .join('。')
}
