// The one extension list, used by the app and by the tests, so both edit the same schema.
import type { AnyExtension } from '@tiptap/core'
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table'
import StarterKit from '@tiptap/starter-kit'
import { FigureField } from './marks/figure-field'
import { StaleFigure } from './marks/stale-figure'
import { PartHeading } from './nodes/part-heading'
import { ReportDocument } from './nodes/report-document'
import { ReportPart } from './nodes/report-part'
import { SubHeading } from './nodes/sub-heading'
import { FindReplace } from './plugins/find-replace'
import { FlashHighlight } from './plugins/flash-highlight'
import { HeadingNumbers } from './plugins/heading-numbers'
import { NoLeadingSpaces } from './plugins/no-leading-spaces'
import { PastedHeadings } from './plugins/pasted-headings'
import { PlainTextPaste } from './plugins/plain-text-paste'
import { TabStaysInEditor } from './plugins/tab-stays-in-editor'

export const reportExtensions: AnyExtension[] = [
  StarterKit.configure({
    document: false,
    // Official documents have no Markdown-style headings, code, quotes, rules, links, strike or italics.
    heading: false,
    code: false,
    codeBlock: false,
    blockquote: false,
    horizontalRule: false,
    strike: false,
    italic: false,
    underline: false,
    link: false,
    // A trailing paragraph after the last part would break the document shape (block* part*).
    trailingNode: false,
  }),
  ReportDocument,
  ReportPart,
  PartHeading,
  SubHeading,
  FigureField,
  StaleFigure,
  Table.configure({ resizable: false }),
  TableRow,
  TableHeader,
  TableCell,
  HeadingNumbers,
  FlashHighlight,
  FindReplace,
  NoLeadingSpaces,
  PastedHeadings,
  PlainTextPaste,
  TabStaysInEditor,
]
