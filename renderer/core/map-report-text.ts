// Every text a report prints, mapped by one function (the characters XML forbids taken out, machine-made editing
// debris left out of print): the metadata, headings, runs, list items and table cells. A clean report, nearly all of
// them, comes back as the same object, not copied.
import type { Block, Report, ReportMeta, Run } from './report'

export type TextMap = (text: string) => string

/** Items mapped, or the same array when none changed: a clean report (nearly all) is not copied. */
function mapSame<T>(items: readonly T[], map: (item: T) => T): readonly T[] {
  let changed: T[] | null = null
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index] as T
    const mapped = map(item)
    if (mapped !== item && changed === null) changed = items.slice(0, index)
    if (changed !== null) changed.push(mapped)
  }
  return changed ?? items
}

function mapRuns(runs: readonly Run[], map: TextMap): readonly Run[] {
  return mapSame(runs, (run) => {
    const text = map(run.text)
    return text === run.text ? run : { ...run, text }
  })
}

/** A block with `map` applied to each of its texts; the same object when nothing changed. */
export function mapBlockText(block: Block, map: TextMap): Block {
  switch (block.kind) {
    case 'heading': {
      const text = map(block.text)
      return text === block.text ? block : { ...block, text }
    }
    case 'paragraph': {
      const runs = mapRuns(block.runs, map)
      return runs === block.runs ? block : { ...block, runs }
    }
    case 'table': {
      const rows = mapSame(block.rows, (row) => mapSame(row, map))
      const cellRuns =
        block.cellRuns && mapSame(block.cellRuns, (row) => mapSame(row, (cell) => mapRuns(cell, map)))
      return rows === block.rows && cellRuns === block.cellRuns
        ? block
        : { ...block, rows, ...(cellRuns === undefined ? {} : { cellRuns }) }
    }
    case 'list': {
      const items = mapSame(block.items, map)
      const itemRuns = block.itemRuns && mapSame(block.itemRuns, (runs) => mapRuns(runs, map))
      return items === block.items && itemRuns === block.itemRuns
        ? block
        : { ...block, items, ...(itemRuns === undefined ? {} : { itemRuns }) }
    }
  }
}

function mapMeta(meta: ReportMeta, map: TextMap): ReportMeta {
  const safeNullable = (text: string | null): string | null => (text === null ? null : map(text))
  const fields = {
    issuerMark: safeNullable(meta.issuerMark),
    docNumber: safeNullable(meta.docNumber),
    signer: safeNullable(meta.signer),
    recipients: safeNullable(meta.recipients),
    title: safeNullable(meta.title),
    issuers: mapSame(meta.issuers, map),
    dateText: safeNullable(meta.dateText),
    note: safeNullable(meta.note),
    copyTo: safeNullable(meta.copyTo),
    printedBy: safeNullable(meta.printedBy),
    printedDateText: safeNullable(meta.printedDateText),
  }
  const same = (Object.keys(fields) as (keyof typeof fields)[]).every((key) => fields[key] === meta[key])
  return same ? meta : { ...meta, ...fields }
}

/** The report with `map` applied to every text it prints; the same object when nothing changed. */
export function mapReportText(report: Report, map: TextMap): Report {
  const meta = mapMeta(report.meta, map)
  const preamble = mapSame(report.preamble, (block) => mapBlockText(block, map))
  const parts = mapSame(report.parts, (part) => {
    const heading = part.heading === null ? null : map(part.heading)
    const blocks = mapSame(part.blocks, (block) => mapBlockText(block, map))
    return heading === part.heading && blocks === part.blocks ? part : { ...part, heading, blocks }
  })
  return meta === report.meta && preamble === report.preamble && parts === report.parts
    ? report
    : { meta, preamble, parts }
}
