// Page numbers (GB/T 9704 §7.5): 4号半角宋体 arabic digits between 一字线, "— 1 —", 7 mm below the 版心
// (footer distance in gbt9704.ts); odd pages on the right and even pages on the left, 1 字 in. The document turns
// on `evenAndOddHeaders`, so the default footer is the odd-page one.
import { AlignmentType, Footer, LineRuleType, PageNumber, type Paragraph } from 'docx'
import { siChar, typeSize } from './gbt9704'
import type { OfficialFonts } from './official-fonts'
import { OfficialParagraph } from './official-paragraph'
import { officialRun } from './official-run'
import { PreparedCache, PreparedParagraph } from './prepared-once'

/**
 * Single lines of the 4号 number, as footerDistance (gbt9704.ts) measures them: stated, since Normal sets the 正文's
 * exact 28.95 pt lines (styles.ts) and a footer paragraph would take them.
 */
const footerSpacing = { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 } as const

/** U+2014 EM DASH, the 一字线. */
const DASH = '\u2014'

type Side = 'odd' | 'even'

/**
 * The footer's paragraph depends on nothing but the side and the font, and docx writes each footer twice per export
 * (once for its relationships): prepared once per side and font (`npm run bench`).
 */
const numberParagraphs = new PreparedCache<Paragraph>()

function numberParagraph(side: Side, fonts: OfficialFonts): Paragraph {
  return numberParagraphs.get(
    `${side}|${fonts.pageNumber.name}`,
    () =>
      new PreparedParagraph(
        new OfficialParagraph({
          alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          spacing: footerSpacing,
          indent: side === 'odd' ? { right: siChar } : { left: siChar },
          children: [
            officialRun([`${DASH} `, PageNumber.CURRENT, ` ${DASH}`], {
              font: fonts.pageNumber,
              size: typeSize.si,
            }),
          ],
        }),
      ),
  )
}

const numberFooter = (side: Side, fonts: OfficialFonts): Footer =>
  new Footer({ children: [numberParagraph(side, fonts)] })

export interface PageNumberFooters {
  readonly default: Footer
  readonly even: Footer
}

export function pageNumberFooters(fonts: OfficialFonts): PageNumberFooters {
  return { default: numberFooter('odd', fonts), even: numberFooter('even', fonts) }
}
