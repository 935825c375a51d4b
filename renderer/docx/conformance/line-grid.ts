// GB/T 9704 §5.2.3: 22 lines of 28 characters on the 版心. Lines: the exact line spacing most body
// paragraphs use, else the document grid's line pitch, into the 版心 height. Characters: the grid's
// character pitch (base size + charSpace) or, without a character grid, the body size plus tracking,
// into the 版心 width. The same arithmetic as ../shared/tools/gbt9704/check.py.
import type { FormatCheck } from '../../core/review/format-conformance'
import { charsPerLine, linesPerPage } from '../export/gbt9704'
import { dominantFormat, mostCommon, type ConformanceContext } from './conformance-context'
import { pageGeometry } from './page-geometry'
import { paragraphFormat } from './paragraph-format'
import { runFormat } from './run-format'
import { W_NS, wAttr, wChild } from './wordml'
import { emptyElement } from '../xml/xml-tree'

const gridTypes = new Set(['lines', 'linesAndChars', 'snapToChars'])

function linePitchOf(context: ConformanceContext): { pitch: number; how: string } | null {
  const exact = context.body
    .map((paragraph) => paragraphFormat(context.sheet, paragraph.element))
    .filter((format) => format.lineRule === 'exact' && format.line !== null && format.line > 0)
    .map((format) => format.line ?? 0)
  const common = mostCommon(exact)
  if (common !== null && common.count * 2 > context.body.length) {
    return { pitch: common.value, how: `正文固定行距 ${String(common.value / 20)} 磅` }
  }
  const grid = wChild(context.pkg.section, 'docGrid')
  const type = wAttr(grid, 'type')
  const pitch = Number(wAttr(grid, 'linePitch') ?? Number.NaN)
  if (type !== null && gridTypes.has(type) && Number.isFinite(pitch) && pitch > 0) {
    return { pitch, how: `文档网格行距 ${String(pitch / 20)} 磅` }
  }
  return null
}

/**
 * LibreOffice 7.4 writes a negative charSpace as its unsigned 32-bit value (−1025 as 4294966271) and reads
 * it back as negative; taking it at face value would judge a correct grid as 0 characters a line.
 */
function signed32(value: number): number {
  return Number.isFinite(value) ? (value >= 2 ** 31 ? value - 2 ** 32 : value) : 0
}

function charsOf(context: ConformanceContext, textWidth: number): number | null {
  const grid = wChild(context.pkg.section, 'docGrid')
  const type = wAttr(grid, 'type')
  if (type === 'linesAndChars' || type === 'snapToChars') {
    // The grid cell is the default paragraph font size plus charSpace (1/4096 pt).
    const anchor = emptyElement(W_NS, 'p')
    const baseHalfPoints = runFormat(context.sheet, anchor, null).size
    const cell = baseHalfPoints / 2 + signed32(Number(wAttr(grid, 'charSpace') ?? '0')) / 4096
    return cell > 0 ? Math.floor(textWidth / 20 / cell + 1e-6) : null
  }
  const formats = context.body.map((paragraph) => dominantFormat(context, paragraph.element))
  const common = mostCommon(formats.map((format) => format.size * 10 + format.spacing))
  if (common === null || common.value <= 0) return null
  return Math.floor(textWidth / common.value + 1e-6)
}

export function checkLineGrid(context: ConformanceContext): FormatCheck {
  const geometry = pageGeometry(context.pkg.section)
  const textHeight = geometry.height - geometry.top - geometry.bottom
  const textWidth = geometry.width - geometry.left - geometry.right
  const pitch = linePitchOf(context)
  const lines = pitch === null ? null : Math.floor(textHeight / pitch.pitch + 0.005)
  const chars = charsOf(context, textWidth)
  const found = `每页 ${lines === null ? '?' : String(lines)} 行、每行 ${chars === null ? '?' : String(chars)} 字`
  if (lines === linesPerPage && chars === charsPerLine) {
    return { id: 'line-grid', status: 'pass', message: `${found}（${pitch?.how ?? ''}）` }
  }
  const how = pitch === null ? '没有设置文档网格或固定行距' : pitch.how
  return { id: 'line-grid', status: 'fail', message: `${found}（${how}），应为每页 22 行、每行 28 字` }
}
