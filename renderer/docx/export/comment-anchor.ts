// A paragraph's written XML with comments anchored on all of its text (ECMA-376 §17.13.4): each comment's
// `w:commentRangeStart` before the first run, its `w:commentRangeEnd` after the last, then a run holding its
// `w:commentReference`, where Word and WPS hang the balloon. The markers take no room on the line, so the paragraph
// is set as without them. Several comments on one paragraph nest in the order given, which is the order Word lists
// them in.

function markers(ids: readonly number[], element: string): string {
  return ids.map((id) => `<w:${element} w:id="${String(id)}"/>`).join('')
}

/** `paragraph` is one `w:p` as body.ts writes it: `<w:p>`, an optional `w:pPr`, runs, `</w:p>`. */
export function withComments(paragraph: string, ids: readonly number[]): string {
  if (ids.length === 0) return paragraph
  const close = paragraph.lastIndexOf('</w:p>')
  const properties = paragraph.indexOf('</w:pPr>')
  const open = properties >= 0 ? properties + '</w:pPr>'.length : paragraph.indexOf('>') + 1
  if (!paragraph.startsWith('<w:p>') || close < open) throw new Error('not a paragraph as body.ts writes it')
  const references = ids.map((id) => `<w:r><w:commentReference w:id="${String(id)}"/></w:r>`).join('')
  return (
    paragraph.slice(0, open) +
    markers(ids, 'commentRangeStart') +
    paragraph.slice(open, close) +
    markers(ids, 'commentRangeEnd') +
    references +
    paragraph.slice(close)
  )
}
