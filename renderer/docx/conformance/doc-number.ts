// GB/T 9704 §7.2.4: the 发文字号 in the 版头 reads 机关代字〔年份〕序号号 — 六角括号, no 第, no leading zero.
// Found by its shape among the first paragraphs (it shares a line with 签发人 in an 上行文); a public
// version without a 文号 is not a failure.
import { parseDocNumber, type DocNumberProblem } from '../../core/doc-number'
import type { FormatCheck } from '../../core/review/format-conformance'
import type { ConformanceContext } from './conformance-context'

/** Where the 版头 ends at the latest: 发文机关标志 (up to a few lines), blank lines, then the 文号. */
const HEAD_PARAGRAPHS = 12

const loosePattern =
  /[\u4e00-\u9fffA-Za-z]{1,20}\s*[〔[【（(〈［{｛<《]\s*(?:19|20)\d{2}\s*[〕\]】）)〉］}｝>》]\s*第?\s*\d{1,5}\s*号/

const explain: Readonly<Record<DocNumberProblem, string>> = {
  brackets: '年份应使用六角括号〔〕',
  di: '序号前不加“第”',
  'leading-zero': '序号不编虚位（不写前导 0）',
  spaces: '中间不加空格',
}

export function checkDocNumber(context: ConformanceContext): FormatCheck {
  const head = context.paragraphs
    .filter((paragraph) => paragraph.text.trim() !== '')
    .slice(0, HEAD_PARAGRAPHS)
  for (const paragraph of head) {
    const token = loosePattern.exec(paragraph.text)?.[0]
    if (token === undefined) continue
    const parsed = parseDocNumber(token.replace(/^签发人[：:]?/, ''))
    if (parsed === null)
      return { id: 'doc-number', status: 'fail', message: `文号“${token}”格式不对，应如“清委〔2024〕9号”` }
    if (parsed.problems.length === 0) return { id: 'doc-number', status: 'pass', message: `“${token}”` }
    const problems = parsed.problems.map((problem) => explain[problem]).join('，')
    return {
      id: 'doc-number',
      status: 'fail',
      message: `文号“${token}”不规范：${problems}，应为“${parsed.canonical}”`,
    }
  }
  return { id: 'doc-number', status: 'na', message: '版头没有发文字号（公开版可以没有）' }
}
