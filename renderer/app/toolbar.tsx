import type { ReactNode } from 'react'
import type { MenuCommand } from '../bridge/bridge'

interface ToolbarButton {
  readonly command: MenuCommand
  readonly label: string
  readonly hint: string
}

const groups: readonly (readonly ToolbarButton[])[] = [
  [
    { command: 'new', label: '新建', hint: '新建报告（Ctrl+N）' },
    { command: 'open', label: '打开', hint: '打开报告、Word 文档或文本（Ctrl+O）' },
    { command: 'save', label: '保存', hint: '保存（Ctrl+S）' },
    { command: 'save-as', label: '另存为', hint: '另存为（Ctrl+Shift+S）' },
  ],
  [
    { command: 'export-docx', label: '导出 Word', hint: '导出公文格式的 Word 文档（Ctrl+E）' },
    { command: 'print', label: '打印预览', hint: '按公文格式分页预览，可打印或导出 PDF（Ctrl+P）' },
  ],
  [
    { command: 'undo', label: '撤销', hint: '撤销（Ctrl+Z）' },
    { command: 'redo', label: '重做', hint: '重做（Ctrl+Y）' },
    { command: 'find', label: '查找', hint: '查找（Ctrl+F）' },
  ],
  [
    { command: 'review', label: '审阅', hint: '审阅一个文件夹中的多份报告（县级）' },
    { command: 'settings', label: '设置', hint: '默认发文机关、签发人、字体等' },
  ],
]

export function Toolbar({ onCommand }: { onCommand: (command: MenuCommand) => void }): ReactNode {
  return (
    <div className="toolbar" role="toolbar" aria-label="常用操作">
      {groups.map((group, index) => (
        <div className="toolbar-group" key={index}>
          {group.map((button) => (
            <button
              key={button.command}
              type="button"
              className="toolbar-button"
              title={button.hint}
              onClick={() => onCommand(button.command)}
            >
              {button.label}
            </button>
          ))}
        </div>
      ))}
    </div>
  )
}
