// The document's styles: defaults in the body face and size, and Word's Heading 1–4 redefined as GB/T 9704
// headings (3号, black, upright). Word's own definitions are blue (2E74B5) and Heading 4 italic; a heading style
// left to them leaks that into our headings and into any heading the clerk adds later.
import type { IStylesOptions } from 'docx'
import { ptToHalfPoints, typeSize } from './gbt9704'
import type { OfficialFont, OfficialFonts } from './official-fonts'

function runStyle(
  font: OfficialFont,
): NonNullable<NonNullable<IStylesOptions['default']>['heading1']>['run'] {
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

export function officialStyles(fonts: OfficialFonts): IStylesOptions {
  const heading = (
    font: OfficialFont,
    outlineLevel: number,
  ): NonNullable<IStylesOptions['default']>['heading1'] => ({
    run: runStyle(font),
    paragraph: { outlineLevel, spacing: { before: 0, after: 0 } },
  })
  return {
    default: {
      document: { run: runStyle(fonts.body) },
      heading1: heading(fonts.heading1, 0),
      heading2: heading(fonts.heading2, 1),
      heading3: heading(fonts.body, 2),
      heading4: heading(fonts.body, 3),
      heading5: heading(fonts.body, 4),
      heading6: heading(fonts.body, 5),
      title: { run: { ...runStyle(fonts.title), size: ptToHalfPoints(typeSize.er) } },
    },
    // LibreOffice takes the grid's base character from Normal, not from the document defaults.
    paragraphStyles: [{ id: 'Normal', name: 'Normal', run: runStyle(fonts.body) }],
  }
}
