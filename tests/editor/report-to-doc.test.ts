import { getSchema } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { docToReport } from '../../renderer/editor/doc-to-report'
import { reportExtensions } from '../../renderer/editor/extensions'
import { reportToDoc } from '../../renderer/editor/report-to-doc'
import { sampleReport } from './sample-report'

const schema = getSchema(reportExtensions)

describe('Report ↔ editor document', () => {
  it('builds a document the editor schema accepts', () => {
    const doc = schema.nodeFromJSON(reportToDoc(sampleReport))
    expect(() => doc.check()).not.toThrow()
    expect(doc.childCount).toBe(4)
    expect(doc.child(1).attrs['partId']).toBe('measures')
  })

  it('gives back the same report, with lines numbered in reading order', () => {
    expect(docToReport(reportToDoc(sampleReport), sampleReport.meta)).toEqual(sampleReport)
  })

  it('turns 【　】 into a figure field and back', () => {
    const doc = reportToDoc(sampleReport)
    const paragraph = doc.content?.[1]?.content?.[7]
    const field = paragraph?.content?.find((node) => node.marks?.some((mark) => mark.type === 'figureField'))
    expect(field?.text).toBe('\u3000')
  })

  it('drops the field mark once a figure is typed into it', () => {
    const doc = schema.nodeFromJSON(reportToDoc(sampleReport)).toJSON() as ReturnType<typeof reportToDoc>
    const paragraph = doc.content![1]!.content![7]!
    const field = paragraph.content!.find((node) => node.marks?.some((mark) => mark.type === 'figureField'))!
    field.text = '12'
    const report = docToReport(doc, sampleReport.meta)
    const block = report.parts[0]!.blocks[6]!
    expect(block.kind === 'paragraph' && block.runs.map((run) => run.text).join('')).toBe(
      '全年共办理行政复议案件12件，负责人出庭应诉率【　】%。',
    )
  })

  it('keeps an empty new part valid', () => {
    const doc = schema.nodeFromJSON({
      type: 'doc',
      content: [{ type: 'part', attrs: { partId: 'other' }, content: [{ type: 'partHeading' }] }],
    })
    expect(() => doc.check()).not.toThrow()
    expect(docToReport(doc.toJSON() as ReturnType<typeof reportToDoc>, sampleReport.meta).parts).toEqual([
      { id: 'other', heading: '', blocks: [], line: 1 },
    ])
  })
})
