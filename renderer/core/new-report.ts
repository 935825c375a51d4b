// A new, empty report from a template: every top-level part with its standard heading and an empty
// paragraph to type into, and the metadata defaults from 设置.
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
  return {
    meta: {
      ...emptyMeta,
      issuerMark: settings.issuerMark || null,
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

/** Reports are drafted in January and February about the year before. */
export function defaultReportYear(today: Date): number {
  return today.getFullYear() - 1
}
