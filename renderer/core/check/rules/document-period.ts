// Well-known documents cited with a period that they were never issued for (《法治政府建设实施纲要
// （2020—2025年）》 for the 2021—2025 one). The titles and their periods are template data
// (citedDocuments), so a county adds the documents it cites without a release.
import { quoteEvidence } from '../evidence'
import type { Finding } from '../finding'
import { replaceFix } from '../replace-fix'
import type { Rule } from '../rule'
import { escapeRegExp } from '../../term-matcher'

/** The period written in brackets after the title, in any of the dashes writers use. */
function periodPattern(title: string): RegExp {
  return new RegExp(
    `${escapeRegExp(title)}[（(]\\s*((?:19|20)\\d{2})\\s*[—–－\\-~～至到]*\\s*((?:19|20)\\d{2})\\s*年?\\s*[）)]`,
    'g',
  )
}

export const documentPeriod: Rule = {
  id: 'document-period',
  name: '引用文件期限不符',
  run: ({ segments, template }) => {
    // compiled once per check, not once per paragraph
    const cited = template.citedDocuments.map((document) => ({
      document,
      pattern: periodPattern(document.title),
    }))
    return segments.flatMap((segment) =>
      cited.flatMap(({ document, pattern }): Finding[] => {
        for (const match of segment.raw.matchAll(pattern)) {
          const period = `${match[1] ?? ''}—${match[2] ?? ''}年`
          if (document.periods.includes(period)) continue
          // the period nearest the one written: a typo in one year, not another document
          const nearest =
            [...document.periods].sort(
              (a, b) =>
                Math.abs(Number(a.slice(0, 4)) - Number(match[1])) -
                Math.abs(Number(b.slice(0, 4)) - Number(match[1])),
            )[0] ?? period
          const corrected = `${document.title}（${nearest}）`
          return [
            {
              rule: 'document-period',
              severity: 'warning',
              message: `《${document.title}》的期限是“${document.periods.join('”或“')}”，文中写作“${period}”。请核对，一般应为《${corrected}》。`,
              part: segment.partId,
              line: segment.line,
              evidence: quoteEvidence(segment.raw, match.index, match.index + match[0].length),
              fix: replaceFix(segment, `改为《${corrected}》`, [{ find: match[0], replace: corrected }]),
            },
          ]
        }
        return []
      }),
    )
  },
}
