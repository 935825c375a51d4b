// GB/T 9704 §7.3.3 / gbt9704-layout.md: body text in 仿宋 (仿宋_GB2312, 仿宋, FangSong). Judged on the font
// that covers most characters of each body paragraph; a majority of body paragraphs must be 仿宋.
import type { FormatCheck } from '../../core/review/format-conformance'
import { dominantFormat, mostCommon, type ConformanceContext } from './conformance-context'
import { isFangSong } from './font-family'

export function checkBodyFont(context: ConformanceContext): FormatCheck {
  if (context.body.length === 0) return { id: 'body-font', status: 'fail', message: '没有找到正文段落' }
  const fonts = context.body.map((paragraph) => dominantFormat(context, paragraph.element).eastAsia)
  const fangSong = fonts.filter(isFangSong).length
  const common = mostCommon(fonts)?.value ?? null
  const summary = `${String(fangSong)}/${String(fonts.length)} 段为仿宋`
  if (fangSong * 2 > fonts.length)
    return { id: 'body-font', status: 'pass', message: `${summary}（${common ?? ''}）` }
  return {
    id: 'body-font',
    status: 'fail',
    message: `正文字体为${common === null ? '未指定的中文字体' : `“${common}”`}，应为仿宋（仿宋_GB2312）；${summary}`,
  }
}
