// 格式: paragraph levels (正文, （一）, 1., （1）), bold, lists and a table, as in a Word ribbon. It only
// re-renders when the block type under the cursor changes, never on every keystroke.
import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import type { ReactNode } from 'react'

interface FormatState {
  readonly block: 'paragraph' | 'part-heading' | 2 | 3 | 4 | 'other'
  readonly bold: boolean
  readonly bulletList: boolean
  readonly orderedList: boolean
  readonly inTable: boolean
  /** The cursor is on a figure carried over from last year. */
  readonly stale: boolean
}

function formatState(editor: Editor): FormatState {
  const level = Number(editor.getAttributes('subHeading')['level'])
  const block: FormatState['block'] = editor.isActive('partHeading')
    ? 'part-heading'
    : editor.isActive('subHeading') && (level === 2 || level === 3 || level === 4)
      ? level
      : editor.isActive('paragraph')
        ? 'paragraph'
        : 'other'
  return {
    block,
    bold: editor.isActive('bold'),
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    inTable: editor.isActive('table'),
    stale: editor.isActive('staleFigure'),
  }
}

const levels = [
  { level: 'paragraph', label: '正文', hint: '正文段落（Ctrl+Alt+0）' },
  { level: 2, label: '（一）标题', hint: '二级标题，楷体（Ctrl+Alt+2）' },
  { level: 3, label: '1. 标题', hint: '三级标题（Ctrl+Alt+3）' },
  { level: 4, label: '（1）标题', hint: '四级标题（Ctrl+Alt+4）' },
] as const

export function FormatBar({ editor }: { readonly editor: Editor }): ReactNode {
  const state = useEditorState({ editor, selector: ({ editor: current }) => formatState(current) })
  const inHeading = state.block === 'part-heading'
  return (
    <div className="format-bar" role="toolbar" aria-label="格式">
      {levels.map(({ level, label, hint }) => (
        <button
          key={label}
          type="button"
          title={hint}
          aria-pressed={state.block === level}
          disabled={inHeading}
          onClick={() =>
            level === 'paragraph'
              ? editor.chain().focus().setParagraph().run()
              : editor.chain().focus().setSubHeading(level).run()
          }
        >
          {label}
        </button>
      ))}
      <span className="format-separator" />
      <button
        type="button"
        title="加粗（Ctrl+B）"
        aria-pressed={state.bold}
        disabled={inHeading}
        onClick={() => editor.chain().focus().toggleBold().run()}
      >
        <b>加粗</b>
      </button>
      <button
        type="button"
        title="项目列表"
        aria-pressed={state.bulletList}
        disabled={inHeading}
        onClick={() => editor.chain().focus().toggleBulletList().run()}
      >
        • 列表
      </button>
      <button
        type="button"
        title="编号列表"
        aria-pressed={state.orderedList}
        disabled={inHeading}
        onClick={() => editor.chain().focus().toggleOrderedList().run()}
      >
        1. 列表
      </button>
      <button
        type="button"
        title="插入表格（3 行 3 列，首行为表头）"
        disabled={inHeading || state.inTable}
        onClick={() => editor.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
      >
        插入表格
      </button>
      {state.stale && (
        <button
          type="button"
          className="confirm-figure"
          title="这个数字今年没有变化：去掉橙色标记"
          onClick={() => editor.chain().focus().confirmStaleFigures('cursor').run()}
        >
          确认此数字
        </button>
      )}
      {state.inTable && (
        <>
          <button type="button" onClick={() => editor.chain().focus().addRowAfter().run()}>
            加一行
          </button>
          <button type="button" onClick={() => editor.chain().focus().addColumnAfter().run()}>
            加一列
          </button>
          <button type="button" onClick={() => editor.chain().focus().deleteRow().run()}>
            删行
          </button>
          <button type="button" onClick={() => editor.chain().focus().deleteTable().run()}>
            删除表格
          </button>
        </>
      )}
    </div>
  )
}
