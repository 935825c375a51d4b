// Short reports of real sentences: paragraphs of one to six sentences taken from the three fixture reports, under
// the four standard part headings with sub-headings here and there, from a seed and a size in characters. At
// 250–450 characters they run to two or three pages, where a keep or the 署名 meets a page's foot in ways no one
// wrote by hand. The same seed and size give the same text.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Report } from '../../../renderer/core/report'
import { textToReport } from '../../../renderer/core/import/text-to-report'
import { FIXTURES_DIR, fixtureNames, standardTemplate } from './fixture-reports'

const PART_HEADINGS = [
  '一、推进法治政府建设的主要举措和成效',
  '二、存在的不足和原因',
  '三、党政主要负责人履行推进法治建设第一责任人职责情况',
  '四、2024年推进法治政府建设的主要安排',
]
const SUB_NUMBERS = ['（一）', '（二）', '（三）', '（四）']
/** Each part's share of the size. */
const BUDGET = [0.5, 0.15, 0.2, 0.15]

function fixtureParagraphs(): string[] {
  const out: string[] = []
  for (const name of fixtureNames)
    for (const raw of readFileSync(join(FIXTURES_DIR, `${name}.txt`), 'utf8').split(/\n+/u)) {
      const text = raw.replace(/[#*]/gu, '').trim()
      if (text.length > 60 && !/^[一二三四五六七八九十]+、/u.test(text)) out.push(text)
    }
  return out
}

export function sentenceReportText(seed: number, size: number): string {
  const paragraphs = fixtureParagraphs()
  let state = seed
  const random = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
  const pick = (): string => {
    const source = paragraphs[Math.floor(random() * paragraphs.length)]!
    const sentences = source.match(/[^。；]+[。；]?/gu) ?? [source]
    const count = 1 + Math.floor(random() * Math.min(6, sentences.length))
    const start = Math.floor(random() * (sentences.length - count + 1))
    let text = sentences.slice(start, start + count).join('')
    if (!/[。；]$/u.test(text)) text += '。'
    return text.replace(/；$/u, '。').replace(/^[（(][一二三四五六七八九十]+[)）]/u, '')
  }
  const lines = [
    '中共东岭镇委员会',
    '东委〔2024〕3号',
    '签发人：王建国',
    '',
    '东岭镇2023年法治政府建设年度报告',
    '中共东岭县委、东岭县人民政府：',
    '2023年，我镇坚持以习近平法治思想为指导，全面推进依法行政，现将有关情况报告如下：',
  ]
  PART_HEADINGS.forEach((heading, index) => {
    lines.push(heading)
    const share = size * BUDGET[index]!
    let used = 0
    const add = (): void => {
      const text = pick()
      lines.push(text)
      used += text.length
    }
    if (index === 0 || random() < 0.4) {
      for (let sub = 0; used < share && sub < 4; sub++) {
        lines.push(
          SUB_NUMBERS[sub]! +
            pick()
              .slice(0, 14)
              .replace(/[，。；、].*$/u, ''),
        )
        for (let inner = used; used - inner < share / 3 && used < share;) add()
      }
    } else while (used < share) add()
  })
  lines.push(
    '',
    '中共东岭镇委员会　　东岭镇人民政府',
    '2024年1月20日',
    '（此件公开发布）',
    '抄送：东岭县委全面依法治县委员会办公室。',
    '东岭镇党政综合办公室　　2024年1月20日印发',
  )
  return lines.join('\n\n')
}

export function sentenceReport(seed: number, size: number): Report {
  return textToReport(sentenceReportText(seed, size), standardTemplate())
}
