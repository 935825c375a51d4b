// What editing leaves behind in a copied or converted document and would print: Word's hidden bookmark
// (_GoBack) and field codes made visible, comment and revision remnants, template placeholders (××镇,
// 【填写数字】). Each kind is one finding per paragraph; the machine-made ones are removed in one click.
import { quoteEvidence } from '../evidence'
import type { Finding } from '../finding'
import { addPlace, repeatedFinding, repeatedFindings, type Place } from '../repeated-findings'
import { replaceFix } from '../replace-fix'
import type { Rule } from '../rule'
import { machineDebris } from '../../machine-debris'

interface Debris {
  readonly pattern: RegExp
  readonly what: string
  /** Text no one typed (a bookmark, a field code): safe to delete in one click. */
  readonly removable: boolean
}

const debris: readonly Debris[] = [
  ...machineDebris.map((kind) => ({ ...kind, removable: true })),
  {
    pattern: /[[【]\s*(?:批注|注释|修订|修改意见)[:：][^\]】]*[\]】]/,
    what: '批注或修订意见',
    removable: false,
  },
  {
    pattern: /【(?![^】]*(?:批注|注释|修订))[^】]{0,12}(?:填写|填入|数字|日期|名称|单位)[^】]{0,12}】/,
    what: '模板中待填写的提示',
    removable: false,
  },
  { pattern: /(?:××|XX|xx|ＸＸ)[镇乡街县市区村局办]/, what: '模板占位符（××）', removable: false },
]

/** Every kind of debris in one pattern, for rules that must read past it (latin-letters): one problem, one finding. */
export const anyDebris = new RegExp(debris.map((kind) => kind.pattern.source).join('|'), 'g')

interface DebrisKind {
  readonly what: string
  /** As first met, for the message. */
  readonly example: string
}

// one finding per kind of debris, however many paragraphs carry it: a converted file has _GoBack in dozens
export const editingDebris: Rule = {
  id: 'editing-debris',
  name: '编辑痕迹残留',
  run: ({ segments }): Finding[] => {
    const kinds = new Map<string, DebrisKind>()
    const places = new Map<DebrisKind, Place[]>()
    for (const segment of segments) {
      // one place per kind of debris in a paragraph: [bookmark: _GoBack] is one problem, not two
      const named = new Set<string>()
      for (const { pattern, what, removable } of debris) {
        const match = pattern.exec(segment.raw)
        if (match === null || named.has(what)) continue
        named.add(what)
        const kind = kinds.get(what) ?? { what, example: match[0].slice(0, 24) }
        kinds.set(what, kind)
        addPlace(places, kind, {
          segment,
          evidence: quoteEvidence(segment.raw, match.index, match.index + match[0].length),
          ...(removable ? { fix: replaceFix(segment, '删除', [{ find: match[0], replace: '' }]) } : {}),
        })
      }
    }
    const should = '会被打印出来，请删除或改为实际内容'
    return repeatedFindings(places, ({ what, example }, list) =>
      repeatedFinding({
        rule: 'editing-debris',
        severity: 'warning',
        places: list,
        message: (count, where) =>
          count === 1
            ? `“${example}”是${what}，${should}。`
            : `共${String(count)}处${what}（如“${example}”），${should}。见${where}。`,
      }),
    )
  },
}
