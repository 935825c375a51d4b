// unknown (parsed JSON) → Template, or a Chinese error that says which field of which part is wrong.
import { appError, err, ok, type AppError, type Result } from './result'
import { templateSchema, type Template } from './template-schema'
import { zodIssuesMessage, type FieldLabels } from './zod-issue-message'

const templateLabels: FieldLabels = {
  formatVersion: '模板格式版本',
  id: '编号',
  name: '名称',
  description: '说明',
  parts: '部分',
  items: '必备事项',
  heading: '标准标题',
  required: '是否必备',
  placement: '位置',
  parent: '所属部分',
  guidance: '写作提示',
  cover: '应写内容',
  example: '示例',
  headingMatch: '标题识别规则',
  contentMatch: '内容识别规则',
  signals: '信号',
  terms: '关键词',
  weight: '权重',
  minScore: '最低分',
  part: '所属部分',
  figures: '数据要求',
  label: '说明',
  units: '单位',
  exclude: '排除短语',
  examples: '认可的写法示例',
  nonExamples: '不算数的写法示例',
  atStart: '须在句首',
  doneWork: '是否记述已做工作',
  thematic: '可由专题小节组成',
  workDoneCues: '表示已做工作的标题用语',
  citedDocuments: '引用文件',
  periods: '期限',
}

export function parseTemplate(input: unknown): Result<Template, AppError> {
  // reportInput: zod v4 leaves `input` out of issues otherwise, and "missing" vs "wrong type" needs it.
  const parsed = templateSchema().safeParse(input, { reportInput: true })
  if (parsed.success) return ok(parsed.data)
  return err(appError('bad-template', `模板无效：${zodIssuesMessage(parsed.error.issues, templateLabels)}`))
}
