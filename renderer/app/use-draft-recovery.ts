// Recovering and discarding autosaved drafts: from the start-up banner or the start screen's list. Nothing
// in the window is replaced without asking, and what is replaced stays recoverable: the open report's own
// draft is stored before the recovered one takes the window.
import { useCallback, useState, type RefObject } from 'react'
import type { AutosaveSummary, Bridge } from '../bridge/bridge'
import { parseReportFile } from '../core/report-file'
import type { AppError } from '../core/result'
import type { LoadedReport } from './open-document'
import { untitledName } from './open-document'
import type { AutosaveControls } from './use-autosave'
import type { ConfirmRequest } from './use-confirm'
import type { Session } from './use-report-document'

export interface DraftRecoveryOptions {
  readonly bridge: Bridge
  readonly autosave: AutosaveControls
  readonly session: Session | null
  readonly sessionRef: RefObject<Session | null>
  readonly ask: (request: ConfirmRequest) => Promise<boolean>
  /** Shows the recovered report under the document id it had. */
  readonly load: (loaded: LoadedReport, documentId: string) => void
  readonly fail: (error: AppError) => void
  readonly inform: (text: string) => void
}

export interface DraftRecovery {
  /** Drafts other than the one this window is writing now, newest first. */
  readonly drafts: readonly AutosaveSummary[]
  /** Drafts another open window is writing: listed, but not to recover or discard from here. */
  readonly openElsewhere: (draft: AutosaveSummary) => boolean
  /** The start-up banner's draft; null once the writer has answered it or there is none. */
  readonly bannerDraft: AutosaveSummary | null
  readonly hideBanner: () => void
  readonly recover: (draft: AutosaveSummary) => Promise<void>
  readonly discard: (draft: AutosaveSummary) => Promise<void>
}

const draftName = (draft: AutosaveSummary): string => draft.name ?? untitledName

export function useDraftRecovery(options: DraftRecoveryOptions): DraftRecovery {
  const { bridge, autosave, session, sessionRef, ask, load, fail, inform } = options
  const [bannerAnswered, setBannerAnswered] = useState(false)
  const liveSlot = session === null ? null : autosave.slotOf(session.documentId)
  const drafts = (autosave.drafts ?? []).filter((draft) => draft.id !== liveSlot)
  const { refresh, flush, slotOf, openElsewhere } = autosave

  const recover = useCallback(
    async (draft: AutosaveSummary): Promise<void> => {
      if (openElsewhere(draft)) return inform(`“${draftName(draft)}”正在其他窗口中编辑，请到那个窗口保存`)
      const open = sessionRef.current
      if (open?.dirty === true) {
        const replace = await ask({
          title: '恢复未保存的报告',
          message: `恢复“${draftName(draft)}”将替换窗口中正在编辑的“${open.name}”。“${open.name}”尚未保存的内容会保留在开始页的“未保存的报告”中，可以随时恢复。`,
          confirmLabel: '恢复',
        })
        if (!replace) return
      }
      setBannerAnswered(true)
      const loaded = await bridge.loadAutosave(draft.id)
      if (!loaded.ok) return fail(loaded.error)
      const stored = loaded.value
      if (stored === null) {
        refresh()
        return inform(`“${draftName(draft)}”已不在未保存的报告中（可能已在其他窗口恢复或丢弃）`)
      }
      const parsed = parseReportFile(stored.content)
      if (!parsed.ok) return fail(parsed.error)
      // What the window holds goes to its own slot first, so replacing it loses nothing.
      await flush()
      // The draft moves to this window's slot: two windows recovering one draft then write two slots, not
      // one; the old slot goes only once the new one holds the text.
      const slot = slotOf(stored.documentId)
      if (slot !== stored.id) {
        const moved = await bridge.storeAutosave({ ...stored, id: slot })
        if (!moved.ok) return fail(moved.error)
        await bridge.clearAutosave(stored.id)
      }
      load(
        {
          report: parsed.value.report,
          templateId: parsed.value.templateId,
          name: stored.name ?? untitledName,
          path: stored.path,
          dirty: true,
          notices: [],
        },
        stored.documentId,
      )
      refresh()
      inform('已恢复自动保存的内容，请及时保存')
    },
    [ask, bridge, fail, flush, inform, load, openElsewhere, refresh, sessionRef, slotOf],
  )

  const discard = useCallback(
    async (draft: AutosaveSummary): Promise<void> => {
      if (openElsewhere(draft)) return inform(`“${draftName(draft)}”正在其他窗口中编辑，请到那个窗口保存`)
      const confirmed = await ask({
        title: '丢弃未保存的报告',
        message: `丢弃后，“${draftName(draft)}”自动保存的内容将无法找回。确定要丢弃吗？`,
        confirmLabel: '丢弃',
      })
      if (!confirmed) return
      const cleared = await bridge.clearAutosave(draft.id)
      if (!cleared.ok) return fail(cleared.error)
      refresh()
      inform(`已丢弃“${draftName(draft)}”`)
    },
    [ask, bridge, fail, inform, openElsewhere, refresh],
  )

  return {
    drafts,
    openElsewhere,
    bannerDraft: bannerAnswered ? null : (drafts.find((draft) => !openElsewhere(draft)) ?? null),
    hideBanner: () => setBannerAnswered(true),
    recover,
    discard,
  }
}
