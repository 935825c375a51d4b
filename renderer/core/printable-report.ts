// The report as it prints, in the .docx and in the print preview alike: every text XML-safe (xml-safe-text.ts) and
// without machine-made editing debris (machine-debris.ts). The report itself keeps both for the check to point at.
import { withoutMachineDebris } from './machine-debris'
import { mapReportText } from './map-report-text'
import type { Report } from './report'
import { xmlSafeText } from './xml-safe-text'

export function printableText(text: string): string {
  return withoutMachineDebris(xmlSafeText(text))
}

/** The same object when there is nothing to take out. */
export function printableReport(report: Report): Report {
  return mapReportText(report, printableText)
}
