// The open document: what it is, where it lives, whether it has unsaved changes.
import { emptyMeta, emptyReport, type Report } from '../core/report'
import type { Settings } from '../core/settings'

export interface OpenDocument {
  readonly name: string
  readonly path: string | null
  readonly report: Report
  readonly templateId: string
  readonly dirty: boolean
}

export const untitledName = '未命名报告'
export const standardTemplateId = 'standard-2019'

/** A new report starts from the defaults in 设置 and reports on last year (drafted in Jan–Feb). */
export function newDocument(settings: Settings, today: Date = new Date()): OpenDocument {
  const report = emptyReport()
  return {
    name: untitledName,
    path: null,
    templateId: standardTemplateId,
    dirty: false,
    report: {
      ...report,
      meta: {
        ...emptyMeta,
        issuerMark: settings.issuerMark || null,
        signer: settings.signer || null,
        recipients: settings.recipients || null,
        issuers: settings.issuers,
        copyTo: settings.copyTo || null,
        printedBy: settings.printedBy || null,
        reportYear: today.getFullYear() - 1,
      },
    },
  }
}
