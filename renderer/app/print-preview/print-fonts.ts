// CSS font stacks for each font role of the official layout: the face the clerk's settings name first (what
// the .docx names too), then the usual Windows names, then what Debian, UOS and Kylin ship (fonts-noto-cjk,
// fonts-arphic-ukai/uming), so the preview shows a 仿宋/黑体/楷体/宋体 look wherever it runs.
import type { Settings } from '../../core/settings'
import type { FontRole } from '../../docx/layout/print-layout'

const FALLBACKS: Readonly<Record<'fangsong' | 'hei' | 'kai' | 'song', readonly string[]>> = {
  fangsong: ['仿宋_GB2312', '仿宋', 'FangSong', 'STFangsong', 'Noto Serif CJK SC', 'serif'],
  hei: ['黑体', 'SimHei', 'Noto Sans CJK SC', 'sans-serif'],
  kai: ['楷体_GB2312', '楷体', 'KaiTi', 'STKaiti', 'AR PL UKai CN', 'serif'],
  song: ['方正小标宋简体', '宋体', 'SimSun', 'Noto Serif CJK SC', 'AR PL UMing CN', 'serif'],
}

const GENERIC = new Set(['serif', 'sans-serif'])

function stack(first: string, fallbacks: readonly string[]): string {
  const names = [first, ...fallbacks.filter((name) => name !== first)]
  return names.map((name) => (GENERIC.has(name) ? name : `"${name.replace(/["\\]/gu, '')}"`)).join(', ')
}

export function fontStacks(fonts: Settings['fonts']): Readonly<Record<FontRole, string>> {
  return {
    mark: stack(fonts.title, FALLBACKS.song),
    title: stack(fonts.title, FALLBACKS.song),
    body: stack(fonts.body, FALLBACKS.fangsong),
    heading1: stack(fonts.heading1, FALLBACKS.hei),
    heading2: stack(fonts.heading2, FALLBACKS.kai),
    signerName: stack(fonts.heading2, FALLBACKS.kai),
    pageNumber: stack(fonts.pageNumber, FALLBACKS.song),
  }
}
