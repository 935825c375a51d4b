// Tab and Shift+Tab belong to the editor: a sub-heading changes level, a list item moves in or out, a table
// goes to the next cell, an empty 【　】 field is selected. Where none of these applies (a body paragraph,
// after the last field) the key is still taken, so the browser does not move the focus to the side panel
// and the clerk's next keystrokes do not land in some button. Body paragraphs keep their fixed 2-字 indent
// (GB/T 9704): a typed tab or spaces would only be stripped again, so Tab there does nothing.
import { Extension } from '@tiptap/core'

export const TabStaysInEditor = Extension.create({
  name: 'tabStaysInEditor',
  // Lowest of all, so every other Tab binding is tried first (not 0: Tiptap reads 0 as the default 100).
  priority: 1,

  addKeyboardShortcuts() {
    return {
      Tab: () => true,
      'Shift-Tab': () => true,
    }
  },
})
