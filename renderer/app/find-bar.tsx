// The 查找/替换 bar above the page (Ctrl+F, Ctrl+H): Enter finds the next match, Shift+Enter the
// previous, Esc closes and clears the highlights.
import type { Editor } from '@tiptap/core'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { findState, type FindState } from '../editor/plugins/find-replace'

export interface FindBarProps {
  readonly editor: Editor
  readonly replace: boolean
  readonly onClose: () => void
}

export function FindBar({ editor, replace, onClose }: FindBarProps): ReactNode {
  const [term, setTerm] = useState('')
  const [replacement, setReplacement] = useState('')
  const [state, setState] = useState<FindState>(() => findState(editor.state))
  const input = useRef<HTMLInputElement>(null)

  useEffect(() => {
    const update = (): void => setState(findState(editor.state))
    editor.on('transaction', update)
    input.current?.focus()
    input.current?.select()
    return () => {
      editor.off('transaction', update)
    }
  }, [editor])

  useEffect(() => () => void editor.commands.clearSearch(), [editor])

  const close = (): void => {
    editor.commands.clearSearch()
    onClose()
    editor.commands.focus()
  }
  const count =
    term === ''
      ? ''
      : state.matches.length === 0
        ? '无匹配'
        : `第 ${String(state.current + 1)} / ${String(state.matches.length)} 处`

  return (
    <div
      className="find-bar"
      role="search"
      aria-label={replace ? '查找和替换' : '查找'}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close()
      }}
    >
      <input
        ref={input}
        aria-label="查找内容"
        placeholder="查找内容"
        value={term}
        onChange={(event) => {
          setTerm(event.target.value)
          editor.commands.setSearchTerm(event.target.value)
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return
          event.preventDefault()
          if (event.shiftKey) editor.commands.findPrevious()
          else editor.commands.findNext()
        }}
      />
      <span className="find-count" data-testid="find-count">
        {count}
      </span>
      <button
        type="button"
        onClick={() => editor.commands.findPrevious()}
        disabled={state.matches.length === 0}
      >
        上一个
      </button>
      <button type="button" onClick={() => editor.commands.findNext()} disabled={state.matches.length === 0}>
        下一个
      </button>
      {replace && (
        <>
          <input
            aria-label="替换为"
            placeholder="替换为"
            value={replacement}
            onChange={(event) => setReplacement(event.target.value)}
          />
          <button
            type="button"
            onClick={() => editor.chain().replaceCurrent(replacement).findNext().run()}
            disabled={state.current < 0}
          >
            替换
          </button>
          <button
            type="button"
            onClick={() => editor.commands.replaceAll(replacement)}
            disabled={state.matches.length === 0}
          >
            全部替换
          </button>
        </>
      )}
      <button type="button" aria-label="关闭查找" onClick={close}>
        ×
      </button>
    </div>
  )
}
