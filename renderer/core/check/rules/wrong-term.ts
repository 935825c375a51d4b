// Phrase traps reviewers mark (annual-report.md "Writing checks"): 法治 (rule of law) vs 法制
// (legal system), 督察 (the 2019 regulation) vs 督查, and the standard formulations.
import { quoteEvidence } from '../evidence'
import type { Finding, Severity } from '../finding'
import { toSimplified } from '../../simplified-chinese'
import { addPlace, repeatedFinding, repeatedFindings, type Place } from '../repeated-findings'
import { replaceFix } from '../replace-fix'
import type { Rule } from '../rule'

interface Trap {
  readonly pattern: RegExp
  readonly correct: string
  readonly severity: Severity
  readonly why: string
}

// 法制审核 (重大执法决定法制审核) and 法制机构 are correct terms, so only the phrases below are traps; the
// other way round, 法治审核 is the trap. A wrong word is something to correct, never what makes a report
// incomplete: every trap is a warning at most.
const traps: readonly Trap[] = [
  {
    pattern: /法治审核/,
    correct: '法制审核',
    severity: 'warning',
    why: '“重大执法决定法制审核”是法定用语，审核用“法制”',
  },
  {
    pattern: /法制政府/,
    correct: '法治政府',
    severity: 'warning',
    why: '“法治政府”指依法治理的政府，不写“法制”',
  },
  {
    pattern: /习近平法制思想/,
    correct: '习近平法治思想',
    severity: 'warning',
    why: '规范表述为“习近平法治思想”',
  },
  {
    pattern: /法制(?:国家|社会|中国|乡村)/,
    correct: '法治',
    severity: 'warning',
    why: '法治国家、法治社会等用“法治”',
  },
  { pattern: /法制建设/, correct: '法治建设', severity: 'warning', why: '现行表述为“法治建设”' },
  { pattern: /法制宣传/, correct: '法治宣传', severity: 'warning', why: '现行表述为“法治宣传教育”' },
  {
    pattern: /督查工作规定|责任落实督查|法治督查/,
    correct: '督察',
    severity: 'warning',
    why: '《法治政府建设与责任落实督察工作规定》用“督察”，不是“督查”',
  },
  {
    pattern: /(?<![“"‘'])八五(?![”"’'])普法/,
    correct: '“八五”普法',
    severity: 'info',
    why: '规范表述为“八五”普法（带引号）',
  },
  {
    pattern: /七五普法|“七五”普法/,
    correct: '“八五”普法',
    severity: 'warning',
    why: '2021年起为“八五”普法规划期',
  },
]

/** Where `phrase` stands in `raw` read as simplified, when the conversion kept every character in its place. */
function tracedIndex(raw: string, phrase: string): number {
  const simplified = toSimplified(raw)
  return simplified.length === raw.length ? simplified.indexOf(phrase) : -1
}

interface WrongPhrase {
  readonly trap: Trap
  readonly wrong: string
  readonly fixed: string
}

/** One finding per wrong phrase (法制建设 in ten paragraphs is one correction to make), correcting every place. */
export const wrongTerm: Rule = {
  id: 'wrong-term',
  name: '用语不规范',
  run: ({ segments }): Finding[] => {
    // keyed by the wrong phrase's kind itself, one object per phrase
    const kinds = new Map<string, WrongPhrase>()
    const places = new Map<WrongPhrase, Place[]>()
    for (const segment of segments) {
      for (const trap of traps) {
        const match = trap.pattern.exec(segment.text)
        if (match === null) continue
        const wrong = match[0]
        const fixed = trap.correct === '法治' ? wrong.replace('法制', '法治') : trap.correct
        const kind = kinds.get(wrong) ?? { trap, wrong, fixed }
        kinds.set(wrong, kind)
        // matched on the text without spaces; offered only when it is written that way too
        const at = segment.raw.indexOf(wrong)
        // written in traditional characters (法制建設): quoted where it stands, but no simplified correction is
        // offered into traditional text
        const quoteAt = at === -1 ? tracedIndex(segment.raw, wrong) : at
        addPlace(places, kind, {
          segment,
          evidence:
            quoteAt === -1
              ? quoteEvidence(segment.raw)
              : quoteEvidence(segment.raw, quoteAt, quoteAt + wrong.length),
          ...(at === -1
            ? {}
            : { fix: replaceFix(segment, `改为“${fixed}”`, [{ find: wrong, replace: fixed }]) }),
        })
      }
    }
    return repeatedFindings(places, ({ trap, wrong, fixed }, list) =>
      repeatedFinding({
        rule: 'wrong-term',
        severity: trap.severity,
        places: list,
        message: (count, where) =>
          count === 1
            ? `“${wrong}”应为“${fixed}”：${trap.why}。请改正。`
            : `“${wrong}”应为“${fixed}”：${trap.why}。共${String(count)}处，见${where}，请改正。`,
      }),
    )
  },
}
