// What a clerk sees first: start a new report from a template, open one, reopen a recent file, and
// how many days are left before the report is due; first of all, any unsaved report autosave kept.
import { useState, type ReactNode } from 'react'
import type { RecentFile } from '../bridge/bridge'
import { submissionDeadlines } from '../core/deadlines'
import { defaultReportYear } from '../core/new-report'
import type { TemplateChoice } from '../core/builtin-templates'

export interface NewReportChoice {
  readonly templateId: string
  readonly reportYear: number
  readonly issuerMark: string
}

export interface StartScreenProps {
  readonly templates: readonly TemplateChoice[]
  readonly defaultIssuerMark: string
  readonly recent: readonly RecentFile[]
  /** The list of unsaved reports autosave kept (drafts-list.tsx); null when there are none. */
  readonly drafts: ReactNode
  readonly today: Date
  readonly onNew: (choice: NewReportChoice) => void
  readonly onOpen: () => void
  /** Open last year's report and make this year's draft from it. */
  readonly onStartFromLastYear: (reportYear: number) => void
  readonly onOpenRecent: (path: string) => void
  /** 审阅模式: check a folder of townships' reports at once. */
  readonly onReview: () => void
}

function localIso(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

function dueText(due: string): string {
  const [year, month, day] = due.split('-').map(Number)
  return `${String(year)}年${String(month)}月${String(day)}日`
}

export function StartScreen(props: StartScreenProps): ReactNode {
  const [templateId, setTemplateId] = useState(props.templates[0]?.id ?? '')
  const [year, setYear] = useState(String(defaultReportYear(props.today)))
  const [issuerMark, setIssuerMark] = useState(props.defaultIssuerMark)
  const yearNumber = /^\d{4}$/.test(year) ? Number(year) : null
  const deadlines = yearNumber === null ? [] : submissionDeadlines(yearNumber, localIso(props.today))
  return (
    <div className="start-screen">
      {props.drafts}
      <section className="start-card" aria-labelledby="start-new">
        <h2 id="start-new">新建年度报告</h2>
        <label>
          <span>模板</span>
          <select name="template" value={templateId} onChange={(event) => setTemplateId(event.target.value)}>
            {props.templates.map((template) => (
              <option key={template.id} value={template.id}>
                {template.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>报告年度</span>
          <input
            name="reportYear"
            inputMode="numeric"
            value={year}
            onChange={(event) => setYear(event.target.value)}
          />
        </label>
        <label>
          <span>发文机关</span>
          <input
            name="issuerMark"
            value={issuerMark}
            placeholder="例：中共XX镇委员会"
            onChange={(event) => setIssuerMark(event.target.value)}
          />
        </label>
        {yearNumber === null && <p className="field-problem">报告年度应为四位数字，例如 2024。</p>}
        <button
          type="button"
          className="primary"
          disabled={yearNumber === null}
          onClick={() =>
            yearNumber !== null && props.onNew({ templateId, reportYear: yearNumber, issuerMark })
          }
        >
          新建报告
        </button>
        <div className="start-divider">或者</div>
        <button
          type="button"
          disabled={yearNumber === null}
          title="打开去年的报告（Word、文本或 .fznb），自动更新年份，标出需要更新的数字，把去年的工作安排列为今年的核对清单"
          onClick={() => yearNumber !== null && props.onStartFromLastYear(yearNumber)}
        >
          从去年的报告开始…
        </button>
        <p className="panel-empty">
          大多数单位每年在上一年报告的基础上修改：选择去年的报告，生成 {year} 年度草稿。
        </p>
      </section>
      <section className="start-card" aria-labelledby="start-open">
        <h2 id="start-open">打开已有报告</h2>
        <p className="panel-empty">可以打开法治年报文件（.fznb）、Word 文档（.docx）或纯文本（.txt）。</p>
        <button type="button" onClick={props.onOpen}>
          打开…
        </button>
        <h3>最近打开</h3>
        {props.recent.length === 0 ? (
          <p className="panel-empty">（无）</p>
        ) : (
          <ul className="recent-list">
            {props.recent.map((file) => (
              <li key={file.path}>
                <button type="button" title={file.path} onClick={() => props.onOpenRecent(file.path)}>
                  {file.name}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="start-card" aria-labelledby="start-review">
        <h2 id="start-review">审阅多份报告</h2>
        <p className="panel-empty">
          县级依法治县办：选择存放各乡镇报告的文件夹，一次查看每份报告缺少的部分、必报事项、报送是否逾期和
          Word 版式是否规范。
        </p>
        <button type="button" onClick={props.onReview}>
          审阅文件夹…
        </button>
      </section>
      {deadlines.length > 0 && (
        <section className="start-card deadlines" aria-labelledby="start-deadlines">
          <h2 id="start-deadlines">{year} 年度报告时间要求</h2>
          <ul>
            {deadlines.map((deadline) => (
              <li
                key={deadline.label}
                className={deadline.daysLeft < 0 ? 'overdue' : deadline.daysLeft <= 14 ? 'soon' : ''}
              >
                {deadline.label}：{dueText(deadline.due)}前
                <strong>
                  {deadline.daysLeft < 0
                    ? `（已过 ${String(-deadline.daysLeft)} 天）`
                    : deadline.daysLeft === 0
                      ? '（今天截止）'
                      : `（还有 ${String(deadline.daysLeft)} 天）`}
                </strong>
              </li>
            ))}
          </ul>
          <p className="panel-empty">
            依据《法治政府建设与责任落实督察工作规定》：每年3月1日前报送上一年度报告，4月1日前向社会公开。
          </p>
        </section>
      )}
    </div>
  )
}
