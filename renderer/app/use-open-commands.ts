// 打开 and 从去年的报告开始: a file the clerk picked, shown in the editor with what happened to it in the status line —
// imported under a new name, rolled over with its marks, or not rolled over because years would be skipped.
import { useCallback } from 'react'
import type { OpenedFile } from '../bridge/bridge'
import { defaultTemplate } from '../core/builtin-templates'
import type { AppError } from '../core/result'
import { skippedYears } from '../core/rollover/skipped-years'
import { loadOpenedFile, startFromLastYear, type LoadedReport } from './open-document'
import type { ConfirmRequest } from './use-confirm'

export interface OpenCommandInputs {
  readonly load: (loaded: LoadedReport) => void
  readonly fail: (error: AppError) => void
  readonly inform: (text: string) => void
  readonly ask: (request: ConfirmRequest) => Promise<boolean>
}

export interface OpenCommands {
  readonly showOpened: (file: OpenedFile) => Promise<void>
  readonly showRolledOver: (file: OpenedFile, year: number) => Promise<void>
}

export function useOpenCommands({ load, fail, inform, ask }: OpenCommandInputs): OpenCommands {
  const showOpened = useCallback(
    async (file: OpenedFile) => {
      const loaded = await loadOpenedFile(file, defaultTemplate())
      if (!loaded.ok) return fail(loaded.error)
      load(loaded.value)
      const opened =
        file.kind === 'report'
          ? `已打开“${file.name}”`
          : `已导入“${file.name}”，保存时将存为“${loaded.value.name}”`
      inform([opened, ...loaded.value.notices].join('；'))
    },
    [fail, inform, load],
  )

  const showRolledOver = useCallback(
    async (file: OpenedFile, year: number) => {
      const loaded = await startFromLastYear(file, defaultTemplate(), year, ({ from, to }) =>
        ask({
          title: '跳过了年度',
          message: `“${file.name}”是 ${String(from)} 年度的报告，新报告定为 ${String(to)} 年度，中间的 ${skippedYears(from, to).join('、')} 年度被跳过了。通常应从上一年度的报告开始写下一年度。是否仍生成 ${String(to)} 年度的草稿？`,
          confirmLabel: `仍生成 ${String(to)} 年度`,
        }),
      )
      if (!loaded.ok) return fail(loaded.error)
      if (loaded.value === null) return inform('已取消：可在开始页改选报告年度后再试')
      load(loaded.value)
      inform(
        [
          `已根据“${file.name}”生成 ${String(year)} 年度草稿：去年的数字已标为橙色，请逐一更新或确认；去年的工作安排已列入“写作指引”的核对清单`,
          ...loaded.value.notices,
        ].join('；'),
      )
    },
    [ask, fail, inform, load],
  )

  return { showOpened, showRolledOver }
}
