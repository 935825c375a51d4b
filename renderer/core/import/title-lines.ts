// Which lines at the top of a report make up its 标题. A title is often broken over two or three
// centred lines (GB/T 9704 §7.3.3 allows it, and a long 机关+关于+事由+文种 needs it):
//   某某镇人民政府关于2023年法治政府建设 / 工作情况的报告
//   中共某某镇委员会 某某镇人民政府 / 关于2023年法治政府建设 / 工作情况的报告
//   某某镇2023年 / 法治政府建设年度报告
// The trap is the first body heading under a title (一、关于……): it is never part of the title.
import type { Block, SourceLine } from '../report'
import { looksLikeDocNumber } from '../doc-number'
import { toSimplified } from '../simplified-chinese'
import { isOrganLine } from './meta-lines'

export interface TitleLine {
  readonly text: string
  readonly kind: Block['kind']
  readonly line: SourceLine
}

const MAX_TITLE_LINES = 3
const FRAGMENT_MAX_LENGTH = 40

/**
 * A title names the document (……的报告, 关于……). A paragraph line such as 2023年法治政府建设工作情况
 * also counts, but not a heading block: 一、2023年推进法治政府建设的主要举措和成效 is a part.
 */
export function looksLikeTitle(written: string, kind: Block['kind'] = 'paragraph'): boolean {
  // 年度報告 is a title too: read as simplified, like the rest of matching
  const text = toSimplified(written)
  if (text.length > 80 || /[。；！？]/.test(text) || /如下[：:]?$/.test(text)) return false
  if (/报告|总结|关于/.test(text)) return true
  return kind === 'paragraph' && /法治政府建设/.test(text) && /\d{4}\s*年/.test(text) && !/[，,]/.test(text)
}

/** The title ends with its 文种 (……的报告, ……工作总结): whatever follows is 主送 or body. */
function isComplete(title: readonly TitleLine[]): boolean {
  const last = title[title.length - 1]
  return (
    title.length >= MAX_TITLE_LINES || (last !== undefined && /(?:报告|总结)$/.test(toSimplified(last.text)))
  )
}

function adjacent(above: TitleLine, below: TitleLine): boolean {
  return above.line === null || below.line === null || below.line === above.line + 1
}

/**
 * The first line of a broken title that does not look like a title alone: the issuing bodies, or a
 * name ending in its year, directly above a line that does. After the 文号 any bodies line opens the
 * title; before it only the first one does, and only right above 关于/the year, since 中共某某镇委员会 /
 * 某某镇人民政府 over a title is a joint 发文机关标志, and so is any line ending in 文件.
 */
export function opensTitle(
  current: TitleLine,
  next: TitleLine | null,
  head: { readonly afterNumber: boolean; readonly hasMark: boolean },
): boolean {
  if (next === null || next.kind !== current.kind || !looksLikeTitle(next.text, next.kind)) return false
  const text = current.text
  if (text.length > FRAGMENT_MAX_LENGTH || /[，。；：:！？,;]/.test(text) || looksLikeDocNumber(text))
    return false
  if (isOrganLine(text)) {
    if (/文件$/.test(text)) return false
    if (head.afterNumber) return true
    return !head.hasMark && adjacent(current, next) && /^(?:关于|(?:19|20)\d{2}\s*年)/.test(next.text)
  }
  return /(?:19|20)\d{2}\s*年度?$/.test(text) && adjacent(current, next)
}

/**
 * A line that carries on the title above it: the title is not complete yet, and the line is of the
 * same kind as the title's first (a numbered heading never continues a typed title) and reads as title.
 */
export function continuesTitle(title: readonly TitleLine[], current: TitleLine): boolean {
  const first = title[0]
  if (first === undefined || isComplete(title) || current.kind !== first.kind) return false
  return looksLikeTitle(current.text, current.kind)
}
