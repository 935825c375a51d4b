// A top-level heading that names no part of the template and is not one of the themes of a thematic
// report (thematic-sections.ts): the reviewer cannot place it either.
import type { Finding } from '../finding'
import type { Rule } from '../rule'

export const partUnrecognized: Rule = {
  id: 'part-unrecognized',
  name: '标题无法归入组成部分',
  run: ({ template, report, thematic }) => {
    const names = template.parts
      .filter((part) => part.required)
      .map((part) => part.name)
      .join('、')
    return report.parts.flatMap((part, index): Finding[] =>
      part.id !== null || part.heading === null || thematic.includes(index)
        ? []
        : [
            {
              rule: 'part-unrecognized',
              severity: 'info',
              message: `无法判断“${part.heading}”属于报告的哪一部分。如属于标准结构中的某一部分（${names}），请按标准标题改写；否则请并入相邻部分。`,
              part: null,
              line: part.line,
            },
          ],
    )
  },
}
