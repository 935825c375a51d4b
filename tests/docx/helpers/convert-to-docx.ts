// Turns a file into .docx with LibreOffice headless, as a clerk's "另存为 Word" would: a document
// written by another program than ours, for the import tests. Fresh profile each time, so a
// previous run's settings or a running office cannot change the result.
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { requireTool } from './require-tool'

/** Converts `source` (.txt read as UTF-8, or any document LibreOffice opens) into `outDir`; returns the .docx path. */
export function convertToDocx(source: string, outDir: string): string {
  const soffice = requireTool('soffice')
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'))
  try {
    const input = join(outDir, basename(source))
    if (input !== source) copyFileSync(source, input)
    const filter = source.endsWith('.txt') ? ['--infilter=Text (encoded):UTF8,LF,,,'] : []
    const run = spawnSync(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        ...filter,
        '--convert-to',
        'docx',
        '--outdir',
        outDir,
        input,
      ],
      { encoding: 'utf8', timeout: 180_000 },
    )
    const docx = input.replace(/\.[^.]+$/u, '.docx')
    if (!existsSync(docx))
      throw new Error(`LibreOffice did not convert ${source}: ${run.stderr || run.stdout}`)
    return docx
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
}
