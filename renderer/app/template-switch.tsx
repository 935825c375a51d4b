// 模板 at the top of 写作指引: the template the report is checked against, changeable while it is open. The report is
// taken over as it stands (core/change-template.ts): parts matched by id, a part the two templates place
// differently moved, nothing dropped; the status line says what moved, and choosing the old template moves it back.
import type { ReactNode } from 'react'
import { builtinTemplates, findBuiltinTemplate } from '../core/builtin-templates'
import { changeTemplate } from '../core/change-template'
import type { Template } from '../core/template-schema'
import type { ReportDocument } from './use-report-document'

export interface TemplateSwitchProps {
  readonly document: ReportDocument
  readonly template: Template
  readonly inform: (text: string) => void
}

export function TemplateSwitch({ document: doc, template, inform }: TemplateSwitchProps): ReactNode {
  const choose = (id: string): void => {
    const next = findBuiltinTemplate(id)
    if (next === null || next.id === template.id) return
    const { report, moves } = changeTemplate(doc.currentReport(), template, next)
    doc.replaceReport(report, next.id)
    const moved = moves.length === 0 ? '各部分位置不变' : moves.join('；')
    inform(`已改用“${next.name}”：${moved}。改回原模板可恢复原来的结构。`)
  }
  return (
    <label className="template-switch">
      <span>模板</span>
      <select aria-label="模板" value={template.id} onChange={(event) => choose(event.target.value)}>
        {builtinTemplates().map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.name}
          </option>
        ))}
      </select>
    </label>
  )
}
