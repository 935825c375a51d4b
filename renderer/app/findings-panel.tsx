// 完整性检查: every finding of the core check, grouped by part; a click jumps to the place, and a
// missing part can be added in one click.
import type { ReactNode } from 'react'
import type { CheckResult } from '../core/check/check-report'
import type { Finding } from '../core/check/finding'
import { fixPlaceCount } from '../core/check/replace-fix'
import type { Template } from '../core/template-schema'
import type { CheckSummary } from './check-summary'

export interface FindingsPanelProps {
  readonly result: CheckResult
  readonly summary: CheckSummary
  readonly template: Template
  readonly onJump: (finding: Finding) => void
  readonly onAddPart: (partId: string) => void
  /** Makes the finding's one-click correction (finding.fix). */
  readonly onFix: (finding: Finding) => void
  /** Makes every text correction the findings offer at once. */
  readonly onFixAllText: () => void
  readonly onConfirmAllStale: () => void
  /** A report opened for review: findings only, no buttons that change it. */
  readonly readOnly?: boolean
}

const severityLabel = { error: '必须补充', warning: '建议修改', info: '提示' } as const

export function FindingsPanel({
  result,
  summary,
  template,
  onJump,
  onAddPart,
  onFix,
  onFixAllText,
  onConfirmAllStale,
  readOnly = false,
}: FindingsPanelProps): ReactNode {
  const stale = result.findings.filter((finding) => finding.rule === 'figure-stale').length
  // places, not findings: one finding can stand for the same mistake in many paragraphs (共12处)
  const textFixes = result.findings
    .filter((finding) => finding.fix?.kind === 'replace')
    .reduce((count, { fix }) => count + fixPlaceCount(fix), 0)
  const groups = [
    ...template.parts.map((part): { id: string | null; name: string } => ({ id: part.id, name: part.name })),
    { id: null, name: '公文要素与全文' },
  ]
    .map((group) => ({ ...group, findings: result.findings.filter((finding) => finding.part === group.id) }))
    .filter((group) => group.findings.length > 0)
  return (
    <section className="findings" aria-label="完整性检查结果">
      <p className={result.complete ? 'check-summary complete' : 'check-summary'} data-testid="check-summary">
        {summary.text}
      </p>
      {groups.length === 0 && <p className="panel-empty">没有发现问题。</p>}
      {textFixes >= 2 && !readOnly && (
        <button type="button" className="finding-fix" onClick={onFixAllText}>
          {`错别字、标点等全部改正（${String(textFixes)} 处）`}
        </button>
      )}
      {stale > 0 && !readOnly && (
        <button
          type="button"
          className="finding-fix"
          onClick={() => {
            if (
              window.confirm(
                `确定去年报告中的数字（${String(stale)} 处）今年都没有变化吗？确认后将不再标出。`,
              )
            )
              onConfirmAllStale()
          }}
        >
          去年的数字都已核对，全部确认
        </button>
      )}
      {groups.map((group) => (
        <div key={group.id ?? 'document'} className="finding-group">
          <h3>{group.name}</h3>
          <ul>
            {group.findings.map((finding, index) => (
              <li key={`${finding.rule}-${String(index)}`} className={`finding ${finding.severity}`}>
                <button type="button" className="finding-jump" onClick={() => onJump(finding)}>
                  <span className="finding-severity">{severityLabel[finding.severity]}</span>
                  {finding.message}
                  {finding.evidence !== undefined && !finding.message.includes(finding.evidence) && (
                    <q className="finding-evidence">{finding.evidence}</q>
                  )}
                </button>
                {finding.fix !== undefined && !readOnly && (
                  <button type="button" className="finding-fix" onClick={() => onFix(finding)}>
                    {finding.fix.label}
                  </button>
                )}
                {finding.rule === 'part-missing' && finding.part !== null && !readOnly && (
                  <button type="button" className="finding-fix" onClick={() => onAddPart(finding.part ?? '')}>
                    添加此部分
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}
