// Renders a .docx to PDF with LibreOffice headless, as a clerk's UOS/Kylin machine would, and reads the PDF back
// with pdftotext -bbox-layout: pages, their text lines and where they sit (points, origin top left).
// The profile is fresh and set to zh-CN with Asian typography on, so the text grid is in force as on a Chinese desktop.
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { requireTool } from './require-tool'

const ZH_CN_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>zh-CN</value></prop></item>
<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="DefaultLocale_CJK" oor:op="fuse"><value>zh-CN</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/I18N/CJK"><prop oor:name="CJKFont" oor:op="fuse"><value>true</value></prop></item>
</oor:items>
`

/** A word as pdftotext splits a line: where the script changes (清江镇 | 2023 | 年…) or at a space. */
export interface PdfWord {
  readonly text: string
  readonly xMin: number
  readonly xMax: number
}

export interface PdfLine {
  readonly text: string
  readonly words: readonly PdfWord[]
  readonly xMin: number
  readonly xMax: number
  readonly yMin: number
  readonly yMax: number
}

export interface PdfPage {
  readonly width: number
  readonly height: number
  readonly lines: readonly PdfLine[]
}

export interface RenderedPdf {
  readonly pdf: string
  readonly pages: readonly PdfPage[]
}

/** Converts `docx` to a PDF in `outDir` (kept for inspection) and parses its text boxes. */
export function renderPdf(docx: string, outDir: string): RenderedPdf {
  return renderPdfs([docx], outDir)[0]!
}

/** Converts several files in one LibreOffice run (one start-up instead of one each), in the order given. */
export function renderPdfs(docxs: readonly string[], outDir: string): RenderedPdf[] {
  // LibreOffice given no file waits for one, with no time limit: a test with nothing to render is wrong anyway
  if (docxs.length === 0) throw new Error('renderPdfs: no .docx to render')
  const soffice = requireTool('soffice')
  const pdftotext = requireTool('pdftotext')
  mkdirSync(outDir, { recursive: true })
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'))
  try {
    mkdirSync(join(profile, 'user'), { recursive: true })
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), ZH_CN_PROFILE)
    const sources = docxs.map((docx) => {
      const source = join(outDir, basename(docx))
      if (source !== docx) copyFileSync(docx, source)
      return source
    })
    const convert = (files: readonly string[]) =>
      spawnSync(
        soffice,
        [
          `-env:UserInstallation=file://${profile}`,
          '--headless',
          '--norestore',
          '--convert-to',
          'pdf',
          '--outdir',
          outDir,
          ...files,
        ],
        { encoding: 'utf8', timeout: 180_000 * files.length },
      )
    const pdfOf = (source: string): string => source.replace(/\.docx$/u, '.pdf')
    for (const source of sources) rmSync(pdfOf(source), { force: true })
    let run = convert(sources)
    // a long batch can come back short of its last files with no word why (of 250, the last four, each time
    // it was tried); those go through once more
    const missed = sources.filter((source) => !existsSync(pdfOf(source)))
    if (missed.length > 0 && missed.length < sources.length) run = convert(missed)
    return sources.map((source, index) => {
      const pdf = pdfOf(source)
      if (!existsSync(pdf))
        throw new Error(`LibreOffice did not convert ${docxs[index]!}: ${run.stderr || run.stdout}`)
      const bbox = spawnSync(pdftotext, ['-enc', 'UTF-8', '-bbox-layout', pdf, '-'], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      })
      if (bbox.status !== 0) throw new Error(`pdftotext failed on ${pdf}: ${bbox.stderr}`)
      return { pdf, pages: parseBbox(bbox.stdout) }
    })
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
}

const num = (tag: string, name: string): number =>
  Number(new RegExp(`${name}="([\\d.]+)"`, 'u').exec(tag)?.[1] ?? NaN)

export function parseBbox(xhtml: string): PdfPage[] {
  const pages: PdfPage[] = []
  for (const page of xhtml.split('<page ').slice(1)) {
    const head = page.slice(0, page.indexOf('>'))
    const lines: PdfLine[] = []
    for (const line of page.split('<line ').slice(1)) {
      const tag = line.slice(0, line.indexOf('>'))
      const words = [
        ...line.slice(0, line.indexOf('</line>')).matchAll(/<word([^>]*)>([^<]*)<\/word>/gu),
      ].map((m): PdfWord => ({
        text: m[2] ?? '',
        xMin: num(m[1] ?? '', 'xMin'),
        xMax: num(m[1] ?? '', 'xMax'),
      }))
      lines.push({
        text: words.map((word) => word.text).join(''),
        words,
        xMin: num(tag, 'xMin'),
        xMax: num(tag, 'xMax'),
        yMin: num(tag, 'yMin'),
        yMax: num(tag, 'yMax'),
      })
    }
    pages.push({ width: num(head, 'width'), height: num(head, 'height'), lines })
  }
  return pages
}

/** Page images for a person to look at (tests/.artifacts/docx/…-N.png). */
export function renderPngs(pdf: string, resolution = 60): void {
  const pdftoppm = requireTool('pdftoppm')
  const result = spawnSync(pdftoppm, ['-r', String(resolution), '-png', pdf, pdf.replace(/\.pdf$/u, '')], {
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`pdftoppm failed on ${pdf}: ${result.stderr}`)
}
