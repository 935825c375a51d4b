// The baseline of the editor bench: a bare Tiptap StarterKit editor, no React, no app. The bench
// puts the same paragraphs in it as in the app and times keystrokes in both in one Chromium run.
import { Editor } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'

declare global {
  interface Window {
    loadParagraphs?: (paragraphs: string[]) => void
  }
}

const element = document.getElementById('editor')
if (element === null) throw new Error('no #editor')
const editor = new Editor({ element, extensions: [StarterKit] })

window.loadParagraphs = (paragraphs) => {
  editor.commands.setContent({
    type: 'doc',
    content: paragraphs.map((text) => ({
      type: 'paragraph',
      content: text === '' ? [] : [{ type: 'text', text }],
    })),
  })
}
