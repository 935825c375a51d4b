// The templates shipped in templates/*.json, each parsed once, when first asked for: a CLI check reads one of
// them, and the start screen none (it lists their names). A bundled template that fails its own schema is a bug in this repository (tests/core/templates.test.ts
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

const shipped: readonly TemplateChoice[] = [standard, courtInMeasures]
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

/** What the start screen offers a template by: its id and name, read without parsing the whole template. */
export interface TemplateChoice {
  readonly id: string
  readonly name: string
}

/** The shipped templates' ids and names, in menu order; a first screen shows them before any template is used. */
export function builtinTemplateChoices(): readonly TemplateChoice[] {
  return shipped.map(({ id, name }) => ({ id, name }))
}

export function defaultTemplate(): Template {
  const template = findBuiltinTemplate(DEFAULT_TEMPLATE_ID)
  if (template === null) throw new Error('default template missing')
  return template
}
