// What a rolled-over draft still carries from last year: figures marked stale and last year's plans. The official
// .docx prints neither; a working draft for Word or WPS keeps them as highlighting and comments (export-docx.ts
// draftMarks), so the export dialog offers it only while there is something to keep.
import { staleRuns, type Report } from './report'

export interface DraftMarks {
  readonly staleFigures: number
  readonly plans: number
}

export function draftMarks(report: Report): DraftMarks {
  const blocks = [...report.preamble, ...report.parts.flatMap((part) => part.blocks)]
  return {
    staleFigures: blocks.reduce((count, block) => count + staleRuns(block).length, 0),
    plans: report.meta.lastYear?.plans.length ?? 0,
  }
}
