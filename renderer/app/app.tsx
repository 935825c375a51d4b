// The app: start screen, then the editor page between the outline and the side panel, all wired to the
// Bridge. The editor owns the body text; React state holds metadata and a debounced snapshot for checks. What
// the commands do lives in hooks of their own: use-menu-commands (toolbar, menu, shortcuts), use-save-report,
// use-new-report, use-open-commands, use-word-export, use-autosave and use-draft-recovery.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { AutosaveDraft, FolderContents, RecentFile } from '../bridge/bridge'
import type { ReviewSummary } from '../core/review/review-summary'
import { builtinTemplateChoices, defaultTemplate, findBuiltinTemplate } from '../core/builtin-templates'
import type { Report } from '../core/report'
import { serializeReportFile } from '../core/report-file'
import type { AppError } from '../core/result'
import { defaultSettings, type Settings } from '../core/settings'
import { DraftsList } from './drafts-list'
import { useAutosave } from './use-autosave'
import { useConfirm } from './use-confirm'
import { useDraftRecovery } from './use-draft-recovery'
import { useLiveCheck } from './use-live-check'
import { useBridge } from './bridge-context'
import { offeredBaseName, untitledName, type LoadedReport } from './open-document'
import { Loading, LoadFailed, LoadingBoundary } from './loading-boundary'
import { lazyNamed } from './lazy-named'
import { usePrintPreview } from './print-preview/use-print-preview'
import { RecoveryBanner } from './recovery-banner'
import { SettingsDialog } from './settings-dialog'
import { StartScreen } from './start-screen'
import { StatusBar } from './status-bar'
import { Toolbar } from './toolbar'
import { useMenuCommands } from './use-menu-commands'
import { useNewReport } from './use-new-report'
import { useOpenCommands } from './use-open-commands'
import { useReportDocument } from './use-report-document'
import { useSaveReport } from './use-save-report'
import { useWordExport } from './use-word-export'
import { documentIdFor, newDocumentId } from './draft-slot'

interface Notice {
  readonly kind: 'info' | 'error'
  readonly text: string
}

// Loaded when first shown: the start screen needs none of the editor (Tiptap), the review (mammoth, the .xlsx writer)
// or the print layout (docx), and leaving them out lets it come up at once.
const Workspace = lazyNamed(async () => (await import('./workspace')).Workspace)
const ReviewMode = lazyNamed(async () => (await import('./review/review-mode')).ReviewMode)
const PrintPreview = lazyNamed(async () => (await import('./print-preview/print-preview')).PrintPreview)

const randomBytes = (bytes: Uint8Array): Uint8Array => crypto.getRandomValues(bytes)

export function App(): ReactNode {
  const bridge = useBridge()
  const [settings, setSettings] = useState<Settings>(defaultSettings)
  const [partId, setPartId] = useState<string | null>(null)
  const [notice, setNotice] = useState<Notice>({ kind: 'info', text: '就绪' })
  const [settingsOpen, setSettingsOpen] = useState(false)
  const [recent, setRecent] = useState<readonly RecentFile[]>([])
  const [finding, setFinding] = useState<'find' | 'replace' | null>(null)
  const [previewReport, setPreviewReport] = useState<Report | null>(null)
  const [reviewing, setReviewing] = useState<{ folder: FolderContents; summary: ReviewSummary } | null>(null)
  const preview = usePrintPreview()

  // The autosave snapshots this document, so it comes after it; edits reach it through this ref.
  const touchAutosave = useRef<() => void>(() => undefined)
  const doc = useReportDocument(() => touchAutosave.current())
  const { session, sessionRef, meta, metaRef, body, currentReport } = doc
  const [confirmDialog, ask] = useConfirm()

  // none on the start screen: parsing a template took some 50 ms of a cold start, and only a report needs one
  const template = useMemo(
    () => (session === null ? null : (findBuiltinTemplate(session.templateId) ?? defaultTemplate())),
    [session],
  )
  const report = useMemo<Report>(() => ({ ...body, meta }), [body, meta])
  const checked = useLiveCheck(report, template)
  const live = checked.live

  const fail = useCallback((error: AppError) => setNotice({ kind: 'error', text: error.message }), [])
  const inform = useCallback((text: string) => setNotice({ kind: 'info', text }), [])
  // null in the moment between opening a report and its check's code arriving (or when that code failed to load)
  const errors = live?.summary.errors ?? null
  const wordExport = useWordExport({ bridge, doc, report, errors, settings, fail, inform })
  const { choose: chooseWordExport } = wordExport

  const snapshot = useCallback(
    (slotOf: (documentId: string) => string): AutosaveDraft | null => {
      const current = sessionRef.current
      if (current === null) return null
      return {
        id: slotOf(current.documentId),
        documentId: current.documentId,
        content: serializeReportFile({ templateId: current.templateId, report: currentReport() }),
        title: metaRef.current.title,
        name: current.name,
        path: current.path,
        savedAt: new Date().toISOString(),
      }
    },
    [currentReport, metaRef, sessionRef],
  )
  const autosave = useAutosave(bridge, snapshot, (message) => setNotice({ kind: 'error', text: message }))
  const { clear: clearAutosave, slotOf, refresh: refreshDrafts, touch } = autosave
  useEffect(() => {
    touchAutosave.current = touch
  }, [touch])

  const { load: loadDocument } = doc
  /** Shows a loaded report; a report without a file gets a new document id unless it brings its own. */
  const load = useCallback(
    (loaded: LoadedReport, unsavedId: string = newDocumentId(randomBytes)) => {
      loadDocument({ ...loaded, documentId: documentIdFor(loaded.path, unsavedId) })
      setPartId(null)
    },
    [loadDocument],
  )

  const confirmDiscard = useCallback((): boolean => {
    const current = sessionRef.current
    if (current === null || !current.dirty) return true
    if (!window.confirm(`“${current.name}”尚未保存，确定要放弃更改吗？`)) return false
    clearAutosave(slotOf(current.documentId))
    return true
  }, [clearAutosave, sessionRef, slotOf])

  const { showOpened, showRolledOver } = useOpenCommands({ load, fail, inform, ask })

  const refreshRecent = useCallback(() => {
    void bridge.listRecent().then((result) => result.ok && setRecent(result.value))
  }, [bridge])

  const save = useSaveReport({
    bridge,
    doc,
    autosave,
    settings,
    onSettingsSaved: setSettings,
    onSaved: refreshRecent,
    fail,
    inform,
  })

  const startNew = useNewReport({ doc, settings, load, inform })

  const showPreview = useCallback(
    (shown: Report) => {
      setPreviewReport(shown)
      preview.show()
    },
    [preview],
  )
  const openSettings = useCallback(() => setSettingsOpen(true), [])
  const showReview = useCallback(
    (folder: FolderContents, reviewed: ReviewSummary) => setReviewing({ folder, summary: reviewed }),
    [],
  )
  const runCommand = useMenuCommands({
    bridge,
    doc,
    confirmDiscard,
    save,
    chooseWordExport,
    showPreview,
    openSettings,
    showReview,
    openFind: setFinding,
    showOpened,
    fail,
    inform,
  })

  useEffect(() => {
    void bridge.loadSettings().then((result) => (result.ok ? setSettings(result.value) : fail(result.error)))
    void bridge.takeLaunchFile().then((result) => {
      if (!result.ok) fail(result.error)
      else if (result.value !== null) void showOpened(result.value)
    })
    refreshRecent()
  }, [bridge, fail, refreshRecent, showOpened])

  useEffect(() => {
    void bridge.setDocumentState({ name: session?.name ?? '', dirty: session?.dirty ?? false })
  }, [bridge, session?.name, session?.dirty])

  const recovery = useDraftRecovery({ bridge, autosave, session, sessionRef, ask, load, fail, inform })

  // Back on the start screen (新建, a discarded report): list what is recoverable now.
  const onStartScreen = session === null && reviewing === null
  useEffect(() => {
    if (onStartScreen) refreshDrafts()
  }, [onStartScreen, refreshDrafts])

  return (
    <div className="app">
      <header className="app-header">
        <span className="app-name">法治年报</span>
        <Toolbar onCommand={(command) => void runCommand(command)} />
      </header>
      {notice.kind === 'error' && (
        <div className="notice-error" role="alert">
          {notice.text}
          <button type="button" aria-label="关闭提示" onClick={() => inform('就绪')}>
            ×
          </button>
        </div>
      )}
      {recovery.bannerDraft !== null && (
        <RecoveryBanner
          draft={recovery.bannerDraft}
          others={recovery.drafts.length - 1}
          onRecover={() => recovery.bannerDraft !== null && void recovery.recover(recovery.bannerDraft)}
          onLater={recovery.hideBanner}
        />
      )}
      {reviewing !== null ? (
        <LoadingBoundary part="审阅模式">
          <ReviewMode
            folder={reviewing.folder}
            summary={reviewing.summary}
            template={defaultTemplate()}
            onChooseFolder={() => void runCommand('review')}
            onExit={() => setReviewing(null)}
            onError={fail}
            onInfo={inform}
          />
        </LoadingBoundary>
      ) : session === null ? (
        <main className="start-area">
          <StartScreen
            key={settings.issuerMark}
            templates={builtinTemplateChoices()}
            defaultIssuerMark={settings.issuerMark}
            recent={recent}
            drafts={
              recovery.drafts.length === 0 ? null : (
                <DraftsList
                  drafts={recovery.drafts}
                  openElsewhere={recovery.openElsewhere}
                  onRecover={(draft) => void recovery.recover(draft)}
                  onDiscard={(draft) => void recovery.discard(draft)}
                />
              )
            }
            today={new Date()}
            onNew={startNew}
            onOpen={() => void runCommand('open')}
            onReview={() => void runCommand('review')}
            onStartFromLastYear={(year) =>
              void bridge.openFile().then(async (result) => {
                if (!result.ok) return fail(result.error)
                if (result.value !== null) await showRolledOver(result.value, year)
              })
            }
            onOpenRecent={(path) =>
              void bridge
                .openRecent(path)
                .then((result) => (result.ok ? void showOpened(result.value) : fail(result.error)))
            }
          />
        </main>
      ) : live === null ? (
        checked.status === 'failed' ? (
          <LoadFailed part="编辑器" />
        ) : (
          <Loading part="编辑器" />
        )
      ) : (
        <LoadingBoundary part="编辑器">
          <Workspace
            document={doc}
            session={session}
            report={report}
            template={live.template}
            check={live.check}
            summary={live.summary}
            plans={live.plans}
            partId={partId}
            onPartChange={setPartId}
            finding={finding}
            onCloseFind={() => setFinding(null)}
            inform={inform}
            settings={settings}
          />
        </LoadingBoundary>
      )}
      <StatusBar
        documentName={session?.name ?? '未打开报告'}
        dirty={session?.dirty ?? false}
        message={notice.text}
        checkSummary={live?.summary.text ?? null}
        platform={bridge.platform}
      />
      {preview.open && previewReport !== null && (
        <LoadingBoundary part="打印预览" className="loading-overlay">
          <PrintPreview
            report={previewReport}
            settings={settings}
            actions={{
              busy: preview.busy,
              onClose: () => preview.close(),
              onPrint: () => void preview.print().then((result) => !result.ok && fail(result.error)),
              onExportPdf: () =>
                void preview
                  .exportPdf(`${offeredBaseName(session?.name ?? untitledName, metaRef.current)}.pdf`)
                  .then((result) => {
                    if (!result.ok) return fail(result.error)
                    if (result.value !== null) inform(`已导出“${result.value.name}”`)
                  }),
            }}
          />
        </LoadingBoundary>
      )}
      {wordExport.dialog}
      {confirmDialog}
      {settingsOpen && (
        <SettingsDialog
          initial={settings}
          onCancel={() => setSettingsOpen(false)}
          onSave={(next) =>
            void bridge.saveSettings(next).then((result) => {
              if (!result.ok) return fail(result.error)
              setSettings(result.value)
              setSettingsOpen(false)
              inform('设置已保存')
            })
          }
        />
      )}
    </div>
  )
}
