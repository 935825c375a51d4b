// The text of an empty 【　】 field, in a file of its own: doc-to-report needs it on the start screen's
// path (turning the editor's JSON into a report), where the mark and its Tiptap plugin are not loaded yet.

/** The text of an empty field, as the checker and plain-text files see it. */
export const emptyFieldText = '【　】'
