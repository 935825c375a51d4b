// Next year's draft as rollover makes it from the hand-built sample report (sample-report.ts), given a list item
// with a figure and a next-year part of numbered plans: figures marked stale in paragraphs, table cells and a list,
// and last year's plans and text in meta.lastYear. For the tests of the working draft's .docx.
import type { Block, Report } from '../../../renderer/core/report'
import { staleRuns } from '../../../renderer/core/report'
import { rolloverReport } from '../../../renderer/core/rollover/rollover-report'
import { sampleReport } from './sample-report'

const p = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }], line: null })

function lastYearReport(): Report {
  const report = sampleReport()
  return {
    ...report,
    parts: report.parts.map((part) => {
      if (part.id === 'measures')
        return {
          ...part,
          blocks: part.blocks.map((block) =>
            block.kind === 'list' ? { ...block, items: [...block.items, '开展送法下乡活动8场。'] } : block,
          ),
        }
      if (part.id === 'next-year')
        return {
          ...part,
          blocks: [
            p('（一）加强执法队伍建设。组织执法人员轮训，新增持证执法人员。'),
            p('（二）深化普法宣传。推进“八五”普法规划实施，办好法治文化阵地。'),
            p('特此报告。'),
          ],
        }
      return part
    }),
  }
}

export function rolledReport(): Report {
  const rolled = rolloverReport(lastYearReport(), 2024)
  if (!rolled.ok) throw new Error(rolled.error.message)
  return rolled.value
}

/** The rolled draft once the clerk has given it its 文号 and dates, as it is before it goes out. */
export function datedRolledReport(): Report {
  const report = rolledReport()
  return {
    ...report,
    meta: {
      ...report.meta,
      docNumber: '示委〔2025〕4号',
      dateText: '2025年2月10日',
      printedDateText: '2025年2月10日',
    },
  }
}

/** The text of every run marked stale, in reading order (preamble, then each part's blocks). */
export function staleTexts(report: Report): string[] {
  return [...report.preamble, ...report.parts.flatMap((part) => part.blocks)].flatMap((block) =>
    staleRuns(block).map((run) => run.text),
  )
}
