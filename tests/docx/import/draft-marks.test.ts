// Opening the working draft rollover writes as .docx (export/report-to-docx.ts, draftMarks) gives back what the .fznb
// keeps: the same runs marked stale, the same plans and last year's text, so the check finds the same stale figures
// and uncovered plans — also after LibreOffice has opened and saved the draft, as a clerk's office suite would.
// Highlighting and comments from elsewhere are read only as far as they are rollover's.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { Document, HighlightColor, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx'
import { CommentRangeEnd, CommentRangeStart, CommentReference } from 'docx'
import { describe, expect, it } from 'vitest'
import { findBuiltinTemplate } from '../../../renderer/core/builtin-templates'
import { checkReport } from '../../../renderer/core/check/check-report'
import type { Report } from '../../../renderer/core/report'
import { planCoverage } from '../../../renderer/core/rollover/plan-coverage'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { importReport } from '../../../renderer/docx/import/import-report'
import { convertToDocx } from '../helpers/convert-to-docx'
import { rolledReport, staleTexts } from '../helpers/rolled-report'

const template = findBuiltinTemplate('standard-2019')!

async function opened(bytes: Uint8Array): Promise<Report> {
  const result = await importReport('2024年报告.docx', bytes, template)
  if (!result.ok) throw new Error(result.error.message)
  return result.value.report
}

/** How many findings of the rules rollover's marks raise. */
function markFindings(report: Report): Record<string, number> {
  const findings = checkReport(report, template).findings
  const count = (rule: string): number => findings.filter((finding) => finding.rule === rule).length
  return { 'figure-stale': count('figure-stale'), 'plan-uncovered': count('plan-uncovered') }
}

describe('the working draft opened again', () => {
  const rolled = rolledReport()

  function expectMarksKept(back: Report): void {
    expect(staleTexts(back)).toEqual(staleTexts(rolled))
    // last year's title is not in the comments; everything the checklist and the compare view read is
    expect(back.meta.lastYear).toEqual({ ...rolled.meta.lastYear, title: null })
    expect(planCoverage(back, template).map((entry) => entry.covered)).toEqual([false, false])
    expect(markFindings(back)).toEqual(markFindings(rolled))
    expect(markFindings(back)['figure-stale']).toBeGreaterThan(0)
  }

  it('gives back the same stale runs, plans and last year’s text', async () => {
    expectMarksKept(await opened(await exportDocx(rolled, { draftMarks: true })))
  })

  it('still does after LibreOffice opened and saved it', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'fznb-draft-'))
    const source = join(scratch, 'draft.docx')
    writeFileSync(source, await exportDocx(rolled, { draftMarks: true }))
    const outDir = mkdtempSync(join(tmpdir(), 'fznb-draft-saved-'))
    expectMarksKept(await opened(new Uint8Array(readFileSync(convertToDocx(source, outDir)))))
  }, 200_000)

  it('counts a plan once this year’s text speaks to it, as the .fznb does', async () => {
    const back = await opened(await exportDocx(rolled, { draftMarks: true }))
    const written: Report = {
      ...back,
      parts: back.parts.map((part) =>
        part.id === 'measures'
          ? {
              ...part,
              blocks: [
                ...part.blocks,
                {
                  kind: 'paragraph',
                  runs: [{ text: '组织执法人员轮训2次，执法队伍建设明显加强。' }],
                  line: null,
                },
              ],
            }
          : part,
      ),
    }
    expect(planCoverage(written, template).map((entry) => entry.covered)).toEqual([true, false])
  })
})

describe('highlighting and comments in a document rollover did not write', () => {
  async function wordDocx(): Promise<Uint8Array> {
    const cell = (children: TextRun[]): TableCell =>
      new TableCell({ children: [new Paragraph({ children })] })
    const document = new Document({
      comments: {
        children: [{ id: 0, author: '县司法局', children: [new Paragraph('去年的计划请对照检查。')] }],
      },
      sections: [
        {
          children: [
            new Paragraph('一、2024年推进法治政府建设的主要举措和成效'),
            new Paragraph({
              children: [
                new CommentRangeStart(0),
                new TextRun('全年开展普法活动'),
                new TextRun({ text: '41', highlight: HighlightColor.YELLOW }),
                new TextRun({ text: '场次', highlight: HighlightColor.YELLOW }),
                new TextRun('，'),
                new TextRun({ text: '综合行政执法', highlight: HighlightColor.YELLOW }),
                new TextRun('办理案件'),
                new TextRun({ text: '15件', highlight: HighlightColor.GREEN }),
                new TextRun('。'),
                new CommentRangeEnd(0),
                new TextRun({ children: [new CommentReference(0)] }),
              ],
            }),
            new Table({
              rows: [
                new TableRow({ children: [cell([new TextRun('项目')]), cell([new TextRun('件数')])] }),
                new TableRow({
                  children: [
                    cell([new TextRun('行政复议')]),
                    cell([new TextRun({ text: '5', highlight: HighlightColor.YELLOW })]),
                  ],
                }),
              ],
            }),
          ],
        },
      ],
    })
    return new Uint8Array(await Packer.toArrayBuffer(document))
  }

  it('marks a yellow figure stale, even split over runs, and leaves a yellow phrase, other colours and a reviewer’s comment alone', async () => {
    const report = await opened(await wordDocx())
    const blocks = report.parts[0]!.blocks
    expect(blocks[0]).toMatchObject({
      kind: 'paragraph',
      runs: [
        { text: '全年开展普法活动' },
        { text: '41场次', stale: true },
        { text: '，综合行政执法办理案件15件。' },
      ],
    })
    expect(blocks[1]).toMatchObject({
      kind: 'table',
      rows: [
        ['项目', '件数'],
        ['行政复议', '5'],
      ],
      cellRuns: [
        [[{ text: '项目' }], [{ text: '件数' }]],
        [[{ text: '行政复议' }], [{ text: '5', stale: true }]],
      ],
    })
    expect(report.meta.lastYear).toBeUndefined()
  })
})
