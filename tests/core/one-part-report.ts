// A report of one part holding one paragraph: how a single sentence reads to the check, in that part.
import { emptyMeta, type Report } from '../../renderer/core/report'

export function onePartReport(partId: string, sentence: string, reportYear = 2023): Report {
  return {
    meta: { ...emptyMeta, reportYear },
    preamble: [],
    parts: [
      {
        id: partId,
        heading: '有关情况',
        line: 1,
        blocks: [{ kind: 'paragraph', runs: [{ text: sentence }], line: 2 }],
      },
    ],
  }
}
