// Native dialogs with Chinese labels and filters.
import { type BrowserWindow, dialog } from 'electron'
import type { TroubleDialog } from './renderer-trouble'

const openFilters = [
  { name: '所有支持的文件', extensions: ['fznb', 'docx', 'txt', 'md'] },
  { name: '法治年报文件', extensions: ['fznb'] },
  { name: 'Word 文档', extensions: ['docx'] },
  { name: '纯文本', extensions: ['txt', 'md'] },
]

export async function askOpenPath(window: BrowserWindow): Promise<string | null> {
  const answer = await dialog.showOpenDialog(window, {
    title: '打开报告',
    buttonLabel: '打开',
    properties: ['openFile'],
    filters: openFilters,
  })
  return answer.canceled ? null : (answer.filePaths[0] ?? null)
}

export type SaveKind = 'report' | 'docx' | 'pdf' | 'html' | 'xlsx'

const saveDialogs: Readonly<
  Record<SaveKind, { title: string; buttonLabel: string; filter: Electron.FileFilter }>
> = {
  report: { title: '保存报告', buttonLabel: '保存', filter: { name: '法治年报文件', extensions: ['fznb'] } },
  docx: { title: '导出 Word 文档', buttonLabel: '导出', filter: { name: 'Word 文档', extensions: ['docx'] } },
  pdf: { title: '导出 PDF', buttonLabel: '导出', filter: { name: 'PDF 文档', extensions: ['pdf'] } },
  html: { title: '导出审阅汇总', buttonLabel: '导出', filter: { name: '网页', extensions: ['html'] } },
  xlsx: { title: '导出审阅汇总', buttonLabel: '导出', filter: { name: 'Excel 表格', extensions: ['xlsx'] } },
}

export async function askFolderPath(window: BrowserWindow): Promise<string | null> {
  const answer = await dialog.showOpenDialog(window, {
    title: '选择要审阅的报告文件夹',
    buttonLabel: '审阅此文件夹',
    properties: ['openDirectory'],
  })
  return answer.canceled ? null : (answer.filePaths[0] ?? null)
}

export async function askSavePath(
  window: BrowserWindow,
  suggestedName: string,
  kind: SaveKind,
): Promise<string | null> {
  const { title, buttonLabel, filter } = saveDialogs[kind]
  const answer = await dialog.showSaveDialog(window, {
    title,
    buttonLabel,
    defaultPath: suggestedName,
    filters: [filter],
  })
  return answer.canceled ? null : (answer.filePath ?? null)
}

export type CloseChoice = 'save' | 'discard' | 'cancel'

export async function askCloseWithUnsavedChanges(window: BrowserWindow, name: string): Promise<CloseChoice> {
  const answer = await dialog.showMessageBox(window, {
    type: 'warning',
    title: '法治年报',
    message: `是否保存对“${name}”的更改？`,
    detail: '如果不保存，您的更改将会丢失。',
    buttons: ['保存', '不保存', '取消'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  })
  return (['save', 'discard', 'cancel'] as const)[answer.response] ?? 'cancel'
}

/** The question of renderer-trouble.ts (page died or hangs); the index of the button chosen. */
export async function askAboutRendererTrouble(
  window: BrowserWindow,
  question: TroubleDialog,
): Promise<number> {
  const answer = await dialog.showMessageBox(window, {
    ...question,
    buttons: [...question.buttons],
    noLink: true,
  })
  return answer.response
}

export async function showAbout(window: BrowserWindow, version: string): Promise<void> {
  await dialog.showMessageBox(window, {
    type: 'info',
    title: '关于法治年报',
    message: `法治年报 ${version}`,
    detail: '乡镇（街道）法治政府建设年度报告的起草、检查与排版工具。完全离线运行，报告只保存在本机。',
    buttons: ['确定'],
    noLink: true,
  })
}
