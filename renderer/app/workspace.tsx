// The editing page: the outline on the left, the report page with its format and find bars in the middle,
// the side panel on the right, and what their buttons do to the editor (one-click fixes, jumps, new parts).
import type { JSONContent } from '@tiptap/core'
import type { ReactNode } from 'react'
import { checkReport, type CheckResult } from '../core/check/check-report'
import type { Finding } from '../core/check/finding'
import { fixPlaceCount } from '../core/check/replace-fix'
import { issuerMarkOf } from '../core/issuer-mark'
import type { PlanCoverage } from '../core/rollover/plan-coverage'
import type { Report } from '../core/report'
import type { Settings } from '../core/settings'
import { standardHeading } from '../core/standard-heading'
import type { Template } from '../core/template-schema'
import { docToReport } from '../editor/doc-to-report'
import { insertPart, insertSentence, jumpToFinding, jumpToLine } from '../editor/report-commands'
import { allReplacementsTransaction, fixedText, fixTransaction } from '../editor/text-fix'
import type { CheckSummary } from './check-summary'
import { FindBar } from './find-bar'
import { FindingsPanel } from './findings-panel'
import { FormatBar } from './format-bar'
import { GuidancePanel } from './guidance-panel'
import { LastYearPanel } from './last-year-panel'
import { MetaForm } from './meta-form'
import { PageFoot, PageHead } from './page-meta-fields'
import { PartsOutline } from './parts-outline'
import { PasteOfferBar } from './paste-offer-bar'
import { PlanChecklist } from './plan-checklist'
import { ReportEditor } from './report-editor'
import { SidePanel } from './side-panel'
import { TemplateSwitch } from './template-switch'
import type { ReportDocument, Session } from './use-report-document'
import { useWholeReportPaste } from './use-whole-report-paste'

export interface WorkspaceProps {
  readonly document: ReportDocument
  readonly session: Session
  readonly report: Report
  readonly template: Template
  readonly check: CheckResult
  readonly summary: CheckSummary
  readonly plans: readonly PlanCoverage[]
  readonly partId: string | null
  readonly onPartChange: (partId: string | null) => void
  readonly finding: 'find' | 'replace' | null
  readonly onCloseFind: () => void
  readonly inform: (text: string) => void
  /** The clerk's defaults: what the 版头 prints when the report leaves the 发文机关标志 empty. */
  readonly settings: Settings
}

export function Workspace(props: WorkspaceProps): ReactNode {
  const { document: doc, session, report, template, check, partId, inform } = props
  const { editorRef, liveEditor, meta, onMetaChange } = doc
  const paste = useWholeReportPaste(doc, template, inform)

  const jump = (finding: Finding): void => {
    if (editorRef.current !== null) jumpToFinding(editorRef.current, finding)
  }
  const jumpLine = (line: number): void => {
    if (editorRef.current !== null) jumpToLine(editorRef.current, line)
  }
  const insert = (text: string): void => {
    if (editorRef.current !== null) insertSentence(editorRef.current, text)
  }

  // A finding's one-click correction: in its block through the editor (one undo step), or in the 标题
  const applyFix = (finding: Finding): void => {
    const fix = finding.fix
    if (fix === undefined) return
    if (fix.kind === 'replace' && fix.target === 'title') {
      if (meta.title !== null) onMetaChange({ ...meta, title: fixedText(meta.title, fix.replacements) })
      // a finding counting the 标题 and paragraphs too corrects those in the editor (its elsewhere)
      const editor = editorRef.current
      const body = editor === null ? null : fixTransaction(editor.state, finding)
      if (editor !== null && body !== null) editor.view.dispatch(body)
      inform(body === null ? `标题已${fix.label}` : `已${fix.label}，正文的改动可按 Ctrl+Z 撤销`)
      return
    }
    const editor = editorRef.current
    const tr = editor === null ? null : fixTransaction(editor.state, finding)
    if (editor === null || tr === null) {
      inform('没有找到要改的文字，可能已经改过了')
      return
    }
    editor.view.dispatch(tr.scrollIntoView())
    // a replacement flashes its block; a new paragraph has the cursor at its end, a removed part where it stood
    if (fix.kind === 'replace') jumpToFinding(editor, finding)
    else editor.commands.focus()
    inform(`已${fix.label}，可按 Ctrl+Z 撤销`)
  }

  // All text corrections at once: the body's in one editor transaction (one Ctrl+Z), the 标题's through its field
  const applyAllTextFixes = (): void => {
    const fixes = check.findings.filter((finding) => finding.fix?.kind === 'replace')
    const titleReplacements = fixes.flatMap(({ fix }) =>
      fix?.kind === 'replace' && fix.target === 'title' ? fix.replacements : [],
    )
    if (titleReplacements.length > 0 && meta.title !== null)
      onMetaChange({ ...meta, title: fixedText(meta.title, titleReplacements) })
    const editor = editorRef.current
    const tr =
      editor === null
        ? null
        : allReplacementsTransaction(
            editor.state,
            (state) =>
              checkReport(docToReport(state.toJSON() as JSONContent, doc.metaRef.current), template).findings,
          )
    if (editor !== null && tr !== null) {
      editor.view.dispatch(tr)
      // the writer's next key is likely Ctrl+Z or more typing: both belong to the editor
      editor.commands.focus()
    }
    const places = fixes.reduce((count, { fix }) => count + fixPlaceCount(fix), 0)
    inform(`已改正 ${String(places)} 处，正文的改动可按 Ctrl+Z 撤销`)
  }

  const addPart = (id: string): void => {
    const editor = editorRef.current
    const part = template.parts.find((candidate) => candidate.id === id)
    if (editor === null || part === undefined) return
    insertPart(editor, template, id, standardHeading(part, meta.reportYear))
  }

  return (
    <main className="workspace">
      <PartsOutline report={report} template={template} result={check} onJump={jumpLine} />
      <div className="page-scroller">
        {liveEditor !== null && <FormatBar editor={liveEditor} />}
        {props.finding !== null && liveEditor !== null && (
          <FindBar
            key={props.finding}
            editor={liveEditor}
            replace={props.finding === 'replace'}
            onClose={props.onCloseFind}
          />
        )}
        <PasteOfferBar paste={paste} />
        <article className="page" aria-label="报告页面">
          <PageHead meta={meta} mark={issuerMarkOf(meta, props.settings)} onChange={onMetaChange} />
          <ReportEditor
            key={session.loadKey}
            content={session.initialDoc}
            onReady={doc.setEditor}
            onChange={doc.onEditorChange}
            onPartChange={props.onPartChange}
            onPasteText={paste.onPasteText}
          />
          <PageFoot meta={meta} />
        </article>
      </div>
      <SidePanel
        guidance={
          <>
            <TemplateSwitch document={doc} template={template} inform={inform} />
            <GuidancePanel
              template={template}
              partId={partId}
              reportYear={meta.reportYear}
              result={check}
              onInsert={insert}
            >
              {partId === 'measures' && (
                <PlanChecklist
                  coverage={props.plans}
                  lastYear={meta.lastYear?.reportYear ?? null}
                  onJump={jumpLine}
                  onInsert={insert}
                />
              )}
            </GuidancePanel>
          </>
        }
        lastYear={<LastYearPanel report={report} partId={partId} />}
        check={
          <FindingsPanel
            result={check}
            summary={props.summary}
            template={template}
            onJump={jump}
            onAddPart={addPart}
            onFix={applyFix}
            onFixAllText={applyAllTextFixes}
            onConfirmAllStale={() => editorRef.current?.chain().focus().confirmStaleFigures('all').run()}
          />
        }
        meta={
          <MetaForm key={session.loadKey} meta={meta} settings={props.settings} onChange={onMetaChange} />
        }
      />
    </main>
  )
}
