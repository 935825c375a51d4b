// The layout facts of an exported .docx as python-docx reads them (docx_facts.py), for assertions.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { requirePythonDocx } from './require-tool'

export type Attrs = Record<string, string> | null

/** Effective properties (defaults, styles, direct formatting merged), except `ownFonts`: the run's own rFonts. */
export interface RunFacts {
  text: string
  fonts: Attrs
  ownFonts: Attrs
  sz: string | null
  color: string | null
  i: Attrs
  b: Attrs
  spacing: string | null
  field: string[]
  br: number
  /** Of those, page breaks (`w:type="page"`). */
  pageBr: number
  tab: number
}

/** Effective properties (defaults, styles, direct formatting merged), except `style`, `tabs`, `borders` and
 * `pPrOrder`, which are the paragraph's own. */
export interface ParagraphFacts {
  kind: 'p'
  text: string
  style: string | null
  jc: string | null
  ind: Attrs
  spacing: Attrs
  snapToGrid: string | null
  widowControl: string | null
  /** w:keepNext after the style chain: on or off. */
  keepNext: boolean
  tabs: Record<string, string>[]
  borders: Record<string, Record<string, string>>
  pPrOrder: string[]
  runs: RunFacts[]
}

export interface TableFacts {
  kind: 'tbl'
  float: Attrs
  width: Attrs
  layout: string | null
  /** The table's alignment in the text area (w:tblPr/w:jc). */
  jc: string | null
  gridCols: number[]
  borders: Record<string, Record<string, string>>
  rows: { height: Attrs; cells: { width: Attrs; paragraphs: Omit<ParagraphFacts, 'kind'>[] }[] }[]
}

export interface DocxFacts {
  blocks: (ParagraphFacts | TableFacts)[]
  sections: {
    pgSz: Attrs
    pgMar: Attrs
    docGrid: Attrs
    footers: Partial<Record<'default' | 'even', Omit<ParagraphFacts, 'kind'>[]>>
    headerRefs: number
  }[]
  evenAndOddHeaders: Attrs
  /** Each style's own properties (not merged with the styles it is based on). */
  styles: Record<
    string,
    {
      basedOn: string | null
      pPrOrder: string[]
      color: string | null
      i: Attrs
      sz: string | null
      fonts: Attrs
    }
  >
}

export function docxFacts(path: string): DocxFacts {
  const python = requirePythonDocx()
  const result = spawnSync(python, [join(import.meta.dirname, 'docx_facts.py'), path], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (result.status !== 0) throw new Error(`python-docx could not read ${path}: ${result.stderr}`)
  return JSON.parse(result.stdout) as DocxFacts
}

/** Every paragraph of the body, table cells included, in document order. */
export function allParagraphs(facts: DocxFacts): Omit<ParagraphFacts, 'kind'>[] {
  return facts.blocks.flatMap((block) =>
    block.kind === 'p' ? [block] : block.rows.flatMap((row) => row.cells.flatMap((cell) => cell.paragraphs)),
  )
}
