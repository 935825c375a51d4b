// 查找/替换 (Ctrl+F / Ctrl+H): highlights every match, steps through them, replaces one or all.
// One undo step per replacement, so Ctrl+Z takes back a 全部替换 at once, and only it: a replacement never
// joins the undo step of the typing before it (ProseMirror groups changes that touch within 0.5 s, and a
// busy machine, or a quick hand, brings typing and 全部替换 that close).
import { Extension } from '@tiptap/core'
import { closeHistory } from '@tiptap/pm/history'
import { Plugin, PluginKey, TextSelection, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { findMatches, type Match } from '../find-matches'

export interface FindState {
  readonly term: string
  readonly matches: readonly Match[]
  /** Index of the current match, -1 when there is none. */
  readonly current: number
}

export const findKey = new PluginKey<FindState>('findReplace')

const idle: FindState = { term: '', matches: [], current: -1 }

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    findReplace: {
      setSearchTerm: (term: string) => ReturnType
      findNext: () => ReturnType
      findPrevious: () => ReturnType
      replaceCurrent: (replacement: string) => ReturnType
      replaceAll: (replacement: string) => ReturnType
      clearSearch: () => ReturnType
    }
  }
}

export function findState(state: EditorState): FindState {
  return findKey.getState(state) ?? idle
}

function nearest(matches: readonly Match[], pos: number): number {
  if (matches.length === 0) return -1
  const index = matches.findIndex((match) => match.from >= pos)
  return index < 0 ? 0 : index
}

export const FindReplace = Extension.create({
  name: 'findReplace',

  addCommands() {
    const select =
      (step: 1 | -1) =>
      () =>
      ({ state, dispatch }: { state: EditorState; dispatch?: (tr: EditorState['tr']) => void }): boolean => {
        const { matches, current } = findState(state)
        if (matches.length === 0) return false
        const index = (current + step + matches.length) % matches.length
        const match = matches[index]
        if (match === undefined) return false
        dispatch?.(
          state.tr
            .setMeta(findKey, { current: index })
            .setSelection(TextSelection.create(state.doc, match.from, match.to))
            .scrollIntoView(),
        )
        return true
      }
    return {
      setSearchTerm:
        (term) =>
        ({ tr, dispatch }) => {
          dispatch?.(tr.setMeta(findKey, { term }))
          return true
        },
      findNext: select(1),
      findPrevious: select(-1),
      replaceCurrent:
        (replacement) =>
        ({ state, dispatch }) => {
          const { matches, current } = findState(state)
          const match = matches[current]
          if (match === undefined) return false
          dispatch?.(closeHistory(state.tr.insertText(replacement, match.from, match.to)))
          return true
        },
      replaceAll:
        (replacement) =>
        ({ state, dispatch }) => {
          const { matches } = findState(state)
          if (matches.length === 0) return false
          const tr = state.tr
          // From the end, so earlier positions stay valid.
          for (const match of [...matches].reverse()) tr.insertText(replacement, match.from, match.to)
          dispatch?.(closeHistory(tr))
          return true
        },
      clearSearch:
        () =>
        ({ tr, dispatch }) => {
          dispatch?.(tr.setMeta(findKey, { term: '' }))
          return true
        },
    }
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: findKey,
        state: {
          init: () => idle,
          apply: (transaction, previous, _oldState, newState) => {
            const meta = transaction.getMeta(findKey) as { term?: string; current?: number } | undefined
            const term = meta?.term ?? previous.term
            if (meta?.current !== undefined) return { ...previous, current: meta.current }
            if (meta?.term === undefined && !transaction.docChanged) return previous
            const matches = findMatches(newState.doc, term)
            const current =
              meta?.term !== undefined
                ? nearest(matches, newState.selection.from)
                : Math.min(previous.current, matches.length - 1)
            return { term, matches, current }
          },
        },
        props: {
          decorations: (state) => {
            const { matches, current } = findState(state)
            if (matches.length === 0) return DecorationSet.empty
            return DecorationSet.create(
              state.doc,
              matches.map((match, index) =>
                Decoration.inline(match.from, match.to, {
                  class: index === current ? 'search-match current' : 'search-match',
                }),
              ),
            )
          },
        },
      }),
    ]
  },
})
