// Page numbers (GB/T 9704 §7.5): 4号半角宋体 arabic digits between 一字线, "— 1 —", 7 mm below the 版心
// (footer distance in gbt9704.ts); odd pages on the right and even pages on the left, 1 字 in. The document turns
// on `evenAndOddHeaders`, so the default footer is the odd-page one.
import { AlignmentType, Footer, PageNumber } from 'docx'
import { siChar, typeSize } from './gbt9704'
import type { OfficialFonts } from './official-fonts'
import { OfficialParagraph } from './official-paragraph'
import { officialRun } from './official-run'

/** U+2014 EM DASH, the 一字线. */
const DASH = '\u2014'

function numberFooter(side: 'odd' | 'even', fonts: OfficialFonts): Footer {
  return new Footer({
    children: [
      new OfficialParagraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: siChar } : { left: siChar },
        children: [
          officialRun([`${DASH} `, PageNumber.CURRENT, ` ${DASH}`], {
            font: fonts.pageNumber,
            size: typeSize.si,
          }),
        ],
      }),
    ],
  })
}

export interface PageNumberFooters {
  readonly default: Footer
  readonly even: Footer
}

export function pageNumberFooters(fonts: OfficialFonts): PageNumberFooters {
  return { default: numberFooter('odd', fonts), even: numberFooter('even', fonts) }
}

/** For a page that holds only the 版记: GB/T 9704 §7.5 gives it no number. */
export function blankFooters(): PageNumberFooters {
  const blank = (): Footer => new Footer({ children: [new OfficialParagraph({ children: [] })] })
  return { default: blank(), even: blank() }
}
