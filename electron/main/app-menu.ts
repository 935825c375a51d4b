// The native menu in Chinese, laid out as Word/WPS users expect. Shortcuts are handled by the renderer
// (so browser mode has them too); the menu only shows them, with registerAccelerator: false, or each
// key press would fire twice.
import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { MenuCommand, RecentFile } from '../../renderer/bridge/bridge'

export interface MenuActions {
  command(command: MenuCommand): void
  openRecent(path: string): void
  quit(): void
}

function item(label: string, command: MenuCommand, accelerator: string | undefined, actions: MenuActions) {
  return {
    label,
    ...(accelerator === undefined ? {} : { accelerator, registerAccelerator: false }),
    click: () => actions.command(command),
  } satisfies MenuItemConstructorOptions
}

export function buildAppMenu(recent: readonly RecentFile[], actions: MenuActions, isDev: boolean): Menu {
  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: '（无）', enabled: false }]
      : recent.map((file) => ({
          label: file.name,
          toolTip: file.path,
          click: () => actions.openRecent(file.path),
        }))
  const template: MenuItemConstructorOptions[] = [
    {
      label: '文件(&F)',
      submenu: [
        item('新建(&N)', 'new', 'CmdOrCtrl+N', actions),
        item('打开(&O)…', 'open', 'CmdOrCtrl+O', actions),
        { label: '最近打开(&R)', submenu: recentItems },
        { type: 'separator' },
        item('保存(&S)', 'save', 'CmdOrCtrl+S', actions),
        item('另存为(&A)…', 'save-as', 'CmdOrCtrl+Shift+S', actions),
        item('导出 Word(&E)…', 'export-docx', 'CmdOrCtrl+E', actions),
        { type: 'separator' },
        item('打印(&P)…', 'print', 'CmdOrCtrl+P', actions),
        { type: 'separator' },
        item('审阅文件夹…', 'review', undefined, actions),
        { type: 'separator' },
        item('设置…', 'settings', undefined, actions),
        { type: 'separator' },
        { label: '退出(&X)', click: () => actions.quit() },
      ],
    },
    {
      label: '编辑(&E)',
      submenu: [
        item('撤销(&U)', 'undo', 'CmdOrCtrl+Z', actions),
        item('重做(&R)', 'redo', 'CmdOrCtrl+Y', actions),
        { type: 'separator' },
        { label: '剪切(&T)', role: 'cut' },
        { label: '复制(&C)', role: 'copy' },
        { label: '粘贴(&P)', role: 'paste' },
        { label: '全选(&L)', role: 'selectAll' },
        { type: 'separator' },
        item('查找(&F)…', 'find', 'CmdOrCtrl+F', actions),
        item('替换(&H)…', 'replace', 'CmdOrCtrl+H', actions),
      ],
    },
    {
      label: '视图(&V)',
      submenu: [
        { label: '放大', role: 'zoomIn' },
        { label: '缩小', role: 'zoomOut' },
        { label: '实际大小', role: 'resetZoom' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen' },
        ...(isDev
          ? [{ type: 'separator' as const }, { label: '开发者工具', role: 'toggleDevTools' as const }]
          : []),
      ],
    },
    {
      label: '帮助(&H)',
      submenu: [item('关于法治年报(&A)', 'about', undefined, actions)],
    },
  ]
  return Menu.buildFromTemplate(template)
}
