// What a plan is about, as terms for compileTerms (the matcher of the required items): the plan's
// own content words once the verbs and adverbs every plan shares are taken out (持续推进执法队伍
// 专业队伍建设 → 执法队伍…), plus the template's synonyms when the plan names a required item
// (营造普法宣传氛围 is also covered by 法治宣传, 八五, 民法典).
import type { Template } from '../template-schema'
import { compileTerms, normalizeForMatch } from '../term-matcher'

// Longest first: a filler inside a longer one (深入 in 深入推进) must not split it first.
const FILLERS = [
  '压紧压实',
  '进一步',
  '持续',
  '深入',
  '坚决',
  '大力',
  '全面',
  '不断',
  '切实',
  '扎实',
  '着力',
  '积极',
  '努力',
  '继续',
  '加强',
  '加大',
  '加快',
  '推进',
  '推动',
  '强化',
  '提升',
  '提高',
  '完善',
  '健全',
  '深化',
  '做好',
  '抓好',
  '落实',
  '坚持',
  '增强',
  '营造',
  '学习',
  '践行',
  '开展',
  '创新',
  '优化',
  '围绕',
  '聚焦',
  '贯彻',
  '不断',
  '力度',
  '水平',
  '能力',
  '良好',
  '氛围',
  '工作',
  '进行',
  '有效',
  '更加',
  '建设',
  '质效',
  '意识',
  '的',
  '和',
  '与',
  '及',
  '为',
  '在',
  '把',
  '将',
].sort((a, b) => b.length - a.length)

/** Phrases in every report: matching them would tick every plan. */
const GENERIC = new Set(['法治', '法治政府', '法治建设', '依法治镇', '组织', '责任', '治理'])

const MIN_TERM = 3
const WINDOW = 4

function contentChunks(text: string): string[] {
  let rest = normalizeForMatch(text).replace(/[，。；、：:“”"‘’（）()《》!！?？]/g, '|')
  for (const filler of FILLERS) rest = rest.replaceAll(filler, '|')
  return rest.split('|').filter((chunk) => chunk.length >= 2)
}

/** A long chunk as overlapping 4-character pieces, so 执法队伍专业队伍 is met by 执法队伍 alone. */
function windows(chunk: string): string[] {
  if (chunk.length <= WINDOW + 1) return [chunk]
  const pieces: string[] = []
  for (let start = 0; start + WINDOW <= chunk.length; start += 2)
    pieces.push(chunk.slice(start, start + WINDOW))
  if ((chunk.length - WINDOW) % 2 === 1) pieces.push(chunk.slice(-WINDOW))
  return pieces
}

export function planTerms(plan: string, template: Template, year: number | null): string[] {
  const chunks = contentChunks(plan)
  const own = chunks.filter((chunk) => chunk.length >= MIN_TERM && !GENERIC.has(chunk)).flatMap(windows)
  const normalized = normalizeForMatch(plan)
  const synonyms = template.items
    .filter((item) => compileTerms(item.terms, year)(normalized))
    .flatMap((item) => item.terms)
  const terms = [...new Set([...own, ...synonyms])]
  // Only common words left (持续围绕法治建设，不断提升治理质效): ask for them together, in order.
  if (terms.length === 0 && chunks.length > 1) return [chunks.slice(0, 4).join('…')]
  return terms
}
