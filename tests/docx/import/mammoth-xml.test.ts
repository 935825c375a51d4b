// mammoth reads every part through our XML tree (mammoth-xml.ts) instead of its own xmldom DOM. The document it
// builds must be the same either way: each file below is read both ways and the two models compared whole —
// our exports of the three fixtures, a file as Word writes one (styles, numbering, footnotes, a comment, a table,
// a hyperlink, a text box in mc:AlternateContent) and XML the two parsers might read differently (entities,
// character references, CDATA, a comment inside a text, CRLF, an undeclared prefix). A part saxes refuses
// (a control character, which XML forbids and xmldom lets through) still reads, through mammoth's own parser.
import mammothXml, { type ReadString } from 'mammoth/lib/xml/index.js'
import xmldomReader from 'mammoth/lib/xml/reader.js'
import { describe, expect, it } from 'vitest'
import { defaultTemplate } from '../../../renderer/core/builtin-templates'
import { blockText } from '../../../renderer/core/report'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { importReport } from '../../../renderer/docx/import/import-report'
import type { MammothDocument, MammothElement } from '../../../renderer/docx/import/mammoth-document'
import { mammothXmlReads } from '../../../renderer/docx/import/mammoth-xml'
import { readDocxDocument } from '../../../renderer/docx/import/read-docx-document'
import { fixtureNames, fixtureReport } from '../helpers/fixture-reports'
import { writeZip } from '../helpers/zip-writer'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const CT = 'http://schemas.openxmlformats.org/package/2006/content-types'

const rels = (targets: readonly (readonly [string, string, string])[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${targets
    .map(
      ([id, type, target]) =>
        `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"${type === 'hyperlink' ? ' TargetMode="External"' : ''}/>`,
    )
    .join('')}</Relationships>`

/** A package around `documentBody`, with the styles, numbering, footnotes and comments Word would write. */
function wordPackage(documentBody: string, documentHead = ''): Uint8Array {
  const styles = `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="2"><w:name w:val="标题 2"/><w:rPr><w:b/></w:rPr></w:style><w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/></w:style></w:styles>`
  const numbering = `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
  const footnotes = `<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="${W}"><w:footnote w:id="1"><w:p><w:r><w:t>数据来源：镇司法所台账。</w:t></w:r></w:p></w:footnote></w:footnotes>`
  const comments = `<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="${W}"><w:comment w:id="0" w:author="县司法局" w:initials="S"><w:p><w:r><w:t>请补充去年的数字。</w:t></w:r></w:p></w:comment></w:comments>`
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"${documentHead}><w:body>${documentBody}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`
  return writeZip([
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${CT}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    },
    { name: '_rels/.rels', data: rels([['rId1', 'officeDocument', 'word/document.xml']]) },
    {
      name: 'word/_rels/document.xml.rels',
      data: rels([
        ['rId1', 'styles', 'styles.xml'],
        ['rId2', 'numbering', 'numbering.xml'],
        ['rId3', 'footnotes', 'footnotes.xml'],
        ['rId4', 'comments', 'comments.xml'],
        ['rId5', 'hyperlink', 'http://sfj.example.gov.cn/'],
      ]),
    },
    { name: 'word/document.xml', data: document },
    { name: 'word/styles.xml', data: styles },
    { name: 'word/numbering.xml', data: numbering },
    { name: 'word/footnotes.xml', data: footnotes },
    { name: 'word/comments.xml', data: comments },
  ])
}

const paragraph = (inner: string, properties = ''): string => `<w:p>${properties}${inner}</w:p>`
const run = (text: string, properties = ''): string =>
  `<w:r>${properties}<w:t xml:space="preserve">${text}</w:t></w:r>`

const wordLike = wordPackage(
  [
    paragraph(run('清江镇2023年法治政府建设年度报告'), '<w:pPr><w:jc w:val="center"/></w:pPr>'),
    paragraph(run('一、主要举措和成效'), '<w:pPr><w:pStyle w:val="1"/></w:pPr>'),
    paragraph(run('（一）加强普法宣传'), '<w:pPr><w:pStyle w:val="2"/></w:pPr>'),
    paragraph(
      `<w:commentRangeStart w:id="0"/>${run('一是', '<w:rPr><w:b/></w:rPr>')}${run('开展法治宣传活动')}${run('41', '<w:rPr><w:highlight w:val="yellow"/></w:rPr>')}${run('场')}<w:r><w:footnoteReference w:id="1"/></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>${run('。')}`,
    ),
    paragraph(
      run('建立法律顾问制度'),
      '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>',
    ),
    paragraph(
      run('完善合法性审查'),
      '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>',
    ),
    paragraph(
      `<w:hyperlink r:id="rId5">${run('县司法局网站')}</w:hyperlink><w:r><w:tab/><w:t>附后</w:t><w:br/><w:t>第二行</w:t></w:r>`,
    ),
    `<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc>${paragraph(run('项目'))}</w:tc><w:tc>${paragraph(run('件数'))}</w:tc></w:tr><w:tr><w:tc>${paragraph(run('行政复议'))}</w:tc><w:tc>${paragraph(run('3'))}</w:tc></w:tr></w:tbl>`,
    paragraph(
      `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>${paragraph(run('文本框（新）'))}</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${paragraph(run('文本框中的文字'))}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`,
    ),
    paragraph(
      `<w:ins w:id="9" w:author="a">${run('新增')}</w:ins><w:del w:id="10" w:author="a"><w:r><w:delText>删去</w:delText></w:r></w:del>`,
    ),
  ].join(''),
)

/** XML the two parsers could read apart: escapes, references, CDATA, a comment in a text, attribute quoting. */
const trickyXml = wordPackage(
  [
    paragraph(run('A&amp;B &lt;法&gt; &quot;引&quot; &apos;号&apos; &#x4E2D;&#25991;')),
    paragraph(`<w:r><w:rPr><w:b w:val='1' /></w:rPr><w:t xml:space='preserve'>  单引号属性  </w:t></w:r>`),
    paragraph(`<x:unknown><w:r><w:t>未声明前缀</w:t></w:r></x:unknown>`),
    paragraph(run('多行\r\n文字\t制表')),
  ].join(''),
)

/** A w:t split by CDATA or a comment: xmldom gives mammoth two text nodes there. */
const splitTexts = wordPackage(
  [
    paragraph(`<w:r><w:t><![CDATA[<原样>]]>文字</w:t></w:r>`),
    paragraph(`<w:r><w:t>前<!-- 注释 -->后</w:t></w:r>`),
  ].join(''),
)

/** What a MammothDocument holds, as plain data: its body, its comments, and the footnotes its text refers to. */
function plainModel(document: MammothDocument): unknown {
  const notes: unknown[] = []
  const visit = (elements: readonly MammothElement[]): void => {
    for (const element of elements) {
      if (element.type === 'noteReference') notes.push(document.notes.resolve(element)?.body ?? null)
      if ('children' in element) visit(element.children)
    }
  }
  visit(document.children)
  return JSON.parse(
    JSON.stringify({ children: document.children, comments: document.comments, notes }),
  ) as unknown
}

async function modelWith(readString: ReadString, bytes: Uint8Array): Promise<unknown> {
  const ours = mammothXml.readString
  mammothXml.readString = readString
  try {
    // a copy: the zip reader remembers the bytes it has read, and each read here starts afresh
    const read = await readDocxDocument(bytes.slice(), 'report.docx')
    if (!read.ok) throw new Error(read.error.message)
    return plainModel(read.value.body)
  } finally {
    mammothXml.readString = ours
  }
}

async function bothWays(bytes: Uint8Array): Promise<{ ours: unknown; xmldom: unknown }> {
  return {
    ours: await modelWith(mammothXml.readString, bytes),
    xmldom: await modelWith(xmldomReader.readString, bytes),
  }
}

describe('mammoth reading parts through our XML tree', () => {
  it('is what mammoth calls: every part it reads goes through the tree', async () => {
    const before = mammothXmlReads.trees
    const read = await readDocxDocument(wordLike.slice(), 'report.docx')
    expect(read.ok).toBe(true)
    // document, styles, numbering, footnotes, comments, the relationships and the content types
    expect(mammothXmlReads.trees - before).toBeGreaterThanOrEqual(7)
  })

  it.each(
    fixtureNames.flatMap((name) =>
      (['upward', 'public'] as const).map((version) => [name, version] as const),
    ),
  )('builds the same document as xmldom for our export of %s (%s)', async (name, version) => {
    const { ours, xmldom } = await bothWays(await exportDocx(fixtureReport(name), { version }))
    expect(ours).toEqual(xmldom)
  })

  it('builds the same document as xmldom for a file as Word writes one', async () => {
    const { ours, xmldom } = await bothWays(wordLike)
    expect(ours).toEqual(xmldom)
    const text = JSON.stringify(ours)
    for (const expected of [
      '一是',
      '文本框中的文字',
      '数据来源',
      '请补充去年的数字',
      '县司法局网站',
      '行政复议',
      '新增',
    ])
      expect(text).toContain(expected)
    expect(text).not.toContain('文本框（新）')
  })

  it('builds the same document as xmldom for escapes, references, quoting and an undeclared prefix', async () => {
    const { ours, xmldom } = await bothWays(trickyXml)
    expect(ours).toEqual(xmldom)
    const text = JSON.stringify(ours)
    for (const expected of ['A&B <法> \\"引\\" \'号\' 中文', '  单引号属性  ', '多行\\n文字'])
      expect(text).toContain(expected)
  })

  it('reads a text split by CDATA or a comment whole, where xmldom’s two text nodes failed the file', async () => {
    await expect(modelWith(xmldomReader.readString, splitTexts)).rejects.toThrow('不是有效的 Word 文档')
    const text = JSON.stringify(await modelWith(mammothXml.readString, splitTexts))
    expect(text).toContain('<原样>文字')
    expect(text).toContain('前后')
  })

  it('reads a part XML forbids (a control character) through mammoth’s own parser, as before', async () => {
    const bytes = wordPackage(paragraph(run('全年开展普法宣传活动\u000112场。')))
    const { ours, xmldom } = await bothWays(bytes)
    expect(ours).toEqual(xmldom)
    const imported = await importReport('report.docx', bytes.slice(), defaultTemplate())
    expect(imported.ok && imported.value.report.preamble.map(blockText).join('')).toContain('普法宣传活动')
  })

  it('reads the text inside a simple field, a direction run and a ruby, which mammoth alone drops', async () => {
    const paragraph = (content: string): string => `<w:p>${content}</w:p>`
    const run = (text: string): string => `<w:r><w:t>${text}</w:t></w:r>`
    const bytes = wordPackage(
      [
        paragraph(run('示范镇2025年法治政府建设年度报告')),
        paragraph(
          `${run('全年办理行政复议案件')}<w:dir w:val="ltr">${run('2件')}</w:dir>${run('，')}<w:bdo w:val="ltr">${run('行政诉讼案件1件')}</w:bdo>${run('。')}`,
        ),
        paragraph(
          `<w:ruby><w:rubyPr><w:rubyAlign w:val="center"/></w:rubyPr><w:rt>${run('fǎ zhì')}</w:rt><w:rubyBase>${run('法治')}</w:rubyBase></w:ruby>${run('宣传进村入户。')}`,
        ),
        paragraph(run('示范镇人民政府')),
        paragraph(
          `<w:fldSimple w:instr=" DATE \\@ &quot;yyyy年M月d日&quot; ">${run('2026年1月20日')}</w:fldSimple>`,
        ),
      ].join(''),
    )
    const imported = await importReport('report.docx', bytes, defaultTemplate())
    if (!imported.ok) throw new Error(imported.error.message)
    const { report } = imported.value
    expect(report.preamble.map(blockText)).toEqual([
      '全年办理行政复议案件2件，行政诉讼案件1件。',
      '法治宣传进村入户。',
    ])
    expect(report.meta.issuers).toEqual(['示范镇人民政府'])
    expect(report.meta.dateText).toBe('2026年1月20日')
  })

  it('leaves out hidden text (隐藏文字), which Word neither shows nor prints, and keeps text un-hidden', async () => {
    const run = (text: string, properties = ''): string =>
      `<w:r><w:rPr>${properties}</w:rPr><w:t>${text}</w:t></w:r>`
    const bytes = wordPackage(
      [
        `<w:p>${run('示范镇2025年法治政府建设年度报告')}</w:p>`,
        `<w:p>${run('全年办理行政复议案件2件')}${run('（此处填写案件数，提交前删除）', '<w:vanish/>')}${run('，均已审结。')}</w:p>`,
        `<w:p>${run('行政诉讼案件1件', '<w:vanish w:val="0"/>')}${run('。', '<w:vanish w:val="false"/>')}</w:p>`,
      ].join(''),
    )
    const imported = await importReport('report.docx', bytes, defaultTemplate())
    if (!imported.ok) throw new Error(imported.error.message)
    expect(imported.value.report.preamble.map(blockText)).toEqual([
      '全年办理行政复议案件2件，均已审结。',
      '行政诉讼案件1件。',
    ])
  })
})
