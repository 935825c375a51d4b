// What to tell the clerk when the page dies (render-process-gone: crash, out of memory, killed) or
// hangs (unresponsive), and what to do with the answer. Pure, so it is tested without Electron;
// watch-renderer.ts wires it to the window. Reloading brings the page back with the draft the
// autosave kept (the recovery banner offers it), so only the last few seconds of typing can be lost.

export type RendererTrouble =
  | { readonly kind: 'gone'; readonly reason: string; readonly exitCode: number }
  | { readonly kind: 'unresponsive' }

export type TroubleAction = 'reload' | 'wait' | 'quit'

/** The options of Electron's dialog.showMessageBox, as plain data. */
export interface TroubleDialog {
  readonly type: 'error' | 'warning'
  readonly title: string
  readonly message: string
  readonly detail: string
  readonly buttons: readonly string[]
  readonly defaultId: number
  readonly cancelId: number
}

const reasons: Readonly<Record<string, string>> = {
  crashed: '页面程序崩溃',
  oom: '内存不足',
  killed: '页面程序被系统或其他程序结束',
  'abnormal-exit': '页面程序异常退出',
  'launch-failed': '页面程序未能启动',
  'integrity-failure': '程序文件校验失败',
  'memory-eviction': '系统内存不足，页面被回收',
}

const reloadButton = '重新载入并恢复草稿'

/**
 * null when nothing needs saying: `clean-exit` is the page closing normally (the window is closing).
 * `recent`: how many times the page died in the last minutes; a page that keeps dying is more likely
 * a damaged installation or a file that crashes it than bad luck, and the clerk is told so.
 */
export function troubleDialog(trouble: RendererTrouble, recent: number): TroubleDialog | null {
  if (trouble.kind === 'unresponsive')
    return {
      type: 'warning',
      title: '法治年报',
      message: '法治年报暂时没有响应。',
      detail:
        '可以继续等待（例如正在处理很长的报告），或重新载入页面。重新载入后会恢复自动保存的草稿，最近几秒的修改可能丢失。',
      buttons: ['继续等待', reloadButton],
      defaultId: 0,
      cancelId: 0,
    }
  if (trouble.reason === 'clean-exit') return null
  const reason = reasons[trouble.reason] ?? '页面程序意外退出'
  const repeated =
    recent >= 3
      ? '\n页面已多次意外退出。如果每次打开同一份文件都会这样，请先不要打开它，并把日志文件发给技术人员。'
      : ''
  return {
    type: 'error',
    title: '法治年报',
    message: `法治年报的页面意外退出（${reason}）。`,
    detail: `重新载入后会恢复自动保存的草稿，最近几秒的修改可能丢失。${repeated}`,
    buttons: [reloadButton, '退出'],
    defaultId: 0,
    cancelId: 1,
  }
}

/** The clerk's answer (the index of the button) → what to do. */
export function troubleAction(trouble: RendererTrouble, response: number): TroubleAction {
  const dialog = troubleDialog(trouble, 0)
  if (dialog === null) return 'wait'
  const button = dialog.buttons[response]
  if (button === reloadButton) return 'reload'
  return trouble.kind === 'unresponsive' ? 'wait' : 'quit'
}

/** One line of the log in userData: ISO time, event, reason and exit code, for whoever looks later. */
export function troubleLogLine(trouble: RendererTrouble, at: string): string {
  return trouble.kind === 'unresponsive'
    ? `${at} unresponsive\n`
    : `${at} render-process-gone reason=${trouble.reason} exitCode=${String(trouble.exitCode)}\n`
}

/** Deaths within this window count as repeated (troubleDialog's `recent`). */
export const repeatWindowMs = 5 * 60 * 1000
