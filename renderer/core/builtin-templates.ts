// The templates shipped in templates/*.json, each parsed once, when first asked for: a CLI check reads one of
// them. A bundled template that fails its own schema is a bug in this repository (tests/core/templates.test.ts
// guards it), hence the throw.
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

const shipped: readonly { readonly id: string }[] = [standard, courtInMeasures]
const parsed = new Map<string, Template>()

function parsedOnce(json: { readonly id: string }): Template {
  let template = parsed.get(json.id)
  if (template === undefined) {
    template = bundled(json)
    parsed.set(json.id, template)
  }
  return template
}

export function findBuiltinTemplate(id: string): Template | null {
  const json = shipped.find((candidate) => candidate.id === id)
  return json === undefined ? null : parsedOnce(json)
}

let all: readonly Template[] | null = null

/** Every shipped template, in the order the template menus list them (the same array every time). */
export function builtinTemplates(): readonly Template[] {
  all ??= shipped.map(parsedOnce)
  return all
}

export function defaultTemplate(): Template {
  const template = findBuiltinTemplate(DEFAULT_TEMPLATE_ID)
  if (template === null) throw new Error('default template missing')
  return template
}
