// Plain text on the clipboard (a PDF reader gives nothing else) becomes paragraphs the way the writer meant them:
// the page-edge line breaks joined (core/import/unwrap-pasted-lines.ts), not one paragraph per printed line.
// Pasted headings and leading spaces are then tidied like any paste (pasted-headings, no-leading-spaces).
// Every paste, plain or from Word, loses the characters XML forbids (core/xml-safe-text.ts), which would make the
// exported .docx unreadable to Word, and a pasted paragraph longer than a paragraph may be (core/limits.ts) is
// split, so what was pasted can still be saved.
import { Extension } from '@tiptap/core'
import { Fragment, type Node as ProseMirrorNode, type Schema, Slice } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { unwrapPastedLines } from '../../core/import/unwrap-pasted-lines'
import { paragraphPieces } from '../../core/paragraph-pieces'
import { xmlSafeText } from '../../core/xml-safe-text'

export function plainTextSlice(schema: Schema, text: string): Slice {
  const paragraph = schema.nodes['paragraph']
  if (paragraph === undefined) return Slice.empty
  const paragraphs: ProseMirrorNode[] = []
  for (const line of unwrapPastedLines(xmlSafeText(text)))
    for (const piece of paragraphPieces(line)) paragraphs.push(paragraph.create(null, schema.text(piece)))
  return Slice.maxOpen(Fragment.from(paragraphs))
}

/** The fragment with the characters XML forbids taken out of its text; the same fragment when there are none. */
function xmlSafeFragment(fragment: Fragment): Fragment {
  let changed = false
  const nodes: ProseMirrorNode[] = []
  fragment.forEach((node) => {
    let safe: ProseMirrorNode | null = node
    if (node.isText) {
      const text = xmlSafeText(node.text ?? '').replace(/\n/g, ' ')
      if (text !== node.text) safe = text === '' ? null : node.type.schema.text(text, node.marks)
    } else {
      const content = xmlSafeFragment(node.content)
      if (content !== node.content) safe = node.copy(content)
    }
    if (safe !== node) changed = true
    if (safe !== null) nodes.push(safe)
  })
  return changed ? Fragment.from(nodes) : fragment
}

export function plainTextPastePlugin(): Plugin {
  return new Plugin({
    key: new PluginKey('plainTextPaste'),
    props: {
      clipboardTextParser: (text, $context) => plainTextSlice($context.doc.type.schema, text),
      // HTML from Word or a web page comes through the schema's parser, text and all
      transformPasted: (slice) => {
        const content = xmlSafeFragment(slice.content)
        return content === slice.content ? slice : new Slice(content, slice.openStart, slice.openEnd)
      },
    },
  })
}

export const PlainTextPaste = Extension.create({
  name: 'plainTextPaste',

  addProseMirrorPlugins() {
    return [plainTextPastePlugin()]
  },
})
