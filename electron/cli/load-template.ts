// --template: a built-in template id (standard-2019) or a path to a template JSON file.
import { readFile } from 'node:fs/promises'
import { builtinTemplates, defaultTemplate, findBuiltinTemplate } from '../../renderer/core/builtin-templates'
import { parseTemplate } from '../../renderer/core/parse-template'
import { appError, err, ok, type AppError, type Result } from '../../renderer/core/result'
import type { Template } from '../../renderer/core/template-schema'

export async function loadTemplate(idOrPath: string | undefined): Promise<Result<Template, AppError>> {
  if (idOrPath === undefined) return ok(defaultTemplate())
  const builtin = findBuiltinTemplate(idOrPath)
  if (builtin !== null) return ok(builtin)
  if (!/[/\\]|\.json$/i.test(idOrPath)) {
    const ids = builtinTemplates()
      .map((template) => template.id)
      .join('、')
    return err(
      appError(
        'unknown-template',
        `没有编号为“${idOrPath}”的模板。可用模板：${ids}；也可以给出模板 JSON 文件的路径。`,
      ),
    )
  }
  let text: string
  try {
    text = await readFile(idOrPath, 'utf8')
  } catch {
    return err(appError('template-not-found', `无法读取模板文件：${idOrPath}`))
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return err(appError('bad-template', `模板文件不是有效的 JSON：${idOrPath}`))
  }
  return parseTemplate(json)
}
