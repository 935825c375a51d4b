// The document's styles: defaults in the body face and size; 公文正文, the style every 正文 paragraph uses; and Word's
// Heading 1–4 redefined as GB/T 9704 headings on top of it (3号, black, upright). Word's own heading definitions are
// blue (2E74B5) and Heading 4 italic; a heading style left to them leaks that into our headings and into any heading
// the clerk adds later.
// The 正文 formatting lives in a style, not on each paragraph and run: a 30-page report has hundreds of them, and
// each property written directly is paid for on every one when packing (`npm run bench`). It also gives the clerk
// who goes on editing in Word or WPS a 公文正文 style to apply. Every run still names its font (official-run.ts).
import { AlignmentType, type IParagraphStyleOptions, type IStylesOptions } from 'docx'
import type { HeadingLevel } from '../../core/report'
import { bodyFirstLineIndent, bodyTracking, ptToHalfPoints, typeSize } from './gbt9704'
import { onPitch } from './line-spacing'
import type { OfficialFont, OfficialFonts } from './official-fonts'

/** The style of 正文 paragraphs: 3号仿宋 justified, 2 字 first-line indent, exact 28.95 pt lines, tracking. */
export const bodyStyleId = 'OfficialBody'

/** Heading paragraphs use Word's Heading 1–4, so Word's navigation pane lists them. */
export const headingStyleIds = {
  1: 'Heading1',
  2: 'Heading2',
  3: 'Heading3',
  4: 'Heading4',
} as const satisfies Record<HeadingLevel, string>

/**
 * The styles the document keeps of those docx writes: ours (below, and Title and Heading 5–6, which it redefines for
 * the clerk to apply), and those its parts use — Normal Table for tables, the note references of docx's footnote and
 * endnote parts. docx's other defaults (TOC 1–9, Caption, Bibliography, Strong, List Paragraph, Hyperlink, the note
 * texts, Line Number) have no place in an official document; Word and WPS offer them as built-in styles anyway.
 */
export const keptStyleIds: ReadonlySet<string> = new Set([
  'Normal',
  bodyStyleId,
  ...Object.values(headingStyleIds),
  'Heading5',
  'Heading6',
  'Title',
  'TableNormal',
  'FootnoteReference',
  'EndnoteReference',
])

type RunStyle = NonNullable<IParagraphStyleOptions['run']>

function runStyle(font: OfficialFont): RunStyle {
  const name = font.name
  return {
    font: { ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: 'eastAsia' },
    size: ptToHalfPoints(typeSize.san),
    sizeComplexScript: ptToHalfPoints(typeSize.san),
    color: '000000',
    italics: false,
    bold: font.bold,
  }
}

function bodyStyle(fonts: OfficialFonts): IParagraphStyleOptions {
  return {
    id: bodyStyleId,
    name: '公文正文',
    basedOn: 'Normal',
    next: bodyStyleId,
    quickFormat: true,
    paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: onPitch(0), indent: bodyFirstLineIndent },
    run: { ...runStyle(fonts.body), characterSpacing: bodyTracking },
  }
}

/**
 * Heading 1–4 inherit the 正文 paragraph and change only the face (黑体 / 楷体 / 仿宋 / 仿宋) and outline level, and
 * keep with the next paragraph: a heading never ends a page without its text.
 */
function headingStyle(level: HeadingLevel, font: OfficialFont): IParagraphStyleOptions {
  return {
    id: headingStyleIds[level],
    name: `Heading ${String(level)}`,
    basedOn: bodyStyleId,
    next: bodyStyleId,
    quickFormat: true,
    paragraph: { outlineLevel: level - 1, keepNext: true },
    run: runStyle(font),
  }
}

/**
 * Normal and the document defaults are a 正文 line without its indent: 3号 仿宋 with the tracking, on the exact
 * 28.95 pt pitch, and (prepared-styles.ts) off the character grid. A paragraph the clerk starts in Word or WPS is
 * Normal, and it must still set 28 characters a line: Word takes the grid's character pitch from Normal's size
 * (16 pt − 849/4096 pt, gbt9704.ts `gridCharSpace`; at Word's own 10.5 pt Normal the same grid gives a different
 * line), and LibreOffice lays a 16 pt glyph over two 15.79 pt cells of that grid (14 characters a line) unless the
 * paragraph leaves the grid and reaches 28 with the tracking, as our own paragraphs do. Every run of a paragraph
 * without a style states its own tracking (official-run.ts), so none takes this one unasked.
 */
function normalStyle(fonts: OfficialFonts): {
  readonly run: RunStyle
  readonly paragraph: NonNullable<IParagraphStyleOptions['paragraph']>
} {
  return {
    run: { ...runStyle(fonts.body), characterSpacing: bodyTracking },
    paragraph: { spacing: onPitch(0) },
  }
}

export function officialStyles(fonts: OfficialFonts): IStylesOptions {
  const unusedHeading = (outlineLevel: number): NonNullable<IStylesOptions['default']>['heading5'] => ({
    run: runStyle(fonts.body),
    paragraph: { outlineLevel, spacing: { before: 0, after: 0 } },
  })
  const normal = normalStyle(fonts)
  return {
    default: {
      document: normal,
      // not written by the export, but there for the clerk to apply: black and upright like the rest
      heading5: unusedHeading(4),
      heading6: unusedHeading(5),
      title: { run: { ...runStyle(fonts.title), size: ptToHalfPoints(typeSize.er) } },
    },
    paragraphStyles: [
      // LibreOffice takes the grid's base character from Normal, not from the document defaults.
      { id: 'Normal', name: 'Normal', ...normal },
      bodyStyle(fonts),
      headingStyle(1, fonts.heading1),
      headingStyle(2, fonts.heading2),
      headingStyle(3, fonts.body),
      headingStyle(4, fonts.body),
    ],
  }
}
