// The 查找/替换 bar above the page (Ctrl+F, Ctrl+H): Enter finds the next match, Shift+Enter the
// previous, Esc closes and clears the highlights. It sticks under the format bar and keeps the match it
// goes to in sight below both; 全部替换 says how many places it changed.
import type { Editor } from '@tiptap/core'
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react'
import { findState, type FindState } from '../editor/plugins/find-replace'

/** Room left between the bar and the match it scrolled to, so the match is not flush with its edge. */
const clearance = 12

/** Where the bar sticks: right under the sticky bar before it (the format bar), however many lines that one wraps to. */
function useTopUnderPrevious(bar: RefObject<HTMLDivElement | null>): number | undefined {
  const [top, setTop] = useState<number | undefined>(undefined)
  useLayoutEffect(() => {
    const above = bar.current?.previousElementSibling
    if (!(above instanceof HTMLElement)) return
    // A ResizeObserver reports once as soon as it observes, then on every change of the bar's size.
    const observer = new ResizeObserver(() => {
      const aboveTop = Number.parseFloat(getComputedStyle(above).top)
      setTop((Number.isNaN(aboveTop) ? 0 : aboveTop) + above.offsetHeight + 4)
    })
    observer.observe(above)
    return () => observer.disconnect()
  }, [bar])
  return top
}

/** Scrolls the bar's scroll container so the current match sits below the bar (ProseMirror only knows the viewport). */
function revealBelow(editor: Editor, bar: HTMLElement): void {
  const { matches, current } = findState(editor.state)
  const match = matches[current]
  const scroller = bar.parentElement
  if (match === undefined || scroller === null) return
  const top = editor.view.coordsAtPos(match.from).top
  const bottom = editor.view.coordsAtPos(match.to).bottom
  const visibleTop = bar.getBoundingClientRect().bottom + clearance
  const visibleBottom = scroller.getBoundingClientRect().bottom - clearance
  if (top < visibleTop) scroller.scrollBy({ top: top - visibleTop })
  else if (bottom > visibleBottom) scroller.scrollBy({ top: bottom - visibleBottom })
}

export interface FindBarProps {
  readonly editor: Editor
  readonly replace: boolean
  readonly onClose: () => void
}

export function FindBar({ editor, replace, onClose }: FindBarProps): ReactNode {
  const [term, setTerm] = useState('')
  const [replacement, setReplacement] = useState('')
  const [state, setState] = useState<FindState>(() => findState(editor.state))
  /** How many places the last 全部替换 changed, until the search term changes. */
  const [replaced, setReplaced] = useState<number | null>(null)
  const input = useRef<HTMLInputElement>(null)
  const bar = useRef<HTMLDivElement>(null)
  const top = useTopUnderPrevious(bar)

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

  const step = (direction: 1 | -1): void => {
    if (direction === 1) editor.commands.findNext()
    else editor.commands.findPrevious()
    if (bar.current !== null) revealBelow(editor, bar.current)
  }

  const close = (): void => {
    editor.commands.clearSearch()
    onClose()
    editor.commands.focus()
  }
  const count =
    term === ''
      ? ''
      : replaced !== null
        ? `已替换 ${String(replaced)} 处`
        : state.matches.length === 0
          ? '无匹配'
          : `第 ${String(state.current + 1)} / ${String(state.matches.length)} 处`

  return (
    <div
      ref={bar}
      className="find-bar"
      style={{ top }}
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
          setReplaced(null)
          editor.commands.setSearchTerm(event.target.value)
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return
          event.preventDefault()
          step(event.shiftKey ? -1 : 1)
        }}
      />
      <span className="find-count" data-testid="find-count">
        {count}
      </span>
      <button type="button" onClick={() => step(-1)} disabled={state.matches.length === 0}>
        上一个
      </button>
      <button type="button" onClick={() => step(1)} disabled={state.matches.length === 0}>
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
            onClick={() => {
              editor.chain().replaceCurrent(replacement).findNext().run()
              if (bar.current !== null) revealBelow(editor, bar.current)
            }}
            disabled={state.current < 0}
          >
            替换
          </button>
          <button
            type="button"
            onClick={() => {
              const places = findState(editor.state).matches.length
              if (editor.commands.replaceAll(replacement)) setReplaced(places)
            }}
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
