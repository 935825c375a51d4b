// The top node: the 导语 paragraphs first, then the parts. 标题, 主送 and 署名 are metadata edited on the
// page around the editor, so the document itself holds only the body that the template structures.
import Document from '@tiptap/extension-document'

export const ReportDocument = Document.extend({
  content: 'block* part*',
})
