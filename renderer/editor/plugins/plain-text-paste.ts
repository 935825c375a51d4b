// Plain text on the clipboard (a PDF reader gives nothing else) becomes paragraphs the way the writer meant them:
// the page-edge line breaks joined (core/import/unwrap-pasted-lines.ts), not one paragraph per printed line.
// Pasted headings and leading spaces are then tidied like any paste (pasted-headings, no-leading-spaces).
import { Extension } from '@tiptap/core'
import { Fragment, type Schema, Slice } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { unwrapPastedLines } from '../../core/import/unwrap-pasted-lines'

export function plainTextSlice(schema: Schema, text: string): Slice {
  const paragraph = schema.nodes['paragraph']
  if (paragraph === undefined) return Slice.empty
  const paragraphs = unwrapPastedLines(text).map((line) => paragraph.create(null, schema.text(line)))
  return Slice.maxOpen(Fragment.from(paragraphs))
}

export const PlainTextPaste = Extension.create({
  name: 'plainTextPaste',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('plainTextPaste'),
        props: { clipboardTextParser: (text, $context) => plainTextSlice($context.doc.type.schema, text) },
      }),
    ]
  },
})
