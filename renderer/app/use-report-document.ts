// The document being edited: which file it is (session), its metadata in React state, the body as the
// editor holds it and a debounced snapshot of it for the check. Commands and layout live in app.tsx and
// workspace.tsx; this hook only knows what is loaded and whether it changed.
import type { Editor, JSONContent } from '@tiptap/core'
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'
import { emptyReport, type Report, type ReportMeta } from '../core/report'
import { docToReport } from '../editor/doc-to-report'
import { reportToDoc } from '../editor/report-to-doc'
import type { LoadedReport } from './open-document'

export interface Session {
  readonly name: string
  readonly path: string | null
  readonly templateId: string
  readonly dirty: boolean
  /**
   * Which report this is, for its autosave slot: the file's path once it has one, else an id made when the
   * report was created or imported (kept by a recovered draft, so its next autosaves stay one document).
   */
  readonly documentId: string
  /** Changes whenever a different document is loaded, so the editor starts afresh. */
  readonly loadKey: number
  readonly initialDoc: JSONContent
}

/** What load() takes: a report from a file, the template or a recovered draft. */
export interface LoadedDocument extends LoadedReport {
  readonly documentId: string
}

export interface ReportDocument {
  readonly session: Session | null
  readonly sessionRef: RefObject<Session | null>
  readonly setSession: (update: (current: Session | null) => Session | null) => void
  readonly meta: ReportMeta
  readonly metaRef: RefObject<ReportMeta>
  /** The body as of the last check snapshot (0.3 s after typing stops). */
  readonly body: Report
  readonly editorRef: RefObject<Editor | null>
  /** The editor for components that render with it (format bar, find bar); null while none is mounted. */
  readonly liveEditor: Editor | null
  readonly setEditor: (editor: Editor | null) => void
  readonly load: (loaded: LoadedDocument) => void
  /** Restarts the editor from the report as it stands (leaving review mode brings the same draft back). */
  readonly remount: () => void
  /**
   * The same document holding another report (recognised from a paste, taken to another template): the editor
   * starts afresh from it, and the change counts as an edit, unsaved and in the next autosave.
   */
  readonly replaceReport: (report: Report, templateId?: string) => void
  /** The report as it stands this instant, straight from the editor (not the debounced snapshot). */
  readonly currentReport: () => Report
  readonly onEditorChange: () => void
  readonly onMetaChange: (next: ReportMeta) => void
  /**
   * How many edits the document has had: a save compares it before and after writing, so what was typed while
   * the file was being written stays unsaved (and autosaved) instead of being taken for saved.
   */
  readonly editCount: () => number
}

/** Idle time before the check runs on what was typed: long enough never to compete with typing. */
const checkDelayMs = 300

/** `onChange` runs on every edit, body or metadata (the autosave's cue); it may change between renders. */
export function useReportDocument(onChange: () => void): ReportDocument {
  const [session, setSessionState] = useState<Session | null>(null)
  const [meta, setMeta] = useState<ReportMeta>(emptyReport().meta)
  const [body, setBody] = useState<Report>(emptyReport())
  const [liveEditor, setLiveEditor] = useState<Editor | null>(null)

  const editorRef = useRef<Editor | null>(null)
  const sessionRef = useRef<Session | null>(session)
  const metaRef = useRef(meta)
  const syncTimer = useRef<number | undefined>(undefined)
  const loadCount = useRef(0)
  const onChangeRef = useRef(onChange)
  useEffect(() => {
    sessionRef.current = session
    metaRef.current = meta
    onChangeRef.current = onChange
  })

  // The ref follows at once too: a command right after (save, autosave on pagehide) must see the new session.
  const setSession = useCallback((update: (current: Session | null) => Session | null) => {
    setSessionState((current) => {
      const next = update(current)
      sessionRef.current = next
      return next
    })
  }, [])

  const setEditor = useCallback((editor: Editor | null) => {
    editorRef.current = editor
    setLiveEditor(editor)
  }, [])

  const currentReport = useCallback((): Report => {
    const editor = editorRef.current
    const editorBody = editor === null ? body : docToReport(editor.getJSON(), metaRef.current)
    return { ...editorBody, meta: metaRef.current }
  }, [body])

  const edits = useRef(0)
  const editCount = useCallback(() => edits.current, [])

  const markDirty = useCallback(() => {
    edits.current += 1
    setSession((current) => (current === null || current.dirty ? current : { ...current, dirty: true }))
    onChangeRef.current()
  }, [setSession])

  const load = useCallback(
    (loaded: LoadedDocument) => {
      loadCount.current += 1
      const initialDoc = reportToDoc(loaded.report)
      const next: Session = {
        name: loaded.name,
        path: loaded.path,
        templateId: loaded.templateId,
        dirty: loaded.dirty,
        documentId: loaded.documentId,
        loadKey: loadCount.current,
        initialDoc,
      }
      setSession(() => next)
      setMeta(loaded.report.meta)
      metaRef.current = loaded.report.meta
      // Numbered as the editor numbers its blocks (not as the imported file's lines), so findings jump right.
      setBody(docToReport(initialDoc, loaded.report.meta))
    },
    [setSession],
  )

  const remount = useCallback(() => {
    const report = currentReport()
    loadCount.current += 1
    const loadKey = loadCount.current
    setSession((current) =>
      current === null ? current : { ...current, initialDoc: reportToDoc(report), loadKey },
    )
  }, [currentReport, setSession])

  const replaceReport = useCallback(
    (report: Report, templateId?: string) => {
      const current = sessionRef.current
      if (current === null) return
      const { name, path, documentId } = current
      load({
        report,
        name,
        path,
        documentId,
        templateId: templateId ?? current.templateId,
        dirty: true,
        notices: [],
      })
      markDirty()
    },
    [load, markDirty],
  )

  const onEditorChange = useCallback(() => {
    markDirty()
    window.clearTimeout(syncTimer.current)
    syncTimer.current = window.setTimeout(() => {
      const editor = editorRef.current
      if (editor !== null) setBody(docToReport(editor.getJSON(), metaRef.current))
    }, checkDelayMs)
  }, [markDirty])

  const onMetaChange = useCallback(
    (next: ReportMeta) => {
      setMeta(next)
      metaRef.current = next
      markDirty()
    },
    [markDirty],
  )

  return {
    session,
    sessionRef,
    setSession,
    meta,
    metaRef,
    body,
    editorRef,
    liveEditor,
    setEditor,
    load,
    remount,
    replaceReport,
    currentReport,
    editCount,
    onEditorChange,
    onMetaChange,
  }
}
