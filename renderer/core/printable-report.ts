// The report as it prints, in the .docx and in the print preview alike: every text XML-safe (xml-safe-text.ts),
// without machine-made editing debris (machine-debris.ts) and without tabs, and no two tables touching
// (tables-apart.ts). The report itself keeps what it holds, for the check to point at.
import { withoutMachineDebris } from './machine-debris'
import { mapReportText } from './map-report-text'
import type { Report } from './report'
import { withTablesApart } from './tables-apart'
import { xmlSafeText } from './xml-safe-text'

export function printableText(text: string): string {
  // a tab left in the text (a Word line aligned by tabs, a lone row copied from a spreadsheet) is no official
  // layout: one full-width space stands for each run of them
  return withoutMachineDebris(xmlSafeText(text)).replace(/\t+/gu, '\u3000')
}

/** The same object when there is nothing to take out. */
export function printableReport(report: Report): Report {
  return withTablesApart(mapReportText(report, printableText))
}
