// The templates shipped in templates/*.json, parsed once. A bundled template that fails its own
// schema is a bug in this repository (tests/core/templates.test.ts guards it), hence the throw.
import courtInMeasures from '../../templates/court-in-measures.json'
import standard from '../../templates/standard-2019.json'
import { parseTemplate } from './parse-template'
import type { Template } from './template-schema'

export const DEFAULT_TEMPLATE_ID = 'standard-2019'

function bundled(json: unknown): Template {
  const parsed = parseTemplate(json)
  if (!parsed.ok) throw new Error(`bundled template is invalid: ${parsed.error.message}`)
  return parsed.value
}

export const builtinTemplates: readonly Template[] = [bundled(standard), bundled(courtInMeasures)]

export function findBuiltinTemplate(id: string): Template | null {
  return builtinTemplates.find((template) => template.id === id) ?? null
}

export function defaultTemplate(): Template {
  const template = findBuiltinTemplate(DEFAULT_TEMPLATE_ID)
  if (template === null) throw new Error('default template missing')
  return template
}
