// The working draft (draftMarks, what rollover writes as .docx): the figures carried over from last year highlighted
// in yellow, exactly those runs, as python-docx reads them; last year's plans and text as comments beside the
// headings they belong to; the official layout untouched, so the GB/T 9704 checker finds nothing but the marks
// themselves; and the official text, or a report without marks, written as before.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { blockText, type Block, type Report } from '../../../renderer/core/report'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { type CheckerReport, runChecker } from '../helpers/gbt9704-checker'
import { highlightedRuns } from '../helpers/highlighted-runs'
import { paragraphsOf } from '../helpers/package-part'
import { datedRolledReport, rolledReport, staleTexts } from '../helpers/rolled-report'
import { sampleReport } from '../helpers/sample-report'

const OUT = join(import.meta.dirname, '../../.artifacts/docx/draft-marks')

function written(name: string, bytes: Uint8Array): string {
  mkdirSync(OUT, { recursive: true })
  const path = join(OUT, name)
  writeFileSync(path, bytes)
  return path
}

const part = (bytes: Uint8Array, path: string): string | undefined => {
  const data = unzipSync(bytes)[path]
  return data === undefined ? undefined : strFromU8(data)
}

const textOf = (paragraph: string): string =>
  [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((match) => match[1]).join('')

/** Each comment's paragraphs as text, by id. */
function comments(bytes: Uint8Array): Map<string, string[]> {
  const xml = part(bytes, 'word/comments.xml') ?? ''
  return new Map(
    [...xml.matchAll(/<w:comment [^>]*w:id="(\d+)"[^>]*>(.*?)<\/w:comment>/gsu)].map((match) => [
      match[1] ?? '',
      (match[2] ?? '').match(/<w:p[ >].*?<\/w:p>/gsu)?.map(textOf) ?? [],
    ]),
  )
}

/** The text of the body paragraph each comment is anchored on, by comment id. */
function anchors(bytes: Uint8Array): Map<string, string> {
  const xml = part(bytes, 'word/document.xml') ?? ''
  const out = new Map<string, string>()
  for (const paragraph of paragraphsOf(xml))
    for (const match of paragraph.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>/gu)) {
      expect(paragraph, 'the range closes and the reference follows in the same paragraph').toContain(
        `<w:commentRangeEnd w:id="${match[1] ?? ''}"/>`,
      )
      expect(paragraph).toContain(`<w:commentReference w:id="${match[1] ?? ''}"/>`)
      out.set(match[1] ?? '', textOf(paragraph))
    }
  return out
}

describe('the working draft of a rolled-over report', () => {
  let draft: Uint8Array
  const report = rolledReport()

  beforeAll(async () => {
    draft = await exportDocx(report, { draftMarks: true })
  })

  it('highlights in yellow exactly the runs marked stale, in paragraphs, table cells and list items', () => {
    const runs = highlightedRuns(written('rolled-draft.docx', draft))
    const highlighted = runs.filter((run) => run.highlight !== null)
    expect(highlighted.map((run) => run.highlight)).toEqual(highlighted.map(() => 'yellow'))
    expect(highlighted.map((run) => run.text)).toEqual(staleTexts(report))
    // the figures sit among text that is not highlighted
    expect(runs.some((run) => run.highlight === null && run.text.includes('全年办理行政处罚案件'))).toBe(true)
  })

  it("writes last year's plans as comments on the heading of the measures, and last year's text beside each part", () => {
    const byId = comments(draft)
    const anchoredOn = anchors(draft)
    const plans = report.meta.lastYear?.plans ?? []
    expect(plans.length).toBe(2)
    const planComments = [...byId].filter(([, paragraphs]) =>
      paragraphs[0]?.startsWith('去年（2023年）计划：'),
    )
    expect(planComments.map(([, paragraphs]) => paragraphs[0])).toEqual(
      plans.map((plan) => `去年（2023年）计划：${plan.text}`),
    )
    for (const [id] of planComments)
      expect(anchoredOn.get(id)).toBe('一、2024年推进法治政府建设的主要举措和成效')

    const textComments = [...byId].filter(([, paragraphs]) => paragraphs[0]?.includes('原文：'))
    expect(textComments.map(([id, paragraphs]) => [paragraphs[0], anchoredOn.get(id)])).toEqual([
      ['去年（2023年）导语原文：', blockText(report.preamble[0]!)],
      [
        '去年（2023年）“2023年推进法治政府建设的主要举措和成效”原文：',
        '一、2024年推进法治政府建设的主要举措和成效',
      ],
      ['去年（2023年）“存在的不足和原因”原文：', '二、存在的不足和原因'],
      ['去年（2023年）“2024年工作安排”原文：', '三、2025年工作安排'],
    ])
    expect(anchoredOn.size).toBe(byId.size)
  })

  it('is the official text without them when exported as such: no highlighting, no comments part', async () => {
    const official = await exportDocx(report)
    expect(part(official, 'word/document.xml')).not.toMatch(/w:highlight|w:comment/u)
    expect(part(official, 'word/comments.xml')).toBeUndefined()
    expect(
      highlightedRuns(written('rolled-official.docx', official)).some((run) => run.highlight !== null),
    ).toBe(false)
  })
})

describe('a report without marks', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  const withoutMarks = (report: Report): Report => {
    const plain = (block: Block): Block => {
      if (block.kind === 'paragraph')
        return { ...block, runs: block.runs.map((run) => ({ text: run.text, bold: run.bold })) }
      if (block.kind === 'table') return { ...block, cellRuns: undefined }
      if (block.kind === 'list') return { ...block, itemRuns: undefined }
      return block
    }
    return {
      meta: { ...report.meta, lastYear: undefined },
      preamble: report.preamble.map(plain),
      parts: report.parts.map((item) => ({ ...item, blocks: item.blocks.map(plain) })),
    }
  }

  it.each([
    ['the sample report', sampleReport()],
    ['a rolled-over draft once its marks are gone', withoutMarks(rolledReport())],
  ])('%s: the working draft is the same file as the official text', async (_, report) => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2025-02-10T08:00:00Z'))
    expect(await exportDocx(report, { draftMarks: true })).toEqual(await exportDocx(report))
  })

  it("a rolled-over draft's official text is the same file as the draft's without its marks", async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2025-02-10T08:00:00Z'))
    expect(await exportDocx(rolledReport())).toEqual(await exportDocx(withoutMarks(rolledReport())))
  })
})

describe('check.py --render --strict on the working draft', () => {
  let checked: CheckerReport
  let marks: { highlights: number; comments: number }

  beforeAll(async () => {
    const report = datedRolledReport()
    const bytes = await exportDocx(report, { draftMarks: true })
    const path = written('rolled-draft-dated.docx', bytes)
    checked = runChecker(path, true, true)
    writeFileSync(path.replace(/\.docx$/u, '.json'), JSON.stringify(checked, null, 1))
    marks = {
      highlights: highlightedRuns(path).filter((run) => run.highlight !== null).length,
      comments: comments(bytes).size,
    }
  }, 300_000)

  it('passes every rule of the official layout; clean-markup names the highlighting and comments and nothing else', () => {
    const failed = checked.rules.filter((rule) => rule.status === 'FAIL')
    expect(failed.map((rule) => rule.id)).toEqual(['clean-markup'])
    expect(marks.highlights).toBeGreaterThan(0)
    expect(failed[0]?.detail).toBe(
      `${String(marks.highlights)} highlighted run(s); ${String(marks.comments)} comment(s)`,
    )
    for (const id of [
      'ooxml-schema',
      'body-autospace',
      'fonts-eastasia',
      'heading-l1',
      'body-font',
      'render-lines-per-page',
    ])
      expect(checked.rules.find((rule) => rule.id === id)?.status, id).toBe('PASS')
  })
})
