// mammoth's document model, the part of it we read (mammoth/lib/documents.js). Its index.d.ts types
// only the HTML output and gives transformDocument `any`; these are what the reader walks instead,
// so that a field we rely on is named in one place.

export interface MammothRun {
  readonly type: 'run'
  readonly isBold: boolean
  /** `w:highlight`'s colour (yellow, green …); null without highlighting. */
  readonly highlight: string | null
  readonly children: readonly MammothElement[]
}

export interface MammothParagraph {
  readonly type: 'paragraph'
  readonly styleName: string | null
  readonly styleId: string | null
  /** Word's automatic numbering (the number itself is not in the text). */
  readonly numbering: { readonly level: string; readonly isOrdered: boolean } | null
  readonly alignment: string | null
  readonly children: readonly MammothElement[]
}

export interface MammothTable {
  readonly type: 'table'
  readonly children: readonly MammothElement[]
}

export interface MammothTableRow {
  readonly type: 'tableRow'
  readonly isHeader: boolean
  readonly children: readonly MammothElement[]
}

export interface MammothTableCell {
  readonly type: 'tableCell'
  readonly children: readonly MammothElement[]
}

export type MammothElement =
  | MammothParagraph
  | MammothRun
  | MammothTable
  | MammothTableRow
  | MammothTableCell
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'tab' }
  | { readonly type: 'break'; readonly breakType: 'line' | 'page' | 'column' | 'textWrapping' }
  | { readonly type: 'hyperlink'; readonly children: readonly MammothElement[] }
  | { readonly type: 'image' }
  | MammothNoteReference
  | { readonly type: 'commentReference' | 'bookmarkStart' | 'checkbox' }

export interface MammothNoteReference {
  readonly type: 'noteReference'
  readonly noteType: 'footnote' | 'endnote'
  readonly noteId: string
}

/** A comment (批注) of word/comments.xml, its body as paragraphs. */
export interface MammothComment {
  readonly type: 'comment'
  readonly commentId: string
  readonly body: readonly MammothElement[]
  readonly authorName: string | null
}

export interface MammothDocument {
  readonly type: 'document'
  readonly children: readonly MammothElement[]
  /** The document's comments, in the order of comments.xml. */
  readonly comments: readonly MammothComment[]
  /** Footnotes and endnotes, looked up by their reference in the text. */
  readonly notes: {
    readonly resolve: (reference: MammothNoteReference) => { readonly body: readonly MammothElement[] } | null
  }
}
