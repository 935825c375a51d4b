// The runs of a .docx body with their highlighting as python-docx reads it (Run.font.highlight_color), paragraphs
// and table cells in document order: how another program than ours sees which text Word shows highlighted.
import { spawnSync } from 'node:child_process'
import { requirePythonDocx } from './require-tool'

const SCRIPT = `
import json, sys
import docx
from docx.enum.text import WD_COLOR_INDEX
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.oxml.ns import qn

document = docx.Document(sys.argv[1])
out = []

def paragraph(p):
    for run in p.runs:
        if run.text == '':
            continue
        color = run.font.highlight_color
        out.append({'text': run.text, 'highlight': None if color is None else ('yellow' if color == WD_COLOR_INDEX.YELLOW else str(color))})

for element in document.element.body.iterchildren():
    if element.tag == qn('w:p'):
        paragraph(Paragraph(element, document))
    elif element.tag == qn('w:tbl'):
        for row in Table(element, document).rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    paragraph(p)
print(json.dumps(out, ensure_ascii=False))
`

export interface HighlightedRun {
  readonly text: string
  /** 'yellow', another WD_COLOR_INDEX as python-docx names it, or null without highlighting. */
  readonly highlight: string | null
}

export function highlightedRuns(path: string): HighlightedRun[] {
  const python = requirePythonDocx()
  const result = spawnSync(python, ['-c', SCRIPT, path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.status !== 0) throw new Error(`python-docx could not read ${path}: ${result.stderr}`)
  return JSON.parse(result.stdout) as HighlightedRun[]
}
