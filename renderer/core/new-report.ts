// A new, empty report from a template: every top-level part with its standard heading and an empty
// paragraph to type into, and the metadata defaults from 设置.
import { docNumberAwaitingSerial } from './doc-number'
import { emptyMeta, type Part, type Report } from './report'
import type { Settings } from './settings'
import { standardHeading } from './standard-heading'
import type { Template } from './template-schema'

export function newReport(template: Template, reportYear: number, settings: Settings): Report {
  const parts: Part[] = template.parts
    .filter((part) => part.placement !== 'sub')
    .map((part) => ({
      id: part.id,
      heading: standardHeading(part, reportYear),
      blocks: [{ kind: 'paragraph', runs: [], line: null }],
      line: null,
    }))
  const firstIssuer = settings.issuers[0] ?? ''
  // The report on a year is issued early the next (报送 by 1 March), so its 文号 carries that year; the 序号
  // is for the office that registers it.
  const prefix = settings.docNumberPrefix.trim()
  const docNumber = prefix === '' ? null : docNumberAwaitingSerial(prefix, reportYear + 1)
  return {
    meta: {
      ...emptyMeta,
      issuerMark: settings.issuerMark || null,
      docNumber,
      signer: settings.signer || null,
      recipients: settings.recipients || null,
      issuers: settings.issuers,
      copyTo: settings.copyTo || null,
      printedBy: settings.printedBy || null,
      title: `${firstIssuer}${String(reportYear)}年法治政府建设年度报告`,
      reportYear,
    },
    preamble: [{ kind: 'paragraph', runs: [], line: null }],
    parts,
  }
}

/**
 * The report the clerk is most likely about to write: until 31 March (the last day to publish) it is last year's;
 * from April on, last year's is out and the next one is this year's — townships start on it with the year-end
 * summaries in November and December, and a 2025 default on 1 December 2026 would open a report long overdue.
 */
export function defaultReportYear(today: Date): number {
  const april = 3
  return today.getMonth() < april ? today.getFullYear() - 1 : today.getFullYear()
}
