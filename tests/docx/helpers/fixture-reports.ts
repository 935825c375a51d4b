// The three real reports of ../shared/fixtures/reports, read by the product's own text reader.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Report } from '../../../renderer/core/report'
import { textToReport } from '../../../renderer/core/import/text-to-report'
import { parseTemplate } from '../../../renderer/core/parse-template'

export const FIXTURES_DIR = join(import.meta.dirname, '../../../../shared/fixtures/reports')
export const fixtureNames = ['qingjiang-2023', 'beiliu-2023', 'gongchuan-2023'] as const
export type FixtureName = (typeof fixtureNames)[number]

export function standardTemplate(): Parameters<typeof textToReport>[1] {
  const path = join(import.meta.dirname, '../../../templates/standard-2019.json')
  const parsed = parseTemplate(JSON.parse(readFileSync(path, 'utf8')))
  if (!parsed.ok) throw new Error(`standard-2019.json does not parse: ${parsed.error.message}`)
  return parsed.value
}

export function fixtureReport(name: FixtureName): Report {
  return textToReport(readFileSync(join(FIXTURES_DIR, `${name}.txt`), 'utf8'), standardTemplate())
}
