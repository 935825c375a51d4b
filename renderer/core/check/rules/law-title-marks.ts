// Titles of laws and documents stand in 《》 (annual-report.md, Writing checks; GB/T 15834): “贯彻行政处罚法”
// is marked by reviewers, “贯彻《行政处罚法》” is not. Only names a township report cites and that cannot be read as
// anything but the title are listed; 宪法 and 民法典 are left out, being used bare in 宪法宣传周 and 民法典宣传月.
import { quoteEvidence } from '../evidence'
import type { Finding, TextReplacement } from '../finding'
import { addPlace, repeatedFinding, repeatedFindings, type Place } from '../repeated-findings'
import { replaceFix, replacementInContext } from '../replace-fix'
import type { Rule } from '../rule'

const TITLES = [
  '法治政府建设与责任落实督察工作规定',
  '法治政府建设实施纲要',
  '重大行政决策程序暂行条例',
  '政府信息公开条例',
  '优化营商环境条例',
  '信访工作条例',
  '行政处罚法',
  '行政许可法',
  '行政强制法',
  '行政复议法',
  '行政诉讼法',
  '国家赔偿法',
  '人民调解法',
  '安全生产法',
  '土地管理法',
  '村民委员会组织法',
]

const FULL_NAME = '中华人民共和国'
/** 行政复议法律文书, 行政诉讼法治: the name runs into another word. */
const RUNS_ON = /^[律治规制院官]/u

function insideTitleMarks(text: string, at: number): boolean {
  const open = text.lastIndexOf('《', at)
  return open !== -1 && text.lastIndexOf('》', at) < open && text.indexOf('》', at) !== -1
}

/**
 * Each bare title with its neighbours, and the same with the title (and 中华人民共和国 before it) in 《》. Titles one
 * after another lose the 、 between them once marked (GB/T 15834 4.5.3.5: 书名号 side by side take no 顿号).
 */
function bareTitles(text: string): { titles: string[]; replacements: TextReplacement[]; first: number } {
  const places: { start: number; end: number; name: string }[] = []
  for (const title of TITLES) {
    for (let at = text.indexOf(title); at !== -1; at = text.indexOf(title, at + title.length)) {
      const end = at + title.length
      if (insideTitleMarks(text, at) || RUNS_ON.test(text.slice(end))) continue
      const start = text.slice(0, at).endsWith(FULL_NAME) ? at - FULL_NAME.length : at
      places.push({ start, end, name: text.slice(start, end) })
    }
  }
  places.sort((a, b) => a.start - b.start)
  const found = new Map<string, TextReplacement>()
  let previousEnd = -2
  for (const { start, end, name } of places) {
    const listed = text[start - 1] === '、' && previousEnd === start - 1
    const replacement = listed
      ? { find: text.slice(start - 1, end + 1), replace: `《${name}》${text[end] ?? ''}` }
      : replacementInContext(text, start, end, `《${name}》`)
    found.set(replacement.find, replacement)
    previousEnd = end
  }
  return {
    titles: [...new Set(places.map((place) => place.name))],
    replacements: [...found.values()],
    first: places[0]?.start ?? -1,
  }
}

/** “行政处罚法”“行政复议法” and 《行政处罚法》《行政复议法》, the first few of them: side by side, no 顿号. */
function titleLists(titles: ReadonlySet<string>): { bare: string; marked: string } {
  const named = [...titles].slice(0, 4)
  const more = titles.size > named.length ? '等' : ''
  return {
    bare: named.map((title) => `“${title}”`).join('') + more,
    marked: named.map((title) => `《${title}》`).join('') + more,
  }
}

// one finding for the report, not per paragraph: the same bare title is usually written the same way throughout
export const lawTitleMarks: Rule = {
  id: 'law-title-marks',
  name: '法规名称缺书名号',
  run: ({ segments }): Finding[] => {
    const places = new Map<'bare-title', Place[]>()
    const titles = new Set<string>()
    for (const segment of segments) {
      if (segment.kind === 'title') continue
      const found = bareTitles(segment.raw)
      if (found.titles.length === 0) continue
      for (const title of found.titles) titles.add(title)
      const firstTitle = found.titles.find((title) => segment.raw.startsWith(title, found.first)) ?? ''
      addPlace(places, 'bare-title', {
        segment,
        evidence: quoteEvidence(segment.raw, found.first, found.first + firstTitle.length),
        fix: replaceFix(segment, '加上书名号', found.replacements),
      })
    }
    const { bare, marked } = titleLists(titles)
    return repeatedFindings(places, (_kind, list) =>
      repeatedFinding({
        rule: 'law-title-marks',
        severity: 'warning',
        places: list,
        message: (count, where) =>
          count === 1
            ? `${bare}是法规文件的名称，应加书名号：${marked}。`
            : `共${String(count)}处法规文件名称没有加书名号（${bare}），应写作${marked}。见${where}。`,
      }),
    )
  },
}
